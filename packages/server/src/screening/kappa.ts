/** Agreement between two screeners beyond chance. */

/** Cohen's κ on the records two reviewers both decided. */
export interface Kappa {
  /**
   * κ = (p_o − p_e) / (1 − p_e). Null when p_e = 1 (both reviewers put every record in the same single category):
   * κ is then 0/0, undefined, however well they agree.
   */
  value: number | null;
  /** Records both reviewers decided. */
  n: number;
  /** p_o, the share of those records on which they gave the same decision. */
  observed: number;
  /** p_e = Σ_k p_A(k)·p_B(k), the agreement expected by chance from each reviewer's own rates of use of category k. */
  expected: number;
}

/**
 * Cohen's κ for two raters and nominal categories (Cohen J. A coefficient of agreement for nominal scales. Educational
 * and Psychological Measurement 1960;20:37–46, equation 1; p_e from the marginal proportions, his equation 2).
 * `pairs` holds one [decision of A, decision of B] per record both decided; any strings serve as categories.
 * Returns null when there are no pairs.
 *
 * @example
 * cohenKappa([['include', 'include'], ['exclude', 'exclude'], ['include', 'exclude'], ['exclude', 'exclude']]);
 * // { value: 0.5, n: 4, observed: 0.75, expected: 0.5 }
 */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): Kappa | null {
  const n = pairs.length;
  if (n === 0) return null;
  const rowTotals = new Map<string, number>();
  const columnTotals = new Map<string, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    rowTotals.set(a, (rowTotals.get(a) ?? 0) + 1);
    columnTotals.set(b, (columnTotals.get(b) ?? 0) + 1);
  }
  let expected = 0;
  for (const [category, count] of rowTotals) expected += (count / n) * ((columnTotals.get(category) ?? 0) / n);
  const observed = agree / n;
  // Rounding can leave p_e a hair from 1 when every record is in one category; compare the counts instead.
  const oneCategory = rowTotals.size === 1 && columnTotals.size === 1 && agree === n;
  const value = oneCategory ? null : (observed - expected) / (1 - expected);
  return { value, n, observed, expected };
}
