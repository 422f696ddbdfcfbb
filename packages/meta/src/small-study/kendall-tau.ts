/**
 * Kendall's rank correlation τ_b in O(n log n) (Knight 1966, J Am Stat Assoc 61:436): sort the pairs by x (then y),
 * count the discordant pairs as the swaps of a merge sort on y, and correct for ties:
 * S = n₀ − n₁ − n₂ + n₃ − 2·swaps, τ_b = S / √((n₀ − n₁)(n₀ − n₂)), with n₀ = n(n − 1)/2 and n₁, n₂, n₃ the pairs
 * tied in x, in y and in both. This is the τ that R's cor(method = "kendall") returns.
 */

export interface KendallStatistic {
  n: number;
  /** S: concordant minus discordant pairs (tied pairs count as neither). */
  s: number;
  /** τ_b; NaN when x or y does not vary. */
  tau: number;
  /** Sizes of the groups of tied x values (groups of two or more). */
  xTies: number[];
  /** Sizes of the groups of tied y values. */
  yTies: number[];
}

/** Sizes (≥ 2) of the runs of equal values in a sorted sequence, and the pairs within them. */
function runs(sorted: ArrayLike<number>, from = 0, to = sorted.length): { sizes: number[]; pairs: number } {
  const sizes: number[] = [];
  let pairs = 0;
  for (let i = from; i < to; ) {
    let j = i + 1;
    while (j < to && sorted[j] === sorted[i]) j++;
    const t = j - i;
    if (t > 1) {
      sizes.push(t);
      pairs += (t * (t - 1)) / 2;
    }
    i = j;
  }
  return { sizes, pairs };
}

/** Sorts `a` ascending in place (stable, bottom-up merge sort) and returns the number of inversions it removed. */
function sortCountingSwaps(a: Float64Array): number {
  const n = a.length;
  let src: Float64Array = a;
  let dst: Float64Array = new Float64Array(n);
  let swaps = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let o = lo;
      while (i < mid && j < hi) {
        // Equal values are taken from the left: a tie is not an inversion.
        if (src[j] < src[i]) {
          swaps += mid - i;
          dst[o++] = src[j++];
        } else dst[o++] = src[i++];
      }
      while (i < mid) dst[o++] = src[i++];
      while (j < hi) dst[o++] = src[j++];
    }
    [src, dst] = [dst, src];
  }
  if (src !== a) a.set(src);
  return swaps;
}

/**
 * @example
 * kendall([1, 2, 3, 4], [1, 3, 2, 4]).tau; // → 0.6667 (5 concordant, 1 discordant pair)
 */
export function kendall(x: readonly number[], y: readonly number[]): KendallStatistic {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || y[a] - y[b]);
  const xs = Float64Array.from(order, (i) => x[i]);
  const ys = Float64Array.from(order, (i) => y[i]);
  const xRuns = runs(xs);
  // Pairs tied in both: runs of equal y inside each run of equal x (y is sorted within them).
  let n3 = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && xs[j] === xs[i]) j++;
    if (j - i > 1) n3 += runs(ys, i, j).pairs;
    i = j;
  }
  const swaps = sortCountingSwaps(ys);
  const yRuns = runs(ys);
  const n0 = (n * (n - 1)) / 2;
  const s = n0 - xRuns.pairs - yRuns.pairs + n3 - 2 * swaps;
  const tau = s / Math.sqrt((n0 - xRuns.pairs) * (n0 - yRuns.pairs));
  return { n, s, tau, xTies: xRuns.sizes, yTies: yRuns.sizes };
}
