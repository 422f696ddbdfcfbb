/**
 * Which record to screen next. "Maximum" (the record most likely relevant; Cormack & Grossman's continuous active
 * learning, ASReview's default) always; with the optional shares, a pick is instead the most uncertain record (score
 * closest to the decision boundary at 0, Lewis & Gale 1994) or a record drawn at random, to let the model see records
 * unlike those it already ranks high.
 */
import { inRange } from './errors.js';
import { type Random, randomIndex } from './random.js';

export interface QueryOptions {
  /** Share of picks, 0 to 1, that take the most uncertain record (default 0). */
  uncertainty?: number;
  /** Share of picks, 0 to 1, that take a random record (default 0). */
  random?: number;
}

/** Checks the shares: each in [0, 1] and together at most 1. */
export function checkQuery(options: QueryOptions): Required<QueryOptions> {
  const uncertainty = inRange('query.uncertainty', options.uncertainty ?? 0, 0, 1);
  const random = inRange('query.random', options.random ?? 0, 0, 1);
  inRange('query.uncertainty + query.random', uncertainty + random, 0, 1);
  return { uncertainty, random };
}

/**
 * The next record among those with `eligible[i]` set: the highest score, or (with the shares' probabilities) the
 * score nearest 0 or a random one. Ties go to the lower index, so a pick is reproducible. Null when none is eligible.
 *
 * @example
 * pickNext(Float64Array.of(0.2, 3, -1), Uint8Array.of(1, 0, 1), Math.random, {}); // 0
 */
export function pickNext(
  scores: Float64Array,
  eligible: Uint8Array,
  random: Random,
  options: Required<QueryOptions>,
): number | null {
  const u = options.uncertainty > 0 || options.random > 0 ? random() : 1;
  if (u < options.random) {
    let count = 0;
    for (let i = 0; i < eligible.length; i++) count += eligible[i];
    if (count === 0) return null;
    let target = randomIndex(random, count);
    for (let i = 0; i < eligible.length; i++) if (eligible[i] && target-- === 0) return i;
  }
  const uncertain = u < options.random + options.uncertainty;
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < scores.length; i++) {
    if (!eligible[i]) continue;
    const value = uncertain ? -Math.abs(scores[i]) : scores[i];
    if (value > bestValue || best < 0) {
      best = i;
      bestValue = value;
    }
  }
  return best < 0 ? null : best;
}
