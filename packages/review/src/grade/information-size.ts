/** The optimal information size for imprecision, from the MID and the data, with the engine's formulas. */
import { binaryInformationSize, continuousInformationSize, MetaError } from '@evidens/meta';
import type { StudyEffect } from '../effects/types.js';
import type { EffectMeasure, Outcome } from '../model/protocol.js';

/** Inputs that can replace what would otherwise be taken from the data. */
export interface InformationSizeOptions {
  /** Control group risk for binary outcomes; the pooled comparator risk of the studies when not given. */
  controlRisk?: number;
  /** Outcome SD for MD; the n-weighted mean comparator SD of the studies when not given. */
  sd?: number;
  alpha?: number;
  power?: number;
}

/** The required number of participants and how it was found, or why it could not be. */
export type Ois = { required: number; description: string } | { missing: string };

/**
 * Optimal information size (GRADE handbook §5.2.4; Guyatt et al. 2011, J Clin Epidemiol 64:1283): the total sample
 * size of one trial powered to detect the MID, by Wetterslev et al. 2008 (the engine's information-size functions).
 * MD uses the outcome SD, SMD an SD of 1, RR and OR the MID as a risk ratio in the outcome's good direction, RD the
 * MID as a risk difference.
 */
export function optimalInformationSize(
  measure: EffectMeasure,
  outcome: Outcome,
  effects: readonly StudyEffect[],
  options: InformationSizeOptions = {},
): Ois {
  const { alpha = 0.05, power = 0.8 } = options;
  const mid = outcome.mid;
  if (mid === undefined) return { missing: 'the outcome has no MID' };
  try {
    if (measure === 'MD' || measure === 'SMD') {
      const sd = measure === 'SMD' ? 1 : (options.sd ?? pooledSd(effects));
      if (sd === undefined) return { missing: 'no comparator SD is known' };
      const is = continuousInformationSize({ difference: mid, sd, alpha, power });
      return { required: is.required, description: is.description };
    }
    const controlRisk = options.controlRisk ?? pooledRisk(effects);
    if (controlRisk === undefined) return { missing: 'no control group risk is known' };
    const good = outcome.direction === 'higher-is-better' ? 1 : -1;
    const is =
      measure === 'RD'
        ? binaryInformationSize({ controlRisk, riskDifference: good * mid, alpha, power })
        : binaryInformationSize({ controlRisk, rr: good > 0 ? mid : 1 / mid, alpha, power });
    return { required: is.required, description: is.description };
  } catch (error) {
    if (error instanceof MetaError) return { missing: error.message };
    throw error;
  }
}

/** n-weighted mean of the comparator SDs, over studies that report one. */
function pooledSd(effects: readonly StudyEffect[]): number | undefined {
  const known = effects.filter((e) => e.comparatorSd !== undefined && e.nComparator !== undefined);
  const n = known.reduce((s, e) => s + (e.nComparator as number), 0);
  return n === 0
    ? undefined
    : known.reduce((s, e) => s + (e.comparatorSd as number) * (e.nComparator as number), 0) / n;
}

/** Comparator events over comparator participants, over studies reported as events and n. */
export function pooledRisk(effects: readonly StudyEffect[]): number | undefined {
  const known = effects.filter((e) => e.eventsComparator !== undefined && e.nComparator !== undefined);
  const n = known.reduce((s, e) => s + (e.nComparator as number), 0);
  return n === 0 ? undefined : known.reduce((s, e) => s + (e.eventsComparator as number), 0) / n;
}
