/**
 * Random meta-analysis datasets for benchmarks, from a seed: sampling variances vᵢ ~ Uniform(0.01, 0.5) and outcomes
 * yᵢ ~ Normal(μ = 0.3, variance τ² + vᵢ) with τ² = 0.1, i.e. the random-effects model with true values μ and τ².
 * bench/meta-vs-metafor.R draws from the same recipe with R's generator (other numbers, same distribution).
 */
import { mulberry32, normal } from './prng.js';

export const RECIPE = { mu: 0.3, tau2: 0.1, viMin: 0.01, viMax: 0.5 } as const;

/** `count` datasets of `k` studies each, laid end to end: dataset j is yi/vi[j·k … (j + 1)·k). */
export interface Datasets {
  k: number;
  count: number;
  yi: Float64Array;
  vi: Float64Array;
}

/** A stream of datasets: each call returns the next `count` of them. */
export function datasetStream(seed: number, k: number): (count: number) => Datasets {
  const uniform = mulberry32(seed);
  const z = normal(uniform);
  const { mu, tau2, viMin, viMax } = RECIPE;
  return (count) => {
    const n = count * k;
    const vi = new Float64Array(n);
    const yi = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      vi[i] = viMin + (viMax - viMin) * uniform();
      yi[i] = mu + z() * Math.sqrt(tau2 + vi[i]);
    }
    return { k, count, yi, vi };
  };
}
