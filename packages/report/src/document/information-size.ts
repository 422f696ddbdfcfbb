/**
 * The required information size of an analysis and how much of it the trials have reached, with the engine's
 * formulas (Wetterslev et al. 2008, J Clin Epidemiol 61:64) at the outcome's MID, α = 0.05 and power 0.8, adjusted
 * for diversity D² when τ² > 0 (Wetterslev et al. 2009, BMC Med Res Methodol 9:86). The inputs are those GRADE's
 * imprecision check uses, so the unadjusted size is the optimal information size of the GRADE assessment.
 */
import {
  adjustInformationSize,
  binaryInformationSize,
  continuousInformationSize,
  type InformationFraction,
  informationFraction,
  MetaError,
} from '@evidens/meta';
import type { AnalysisRun, SummaryOfFindingsRow } from '@evidens/review';

export interface InformationSizeResult {
  /** The outcome's MID on the analysis's natural scale (a ratio above 1 for RR and OR). */
  mid: number;
  /** The assumption beside the MID: the outcome SD (MD and SMD) or the control risk (RR, OR, RD). */
  basis: { kind: 'sd'; sd: number } | { kind: 'risk'; controlRisk: number };
  alpha: number;
  power: number;
  /** Participants one trial needs to show the MID, both groups together. */
  required: number;
  /** The size adjusted for diversity, when τ² > 0. */
  adjusted?: { required: number; d2: number };
  /** Participants so far against the adjusted size (or the unadjusted when there is none); absent when unknown. */
  fraction?: InformationFraction;
}

const ALPHA = 0.05;
const POWER = 0.8;

/**
 * The information size of `run` (undefined without a MID, a fit, or the SD or control risk it needs).
 * @example
 * informationSize(run, sof)?.required; // 550 for an MID of 1 cramp a week at an SD of 4.18
 */
export function informationSize(
  run: AnalysisRun,
  sof: SummaryOfFindingsRow | undefined,
): InformationSizeResult | undefined {
  const mid = run.outcome.mid;
  if (mid === undefined || !run.fit) return undefined;
  try {
    const base = baseSize(run, sof, mid);
    if (!base) return undefined;
    const { unrounded, ...size } = base;
    const out: InformationSizeResult = { ...size, alpha: ALPHA, power: POWER };
    const fit = run.fit;
    if (fit.tau2 > 0 && fit.k > 1) {
      // Adjusted before rounding, as the engine advises, so that the two roundings do not compound.
      const adjusted = adjustInformationSize(unrounded, { vi: fit.vi, tau2: fit.tau2 });
      out.adjusted = { required: adjusted.required, d2: adjusted.value };
    }
    const accrued = sof?.participants;
    if (accrued !== undefined) {
      out.fraction = informationFraction({ accrued, required: out.adjusted?.required ?? out.required });
    }
    return out;
  } catch (error) {
    if (error instanceof MetaError) return undefined;
    throw error;
  }
}

function baseSize(run: AnalysisRun, sof: SummaryOfFindingsRow | undefined, mid: number) {
  const { measure } = run.analysis;
  if (measure === 'MD' || measure === 'SMD') {
    const sd = measure === 'SMD' ? 1 : comparatorSd(run);
    if (sd === undefined) return undefined;
    const is = continuousInformationSize({ difference: mid, sd, alpha: ALPHA, power: POWER });
    return { mid, basis: { kind: 'sd' as const, sd }, required: is.required, unrounded: is.unrounded };
  }
  const controlRisk = sof?.assumed?.value;
  if (controlRisk === undefined) return undefined;
  const good = run.outcome.direction === 'higher-is-better' ? 1 : -1;
  const ratio = mid > 1 ? mid : 1 / mid;
  const is =
    measure === 'RD'
      ? binaryInformationSize({ controlRisk, riskDifference: good * mid, alpha: ALPHA, power: POWER })
      : binaryInformationSize({ controlRisk, rr: good > 0 ? ratio : 1 / ratio, alpha: ALPHA, power: POWER });
  const basis = { kind: 'risk' as const, controlRisk };
  return { mid: measure === 'RD' ? mid : ratio, basis, required: is.required, unrounded: is.unrounded };
}

/** The n-weighted mean SD of the comparator groups, as GRADE's imprecision check takes it. */
function comparatorSd(run: AnalysisRun): number | undefined {
  const known = run.effects.filter((e) => e.comparatorSd !== undefined && e.nComparator !== undefined);
  const n = known.reduce((s, e) => s + (e.nComparator ?? 0), 0);
  return n === 0 ? undefined : known.reduce((s, e) => s + (e.comparatorSd ?? 0) * (e.nComparator ?? 0), 0) / n;
}
