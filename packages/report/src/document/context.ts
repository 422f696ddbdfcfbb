/** What every section builder reads: the computed numbers, the language and its labels, and the reference numbers. */
import type { Review } from '@evidens/review';
import type { Lang } from '../format.js';
import type { AnalysisData, ReportData } from './gather.js';
import type { DocLabels } from './labels/index.js';
import type { ReferenceList } from './references.js';

export interface SectionContext {
  review: Review;
  data: ReportData;
  lang: Lang;
  l: DocLabels;
  references: ReferenceList;
}

/** The name an analysis goes by in the text: its title, else its outcome's name. */
export function analysisName(a: AnalysisData): string {
  return a.run.analysis.title ?? a.run.outcome.name;
}
