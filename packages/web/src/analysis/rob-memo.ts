/**
 * robForResult remembered per RoB list and study list. Every edit of a number recomputes the analysis, but the
 * assessments and studies do not change with it; without this the forest plot of 200 studies ran the RoB 2 algorithm
 * 200 times, each after scanning all assessments (about a third of the forest plot's compute time in the benchmark).
 * Keyed on the arrays' identity, as the page replaces them rather than changing them in place. Pure.
 */
import { type Review, type RobResult, robForResult } from '@evidens/review';

const cache = new WeakMap<Review['rob'], WeakMap<Review['studies'], Map<string, RobResult | undefined>>>();

/** The assessment that applies to `study`'s result for `outcome`, as robForResult gives it. */
export function robFor(review: Review, study: string, outcome: string): RobResult | undefined {
  let byStudies = cache.get(review.rob);
  if (!byStudies) {
    byStudies = new WeakMap();
    cache.set(review.rob, byStudies);
  }
  let results = byStudies.get(review.studies);
  if (!results) {
    results = new Map();
    byStudies.set(review.studies, results);
  }
  const key = `${study}\u0000${outcome}`;
  if (!results.has(key)) results.set(key, robForResult(review, study, outcome));
  return results.get(key);
}
