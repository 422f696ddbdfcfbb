/**
 * The per-arm columns of a forest plot: events and totals for binary data, means, SDs and totals for parallel trials
 * reported per arm (after the same conversions the effect used). Crossover trials and reported effect estimates have
 * no arm data, so an analysis with any of them is drawn without arm columns, as RevMan draws inverse-variance data.
 */
import { type AnalysisRun, armMeanSd, type Review, type StudyEffect } from '@evidens/review';
import type { ArmData } from '../../forest/from-rma.js';

type Arms = { experimental: ArmData; control: ArmData };

/** Arm data for every study of the run, or undefined when some study has none. */
export function forestArms(review: Review, run: AnalysisRun): Arms[] | undefined {
  const arms = run.effects.map((e) => armsOf(review, run, e));
  return arms.every((a) => a !== undefined) ? (arms as Arms[]) : undefined;
}

function armsOf(review: Review, run: AnalysisRun, e: StudyEffect): Arms | undefined {
  if (e.nIntervention === undefined || e.nComparator === undefined) return undefined;
  if (e.eventsIntervention !== undefined && e.eventsComparator !== undefined) {
    return {
      experimental: { events: e.eventsIntervention, total: e.nIntervention },
      control: { events: e.eventsComparator, total: e.nComparator },
    };
  }
  const totals = { experimental: { total: e.nIntervention }, control: { total: e.nComparator } };
  if (e.shape !== 'arms' || e.design !== 'parallel') return totals;
  const entries = review.data.filter((d) => d.study === e.study && d.outcome === run.outcome.id && d.arms);
  const entry = entries.length === 1 ? entries[0] : undefined;
  if (!entry?.arms) return totals;
  try {
    const factor = entry.rescale?.factor ?? 1;
    const i = armMeanSd(entry.arms.intervention, 'intervention');
    const c = armMeanSd(entry.arms.comparator, 'comparator');
    return {
      experimental: { mean: i.mean * factor, sd: i.sd * factor, total: e.nIntervention },
      control: { mean: c.mean * factor, sd: c.sd * factor, total: e.nComparator },
    };
  } catch {
    return totals;
  }
}
