/** From one study's reported data to the (yi, vi) of an analysis, with every conversion recorded. */
import type { OutcomeData } from '../model/outcome-data.js';
import type { EffectMeasure } from '../model/protocol.js';
import type { Study } from '../model/study.js';
import { pairedEffect, sequencesEffect, treatmentsEffect } from './crossover.js';
import { estimateEffect } from './generic.js';
import { armsEffect } from './parallel.js';
import { rescaled } from './rescale.js';
import type { ConversionNote, StudyEffect } from './types.js';

/** The effect, or why it cannot be computed. */
export type EffectOutcome = { effect: StudyEffect } | { problem: string };

/**
 * The study's effect size for an analysis on `measure`. Parallel arms go through escalc; an effect estimate is used
 * as reported (generic inverse variance; its measure must be the analysis's); crossover data give a paired estimate,
 * from the paired difference, or from per-treatment or per-sequence data with the within-person correlation `r`
 * (the entry's own `correlation` wins over the analysis's).
 *
 * @example
 * const out = studyEffect(entry, study, 'MD', 0.5);
 * if ('effect' in out) console.log(out.effect.yi, out.effect.vi, out.effect.summary);
 */
export function studyEffect(
  entry: OutcomeData,
  study: Study,
  measure: EffectMeasure,
  r: number | undefined,
): EffectOutcome {
  try {
    if (entry.rescale && !(measure === 'MD' || measure === 'SMD')) {
      return { problem: `rescale applies to continuous outcomes, not to ${measure}` };
    }
    const { entry: scaled, note } = rescaled(entry);
    const effect = compute(scaled, study, measure, entry.correlation ?? r);
    if (note) {
      effect.conversions.unshift(note);
      effect.summary = summarise(effect.conversions);
    }
    if (effect.correlation !== undefined)
      effect.correlationSource = entry.correlation !== undefined ? 'entry' : 'analysis';
    return { effect };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

function compute(entry: OutcomeData, study: Study, measure: EffectMeasure, r: number | undefined): StudyEffect {
  const base = { study: study.id, label: study.label, design: study.design, measure };
  const crossover = study.design === 'crossover';
  const continuous = measure === 'MD' || measure === 'SMD';
  if (entry.effect) {
    if (entry.effect.measure !== measure) {
      throw new Error(`the reported effect is a ${entry.effect.measure}, the analysis uses ${measure}`);
    }
    const x = estimateEffect(entry.effect);
    const { nIntervention, nComparator } = entry.effect;
    const n = nIntervention !== undefined && nComparator !== undefined ? nIntervention + nComparator : study.analysed;
    return finish({ ...base, shape: 'effect', yi: x.yi, vi: x.vi, n, nIntervention, nComparator }, x.conversions, []);
  }
  if (crossover && (entry.paired || entry.sequences || entry.arms)) {
    if (!continuous) throw new Error(`crossover data cannot give ${measure}; report an effect estimate instead`);
    const needR = () => {
      if (r === undefined) {
        throw new Error(
          'a within-person correlation is needed: set crossoverCorrelation on the analysis or correlation on the entry',
        );
      }
      return r;
    };
    if (entry.paired) {
      const x = pairedEffect(entry.paired, measure, measure === 'SMD' ? needR() : r);
      return finish(
        { ...base, shape: 'paired', yi: x.yi, vi: x.vi, n: x.n ?? study.analysed },
        x.conversions,
        x.warnings,
      );
    }
    if (entry.sequences) {
      if (measure !== 'MD') throw new Error('period data by sequence give an MD only');
      const used = needR();
      const x = sequencesEffect(entry.sequences, used);
      return finish(
        { ...base, shape: 'sequences', yi: x.yi, vi: x.vi, n: x.n, correlation: used },
        x.conversions,
        x.warnings,
      );
    }
    const arms = entry.arms as NonNullable<OutcomeData['arms']>;
    const used = needR();
    const x = treatmentsEffect(arms.intervention, arms.comparator, measure, used);
    return finish({ ...base, shape: 'arms', yi: x.yi, vi: x.vi, n: x.n, correlation: used }, x.conversions, x.warnings);
  }
  if (entry.arms) {
    const { conversions, warnings, ...numbers } = armsEffect(entry.arms.intervention, entry.arms.comparator, measure);
    if (study.design === 'cluster') warnings.push('cluster trial analysed without adjustment for clustering');
    const n = numbers.nIntervention + numbers.nComparator;
    return finish({ ...base, shape: 'arms', ...numbers, n }, conversions, warnings);
  }
  throw new Error(`${entry.paired ? 'paired' : 'sequences'} data are only for crossover trials`);
}

function finish(
  effect: Omit<StudyEffect, 'conversions' | 'summary' | 'warnings'>,
  conversions: ConversionNote[],
  warnings: string[],
): StudyEffect {
  return { ...effect, conversions, summary: summarise(conversions), warnings };
}

/** "Intervention: mean and SD estimated from …; comparator: as reported." or "Used as reported." */
export function summarise(conversions: readonly ConversionNote[]): string {
  if (conversions.length === 0) return 'Used as reported.';
  const text = conversions.map((c) => `${c.part}: ${c.summary}`).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
