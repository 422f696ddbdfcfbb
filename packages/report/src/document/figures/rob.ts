/**
 * RoB 2 judgements in the figures' form: each result's domains and overall judgement, with a judgement the
 * algorithm could not reach drawn as "no information".
 */
import type { RobResult } from '@evidens/review';
import type { Lang } from '../../format.js';
import type { RobAssessment, RobDomain } from '../../rob/judgement.js';
import { robSummary } from '../../rob/summary.js';
import { robTrafficLight } from '../../rob/traffic-light.js';
import { figure } from '../blocks.js';
import type { AnalysisData } from '../gather.js';
import type { Figure } from '../types.js';

/** One result's judgements by figure domain. */
export function robAssessment(result: RobResult): RobAssessment {
  const out: RobAssessment = {};
  for (const d of result.domains) out[d.domain as RobDomain] = d.judgement ?? 'no-information';
  out.Overall = result.overall.judgement ?? 'no-information';
  return out;
}

/** The assessed studies of an analysis with their weights, in the order of the analysis. */
export function robStudies(data: AnalysisData) {
  const weights = data.run.fit?.weights ?? [];
  return data.run.effects.flatMap((e, i) => {
    const result = data.rob[i];
    return result ? [{ label: e.label, rob: robAssessment(result), weight: weights[i] ?? 0 }] : [];
  });
}

/** The traffic-light plot and the weighted summary plot of an analysis's results; none when none is assessed. */
export function robFigures(data: AnalysisData, lang: Lang, captions: { traffic: string; summary: string }): Figure[] {
  const studies = robStudies(data);
  if (studies.length === 0) return [];
  const id = data.run.analysis.id;
  const weighted = studies.every((s) => s.weight > 0);
  return [
    figure(`rob-traffic-light-${id}`, captions.traffic, robTrafficLight({ lang, studies })),
    figure(`rob-summary-${id}`, captions.summary, robSummary({ lang, studies, weighted })),
  ];
}
