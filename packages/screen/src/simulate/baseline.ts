/**
 * The same metrics for screening in random order, as exact expectations. In a random order the k-th of R relevant
 * records among N sits on average at k·(N + 1)/(R + 1) (the mean of the k-th order statistic of R positions drawn
 * without replacement from 1 … N), and the recall after n records is n/N on average. So
 *
 *   E[WSS@r] = (N − ⌈r·R⌉·(N + 1)/(R + 1)) / N − (1 − r)
 *   E[RRF@p] = ⌊p·N⌋ / N
 *   E[ATD]   = (N + 1) / (2N)
 */
import type { Discoveries } from './metrics.js';

export interface Baseline {
  wss95: number;
  wss100: number;
  rrf10: number;
  atd: number;
}

/**
 * Expected metrics of random-order screening for N records with R relevant (shares 0 to 1).
 *
 * @example
 * randomBaseline({ records: 1000, relevant: 19 });
 * // wss95 = (1000 − 19·1001/20)/1000 − 0.05 = −0.00095, rrf10 = 0.1, atd = 0.5005
 */
export function randomBaseline(d: Omit<Discoveries, 'positions'>): Baseline {
  const { records: N, relevant: R } = d;
  const at = (r: number) => {
    const k = Math.max(1, Math.ceil(r * R - 1e-9));
    return (N - (k * (N + 1)) / (R + 1)) / N - (1 - r);
  };
  return { wss95: at(0.95), wss100: at(1), rrf10: Math.floor(0.1 * N + 1e-9) / N, atd: (N + 1) / (2 * N) };
}
