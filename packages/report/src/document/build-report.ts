/**
 * The report of a review as a document tree: background, objective, methods, results, certainty, discussion,
 * conclusion and references (PRISMA 2020's order), every number computed from the review by the engine and every
 * word from the language's label table. Same review, same tree: nothing depends on the clock unless a date is given.
 */
import type { Review } from '@evidens/review';
import type { Lang } from '../format.js';
import type { SectionContext } from './context.js';
import { formatDate } from './dates.js';
import { gatherReport, type ReportData } from './gather.js';
import { docLabels } from './labels/index.js';
import { referenceList } from './references.js';
import { certaintySection } from './sections/certainty.js';
import { conclusionSection } from './sections/conclusion.js';
import { discussionSection } from './sections/discussion.js';
import { backgroundSection, objectiveSection } from './sections/front.js';
import { methodsSection } from './sections/methods.js';
import { referencesSection } from './sections/references.js';
import { resultsSection } from './sections/results.js';
import type { ReportDocument } from './types.js';

export interface ReportOptions {
  /** The report's language; the review's `language` when left out. */
  lang?: Lang;
  /** An ISO date (YYYY-MM-DD) for the date line; no date line when left out. */
  date?: string;
  /** The numbers, when already computed with {@link gatherReport}. */
  data?: ReportData;
}

/**
 * @example
 * const { review } = await loadReview('examples/magnesium-leg-cramps');
 * const doc = buildReport(review, { lang: 'da' });
 * doc.sections.map((s) => s.title); // ['Baggrund', 'Formål', 'Metode', 'Resultater', …]
 */
export function buildReport(review: Review, options: ReportOptions = {}): ReportDocument {
  const lang = options.lang ?? review.language;
  const l = docLabels(lang);
  const data = options.data ?? gatherReport(review);
  const ctx: SectionContext = { review, data, lang, l, references: referenceList(review, l) };
  const doc: ReportDocument = {
    lang,
    title: review.title,
    byline: review.authors.map((a) => a.name).join(', '),
    sections: [
      backgroundSection(ctx),
      objectiveSection(ctx),
      methodsSection(ctx),
      resultsSection(ctx),
      certaintySection(ctx),
      discussionSection(ctx),
      conclusionSection(ctx),
      referencesSection(ctx),
    ],
  };
  if (options.date) doc.date = l.madeOn(formatDate(options.date, lang));
  return doc;
}
