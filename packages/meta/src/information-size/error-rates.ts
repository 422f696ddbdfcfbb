import { qnorm } from '../distributions.js';
import { inOpenInterval, MetaError } from '../errors.js';

/** Normal quantiles for a two-sided test at level α with power 1 − β. */
export interface ErrorQuantiles {
  /** z_{1−α/2}. */
  zAlpha: number;
  /** z_{1−β}. */
  zBeta: number;
}

/**
 * z_{1−α/2} and z_{1−β} after checking α and power lie in (0, 1). Power below 0.5 gives a negative z_{1−β}, which is
 * allowed, but the sum z_{1−α/2} + z_{1−β} must stay positive: the size formula squares it, so a negative sum would
 * silently return the size for a different power.
 */
export function errorQuantiles(alpha: number, power: number): ErrorQuantiles {
  inOpenInterval('alpha', alpha, 0, 1);
  inOpenInterval('power', power, 0, 1);
  const zAlpha = -qnorm(alpha / 2);
  const zBeta = qnorm(power);
  if (!Number.isFinite(zAlpha)) {
    throw new MetaError('invalid_argument', `alpha is too small to compute its quantile (got ${alpha})`, {
      column: 'alpha',
    });
  }
  if (zAlpha + zBeta <= 0) {
    throw new MetaError('invalid_argument', `power must be greater than alpha/2 (got power ${power}, alpha ${alpha})`, {
      column: 'power',
    });
  }
  return { zAlpha, zBeta };
}

/** Rounds a participant count up: a fraction of a participant cannot be randomized, and rounding down would fall short. */
export function roundUp(participants: number): number {
  return Math.ceil(participants);
}
