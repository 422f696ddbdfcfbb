/** Methods: eligibility criteria, the searches with their dates and counts, and how studies were selected. */
import { CONSENSUS_REVIEWER, type Review } from '@evidens/review';
import { h3, list, para } from '../blocks.js';
import type { SectionContext } from '../context.js';
import { formatDate } from '../dates.js';
import type { SelectionFacts } from '../labels/index.js';
import { whole } from '../numbers.js';
import type { Block, Inline } from '../types.js';

export function eligibilityBlocks({ review, l }: SectionContext): Block[] {
  const e = review.eligibility;
  if (!e) return [];
  const item = (label: string, values: string[]): Inline[] => [{ text: `${label}: `, bold: true }, values.join('; ')];
  const items = [item(l.methods.designs, e.designs), item(l.methods.include, e.include)];
  if (e.exclude.length > 0) items.push(item(l.methods.exclude, e.exclude));
  return [h3(l.methods.eligibility), list(items)];
}

export function searchBlocks({ review, lang, l }: SectionContext): Block[] {
  if (review.searches.length === 0) return [];
  const items = review.searches.map((s): Inline[] => {
    const head = l.methods.search(
      s.source,
      l.searchKinds[s.kind],
      formatDate(s.date, lang),
      l.records(whole(s.hits, lang)),
    );
    return s.query ? [`${head}; ${l.methods.query}: `, { text: s.query, code: true }] : [head];
  });
  const sources = l.and(review.searches.map((s) => s.source));
  return [h3(l.methods.searches), para(l.methods.searchIntro(sources)), list(items)];
}

/** What screening.csv shows about who screened and how disagreements were settled. */
export function selectionFacts(review: Review): SelectionFacts {
  const reviewers: string[] = [];
  let consensus = 0;
  for (const d of review.screening) {
    if (d.reviewer === CONSENSUS_REVIEWER) consensus += 1;
    else if (d.stage !== 'identification' && !reviewers.includes(d.reviewer)) reviewers.push(d.reviewer);
  }
  return {
    reviewers,
    consensus,
    removedBeforeScreening: review.screening.some((d) => d.stage === 'identification'),
    fullText: review.screening.some((d) => d.stage === 'full-text'),
  };
}

export function selectionBlocks({ review, l }: SectionContext): Block[] {
  return [h3(l.methods.selection), para(l.methods.selectionText(selectionFacts(review)))];
}
