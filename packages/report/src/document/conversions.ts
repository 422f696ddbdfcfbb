/**
 * How each study's reported numbers became its effect size, in the report's language. English uses the sentences
 * the review package records with each conversion; Danish translates the same steps by their method names.
 */
import type { StudyEffect } from '@evidens/review';
import type { Lang } from '../format.js';
import { plain } from './numbers.js';

const DA_METHODS: Record<string, string> = {
  'luo2018-wan2014-iqr': 'gennemsnit og SD estimeret ud fra median og IQR (Luo et al. 2018; Wan et al. 2014)',
  'luo2018-wan2014-range':
    'gennemsnit og SD estimeret ud fra median og variationsbredde (Luo et al. 2018; Wan et al. 2014)',
  'luo2018-wan2014-range-iqr':
    'gennemsnit og SD estimeret ud fra median, IQR og variationsbredde (Luo et al. 2018; Wan et al. 2014)',
  'sd-from-se': 'SD ud fra gennemsnittets standardfejl (SD = SE·√n)',
  'sd-from-mean-ci-normal': 'SD ud fra gennemsnittets konfidensinterval (normalfordelingens fraktil)',
  'sd-from-mean-ci-t': 'SD ud fra gennemsnittets konfidensinterval (t-fordelingens fraktil)',
  'ci-normal': 'SE ud fra konfidensintervallet (normalfordelingens fraktil)',
  'ci-t': 'SE ud fra konfidensintervallet (t-fordelingens fraktil)',
  'ratio-ci-normal': 'SE af log-ratioen ud fra konfidensintervallet (normalfordelingens fraktil)',
  'ratio-ci-t': 'SE af log-ratioen ud fra konfidensintervallet (t-fordelingens fraktil)',
  'p-normal': 'SE ud fra den eksakte P-værdi (normalfordeling)',
  'p-t': 'SE ud fra den eksakte P-værdi (t-fordeling)',
  'ratio-p-normal': 'SE af log-ratioen ud fra den eksakte P-værdi (normalfordeling)',
  'ratio-p-t': 'SE af log-ratioen ud fra den eksakte P-værdi (t-fordeling)',
  'paired-sd': 'parret SE ud fra SD af forskellene inden for person',
  'paired-se': 'parret SE som rapporteret',
  'paired-ci-normal': 'parret SE ud fra middelforskellens konfidensinterval (normalfordelingens fraktil)',
  'paired-ci-t': 'parret SE ud fra middelforskellens konfidensinterval (t-fordelingens fraktil)',
  'paired-t': 'parret SE ud fra den parrede t-værdi',
  'paired-p': 'parret SE ud fra den eksakte P-værdi for den parrede t-test',
  'paired-imputed-correlation': 'parret SE ud fra SD pr. behandling med en antaget korrelation inden for person',
  'paired-smd-arms':
    'SMD for overkrydsning ud fra gennemsnit og SD pr. behandling med en antaget korrelation inden for person',
  'paired-smd-difference':
    'SMD for overkrydsning ud fra den parrede forskel med en antaget korrelation inden for person',
  'period-adjusted-sequences': 'periodejusteret parret MD, gennemsnittet af de to sekvensers parrede forskelle',
};

const DA_PARTS: Record<string, string> = {
  intervention: 'intervention',
  comparator: 'kontrol',
  effect: 'effekt',
  paired: 'parret',
  sequences: 'sekvenser',
  data: 'data',
};

/**
 * One sentence on how the effect was obtained, or undefined when the data were used as reported.
 * @example
 * conversionSentence(effect, 'da'); // → 'Intervention: gennemsnit og SD estimeret ud fra median og IQR (…); kontrol: …'
 */
export function conversionSentence(effect: StudyEffect, lang: Lang): string | undefined {
  if (effect.conversions.length === 0) return undefined;
  if (lang === 'en') return effect.summary;
  const text = effect.conversions
    .map((c) => {
      const part = c.part.startsWith('sequence ') ? `sekvens ${c.part.slice(9)}` : (DA_PARTS[c.part] ?? c.part);
      return `${part}: ${danishStep(c.method, c.summary)}`;
    })
    .join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function danishStep(method: string, summary: string): string {
  if (method === 'rescale') {
    const m = /^values multiplied by ([\d.eE+-]+) \((.*)\)$/.exec(summary);
    return m ? `værdier ganget med ${plain(Number(m[1]), 'da')} (${m[2]})` : summary;
  }
  const r = /\(r = ([\d.]+)\)$/.exec(summary);
  const base = DA_METHODS[method] ?? summary;
  return r && DA_METHODS[method] ? `${base} (r = ${plain(Number(r[1]), 'da')})` : base;
}
