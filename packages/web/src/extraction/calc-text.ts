/** The calculator's steps and result as sentences in the page's language, numbers in its notation. Pure. */
import { formatNumber, type Language, translate } from '../i18n/messages';
import type { CalcEffect, Step, StepValue } from './calculator';

const formats = new Map<Language, Intl.NumberFormat>();

/** A number as typed: up to four decimals, no trailing zeros, the language's decimal sign. */
export function typed(lang: Language, x: number): string {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 4, useGrouping: false });
    formats.set(lang, f);
  }
  return f.format(x);
}

function show(lang: Language, v: StepValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return typed(lang, v);
  return formatNumber(lang, v.x, v.d);
}

/**
 * One step as a sentence.
 * @example
 * stepText({ part: 'arms.intervention', key: 'data.step.sdFromSe', values: { se: 1.5, n: 25, sd: { x: 7.5, d: 2 } } }, 'en');
 * // → 'SD from the SE of the mean (Cochrane Handbook §6.5.2.2): SD = SE·√n = 1.5·√25 = 7.50'
 */
export function stepText(step: Step, lang: Language): string {
  const vars = Object.fromEntries(Object.entries(step.values).map(([k, v]) => [k, show(lang, v)]));
  return translate(lang, step.key, vars);
}

/** The effect as "MD 0.45 (SE 0.812; 95% CI −1.14 to 2.04)", ratios on their natural scale. */
export function effectText(effect: CalcEffect, lang: Language): string {
  const ratio = effect.measure === 'RR' || effect.measure === 'OR';
  const vars = {
    measure: effect.measure,
    estimate: formatNumber(lang, effect.estimate, 2),
    se: formatNumber(lang, effect.se, 3),
    lower: formatNumber(lang, effect.lower, 2),
    upper: formatNumber(lang, effect.upper, 2),
    yi: formatNumber(lang, effect.yi, 3),
  };
  return translate(lang, ratio ? 'data.effectRatio' : 'data.effect', vars);
}

/** The part a step belongs to, in words: "Intervention", "Sequence 2, comparator", "Effect estimate" … */
export function partText(part: string, lang: Language): string {
  const seq = /^sequences\[(\d+)\](?:\.(intervention|comparator))?$/.exec(part);
  if (seq) {
    const n = Number(seq[1]) + 1;
    const role = seq[2] ? translate(lang, seq[2] === 'intervention' ? 'data.intervention' : 'data.comparator') : '';
    return translate(lang, role ? 'data.partSequenceArm' : 'data.partSequence', { n, role: role.toLowerCase() });
  }
  const names: Record<string, Parameters<typeof translate>[1]> = {
    'arms.intervention': 'data.intervention',
    'arms.comparator': 'data.comparator',
    arms: 'data.partArms',
    sequences: 'data.partSequences',
    effect: 'data.partEffect',
    paired: 'data.partPaired',
    rescale: 'data.partRescale',
  };
  const key = names[part];
  return key ? translate(lang, key) : part;
}
