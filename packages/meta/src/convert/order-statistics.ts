import { qnorm } from '../distributions.js';
import { requireCount } from './guards.js';

/**
 * ξ(n) = 2Φ⁻¹((n − 0.375)/(n + 0.25)): the expected range of n standard normal observations in units of σ, using
 * Blom's approximation to the expected maximum (Wan et al. 2014, BMC Med Res Methodol 14:135, formulas 7 and 12).
 * Wan et al. tabulate ξ(n) for n ≤ 50 (their Table 1, e.g. 3.931 at n = 25); this quantile form is within 0.5% of
 * those values from n = 10 on and converges to them as n grows.
 *
 * @example
 * ```ts
 * rangeDivisor(25); // 3.9284...
 * ```
 */
export function rangeDivisor(n: number): number {
  requireCount('n', n, 2);
  return 2 * qnorm((n - 0.375) / (n + 0.25));
}

/**
 * η(n) = 2Φ⁻¹((0.75n − 0.125)/(n + 0.25)): the expected interquartile range of n standard normal observations in
 * units of σ (Wan et al. 2014, formulas 12 and 16). It tends to 2Φ⁻¹(0.75) = 1.349, the familiar IQR/1.35 rule.
 *
 * @example
 * ```ts
 * iqrDivisor(25); // 1.2720...
 * ```
 */
export function iqrDivisor(n: number): number {
  requireCount('n', n, 2);
  return 2 * qnorm((0.75 * n - 0.125) / (n + 0.25));
}
