/** Fitting an analysis's model to a set of study effects. */
import { type IvMethod, MetaError, type RmaResult, rma, type TestType } from '@evidens/meta';
import type { StudyEffect } from '../effects/types.js';
import type { Model } from '../model/protocol.js';

/** The model settings of an analysis or a sensitivity analysis. */
export interface ModelSettings {
  model: Model;
  method?: IvMethod;
  test?: TestType;
  /** Confidence level in percent (default 95). */
  level?: number;
}

/** The fitted model, or undefined with the reason in `warnings` (no studies, or the engine could not fit). */
export function fitEffects(
  effects: readonly StudyEffect[],
  settings: ModelSettings,
  warnings: string[],
): RmaResult | undefined {
  if (effects.length === 0) {
    warnings.push('no study has data for this analysis');
    return undefined;
  }
  const method = settings.model === 'common' ? 'EE' : (settings.method ?? 'REML');
  try {
    const fit = rma({
      yi: effects.map((e) => e.yi),
      vi: effects.map((e) => e.vi),
      method,
      test: settings.test ?? 'z',
      level: settings.level ?? 95,
      slab: effects.map((e) => e.label),
    });
    warnings.push(...fit.warnings);
    return fit;
  } catch (error) {
    if (!(error instanceof MetaError)) throw error;
    warnings.push(`the model could not be fitted: ${error.message}`);
    return undefined;
  }
}
