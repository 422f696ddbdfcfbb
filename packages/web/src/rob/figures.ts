/**
 * The report's RoB 2 figures for the page: per planned analysis, the traffic-light plot and the weighted summary
 * plot, drawn by @evidens/report from the same gathered data as the report. The model's assessments are replaced by
 * the page's saved ones, so the figures follow each save. Pure: no React, no DOM.
 */
import { gatherReport, robFigures } from '@evidens/report/browser';
import { type Review, type RobAssessment, validateItem } from '@evidens/review';
import type { Language } from '../i18n/messages';

export interface RobFigureSet {
  analysis: string;
  name: string;
  svgs: { name: string; caption: string; svg: string }[];
}

/** The assessments of `docs` that are valid (a doc the server took always is); others keep the model's. */
export function assessmentsOf(docs: readonly unknown[]): RobAssessment[] {
  return docs.flatMap((doc) => {
    const r = validateItem('rob', doc);
    return r.ok ? [r.value as RobAssessment] : [];
  });
}

/** The figures of every analysis, in protocol order. */
export function robFigureSets(
  review: Review,
  docs: readonly unknown[],
  lang: Language,
  captions: { traffic: string; summary: string },
): RobFigureSet[] {
  const data = gatherReport({ ...review, rob: assessmentsOf(docs) });
  return data.analyses.map((a) => ({
    analysis: a.run.analysis.id,
    name: a.run.analysis.title ?? a.run.outcome.name,
    svgs: robFigures(a, lang, captions).map((f) => ({ name: f.name, caption: f.caption, svg: f.svg })),
  }));
}
