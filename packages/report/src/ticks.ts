/** Tick values for axes that need not be symmetric (funnel plot, percentages): round numbers inside a range. */

/**
 * About `count` round ticks (1, 2 or 5 times a power of ten apart) from `lo` up to the first tick at or above `hi`.
 * @example
 * niceTicks(0, 0.83, 4); // → [0, 0.5, 1]
 */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const raw = (hi - lo) / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * p;
  const first = Math.floor(lo / step + 1e-9) * step;
  const out: number[] = [];
  for (let t = first; t < hi + step * (1 - 1e-9); t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/**
 * Round ratios inside [lo, hi] (display scale, lo > 0): the 1-2-5 series, or powers of ten when that gives too many.
 * @example
 * ratioTicksIn(0.04, 3); // → [0.05, 0.1, 0.2, 0.5, 1, 2]
 */
export function ratioTicksIn(lo: number, hi: number): number[] {
  const series = (ms: readonly number[]) => {
    const out: number[] = [];
    for (let k = -4; k <= 4; k++) {
      for (const m of ms) {
        const t = Number((m * 10 ** k).toPrecision(6));
        if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9)) out.push(t);
      }
    }
    return out;
  };
  for (const ms of [[1, 2, 5], [1, 3], [1]]) {
    const t = series(ms);
    if (t.length <= 8) return t.length >= 2 ? t : series([1, 2, 5]);
  }
  return series([1]);
}
