/**
 * The performance metrics of a screening order, as ASReview reports them for simulations (asreview-insights; Ferdinands
 * et al. 2023, Systematic Reviews 12:100). Prior knowledge is left out: N is the number of records screened after the
 * prior records and R the number of relevant records among them. A run is summarised by `positions`: the 1-based place
 * in that order at which each relevant record was found, ascending (a run may stop once all R are found).
 */

export interface Discoveries {
  /** Records to screen after the prior knowledge (N). */
  records: number;
  /** Relevant records among them (R). */
  relevant: number;
  /** Where each relevant record was found, 1-based, ascending; length R. */
  positions: ArrayLike<number>;
}

/**
 * Recall after screening n records: the share of the R relevant records among the first n.
 *
 * @example
 * recallAt({ records: 10, relevant: 2, positions: [1, 6] }, 5); // 0.5
 */
export function recallAt(d: Discoveries, n: number): number {
  let found = 0;
  for (let k = 0; k < d.positions.length && d.positions[k] <= n; k++) found++;
  return found / d.relevant;
}

/**
 * Work saved over sampling at recall r (Cohen, Hersh, Peterson & Yen 2006, JAMIA 13:206, eq. 1):
 *
 *   WSS@r = (TN + FN) / N − (1 − r)
 *
 * where TN + FN are the records not yet screened when recall first reaches r, that is when the ⌈r·R⌉-th relevant
 * record is found at position n_r: WSS@r = (N − n_r) / N − (1 − r). As a share from 0 to 1 (percentages in reports).
 *
 * @example
 * // 10 records, 2 relevant found 1st and 6th: recall 100% after 6, so WSS@100 = 4/10 − 0 = 0.4;
 * // ⌈0.95·2⌉ = 2 as well, so WSS@95 = 0.4 − 0.05 = 0.35.
 * wss({ records: 10, relevant: 2, positions: [1, 6] }, 0.95); // 0.35
 */
export function wss(d: Discoveries, r: number): number {
  const k = Math.max(1, Math.ceil(r * d.relevant - 1e-9));
  const n = d.positions[k - 1];
  return (d.records - n) / d.records - (1 - r);
}

/**
 * Relevant records found after screening a share p of the records (RRF@p·100): the recall after ⌊p·N⌋ records.
 *
 * @example
 * rrf({ records: 10, relevant: 2, positions: [1, 6] }, 0.1); // 0.5 (one of two within the first record)
 */
export function rrf(d: Discoveries, p: number): number {
  return recallAt(d, Math.floor(p * d.records + 1e-9));
}

/**
 * Average time to discovery (Ferdinands et al. 2023, §"Performance metrics"): the time to discovery TDᵢ of a relevant
 * record is the number of records screened until it was found; ATD is their mean over the R relevant records, as a
 * share of N:
 *
 *   ATD = (1/R) Σᵢ TDᵢ / N
 *
 * @example
 * atd({ records: 10, relevant: 2, positions: [1, 6] }); // (1 + 6) / 2 / 10 = 0.35
 */
export function atd(d: Discoveries): number {
  let sum = 0;
  for (let k = 0; k < d.relevant; k++) sum += d.positions[k];
  return sum / d.relevant / d.records;
}
