import { requireFinite } from '../convert/guards.js';
import { inOpenInterval, MetaError } from '../errors.js';
import { errorQuantiles, roundUp } from './error-rates.js';
import type { InformationSize } from './types.js';

/** The effect stated as a relative risk reduction. */
export interface EffectAsRrr {
  /** Relative risk reduction, 1 − Pe/Pc (0.2 for a 20% reduction; negative for an increase). */
  rrr: number;
  /** Not given together with `rrr`. */
  rr?: undefined;
  /** Not given together with `rrr`. */
  riskDifference?: undefined;
}

/** The effect stated as a risk ratio. */
export interface EffectAsRr {
  /** Not given together with `rr`. */
  rrr?: undefined;
  /** Risk ratio Pe/Pc. */
  rr: number;
  /** Not given together with `rr`. */
  riskDifference?: undefined;
}

/** The effect stated as an absolute risk difference. */
export interface EffectAsRiskDifference {
  /** Not given together with `riskDifference`. */
  rrr?: undefined;
  /** Not given together with `riskDifference`. */
  rr?: undefined;
  /** Absolute risk difference Pe − Pc (negative for a reduction). */
  riskDifference: number;
}

/** The anticipated intervention effect on a binary outcome: exactly one of the three ways to state it. */
export type BinaryEffect = EffectAsRrr | EffectAsRr | EffectAsRiskDifference;

/** Inputs for the information size of a binary outcome. */
export type BinaryInformationSizeInput = BinaryEffect & {
  /** Proportion with the outcome in the control group, Pc, in (0, 1). */
  controlRisk: number;
  /** Two-sided type I error rate; 0.05 when omitted. */
  alpha?: number;
  /** Power 1 − β; 0.8 when omitted. */
  power?: number;
};

/** Required information size for a binary outcome. */
export interface BinaryInformationSize extends InformationSize {
  /** Control group risk Pc. */
  controlRisk: number;
  /** Experimental group risk Pe implied by the effect. */
  experimentalRisk: number;
  /** Average risk P̄ = (Pc + Pe)/2. */
  meanRisk: number;
  /** Anticipated absolute difference δ = Pc − Pe. */
  delta: number;
}

/** Pe from whichever effect measure was given, naming the measure in errors. */
function experimentalRisk(input: BinaryInformationSizeInput): { pe: number; measure: string } {
  const given = (['rrr', 'rr', 'riskDifference'] as const).filter((k) => input[k] !== undefined);
  if (given.length !== 1) {
    const got = given.length === 0 ? 'none' : given.join(', ');
    throw new MetaError('invalid_argument', `exactly one of rrr, rr, riskDifference must be given (got ${got})`, {
      column: 'rrr',
    });
  }
  const pc = input.controlRisk;
  if (input.rrr !== undefined) return { pe: pc * (1 - requireFinite('rrr', input.rrr)), measure: 'rrr' };
  if (input.rr !== undefined) return { pe: pc * requireFinite('rr', input.rr), measure: 'rr' };
  return { pe: pc + requireFinite('riskDifference', input.riskDifference), measure: 'riskDifference' };
}

/**
 * Required information size for a binary outcome (Wetterslev et al. 2008, J Clin Epidemiol 61:64):
 * IS = 4·(z_{1−α/2} + z_{1−β})²·P̄(1 − P̄)/δ², with P̄ = (Pc + Pe)/2 and δ = Pc − Pe, where Pe = Pc·(1 − RRR),
 * Pc·RR or Pc + RD. This is the total over both groups of the classical two-proportion sample size, rounded up to a
 * whole participant. Adjust for heterogeneity with {@link adjustInformationSize}.
 *
 * @example
 * ```ts
 * binaryInformationSize({ controlRisk: 0.1, rrr: 0.2 });
 * // { required: 6429, unrounded: 6428.23..., experimentalRisk: 0.08, meanRisk: 0.09, delta: 0.02, ... }
 * ```
 */
export function binaryInformationSize(input: BinaryInformationSizeInput): BinaryInformationSize {
  const { controlRisk, alpha = 0.05, power = 0.8 } = input;
  inOpenInterval('controlRisk', controlRisk, 0, 1);
  const { zAlpha, zBeta } = errorQuantiles(alpha, power);
  const { pe, measure } = experimentalRisk(input);
  // The effect must leave Pe a proportion strictly inside (0, 1); name the effect argument that broke it.
  if (!(pe > 0 && pe < 1)) {
    throw new MetaError('invalid_argument', `${measure} implies an experimental risk of ${pe}, outside (0, 1)`, {
      column: measure,
    });
  }
  const delta = controlRisk - pe;
  if (delta === 0) {
    throw new MetaError('invalid_argument', `${measure} implies no difference between groups (δ = 0)`, {
      column: measure,
    });
  }
  const meanRisk = (controlRisk + pe) / 2;
  const unrounded = (4 * (zAlpha + zBeta) ** 2 * meanRisk * (1 - meanRisk)) / delta ** 2;
  return {
    required: roundUp(unrounded),
    unrounded,
    alpha,
    power,
    zAlpha,
    zBeta,
    controlRisk,
    experimentalRisk: pe,
    meanRisk,
    delta,
    method: 'wetterslev2008-binary',
    description:
      `IS = 4(z₁₋α/₂ + z₁₋β)²·P̄(1 − P̄)/δ² with Pc = ${controlRisk}, Pe = ${Number(pe.toPrecision(10))}, α = ${alpha}, power = ${power}, ` +
      'rounded up (Wetterslev et al. 2008)',
  };
}
