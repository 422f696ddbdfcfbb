/**
 * Running a planned analysis from the folder: select its data, turn each study's data into (yi, vi), fit the model,
 * split by subgroup, and run each sensitivity analysis.
 */
import { MetaError, type RmaResult, type SubgroupResult, subgroupAnalysis } from '@evidens/meta';
import { studyEffect } from '../effects/study-effect.js';
import type { StudyEffect } from '../effects/types.js';
import { type ReviewIssue, reviewIssue } from '../issues.js';
import type { Analysis, Outcome, Sensitivity } from '../model/protocol.js';
import type { Review } from '../model/review.js';
import { robForResult } from '../rob2/for-result.js';
import { fitEffects, type ModelSettings } from './fit.js';
import { selectData } from './select-data.js';

/** A study left out of a fit, and why. */
export interface ExcludedStudy {
  study: string;
  reason: string;
}

/** Study effects and the model fitted to them. */
export interface FittedSet {
  /** The studies in the fit, in data.yaml order. */
  effects: StudyEffect[];
  excluded: ExcludedStudy[];
  /** Undefined when no study has usable data or the engine could not fit (see warnings). */
  fit: RmaResult | undefined;
  warnings: string[];
}

/** A sensitivity analysis and its result. */
export interface SensitivityRun extends FittedSet {
  sensitivity: Sensitivity;
}

/** A planned analysis, run. */
export interface AnalysisRun extends FittedSet {
  analysis: Analysis;
  outcome: Outcome;
  /** Within-person correlation used for crossover trials reported per treatment or per sequence. */
  correlation: number | undefined;
  /** Subgroup analysis, when the analysis names a subgroup key. */
  subgroups?: SubgroupResult;
  sensitivity: SensitivityRun[];
  /** Data that could not be used, each naming its data.yaml entry. */
  issues: ReviewIssue[];
}

/** Overrides for a run, e.g. a different correlation for a sensitivity analysis over correlations. */
export interface RunOptions {
  crossoverCorrelation?: number;
  level?: number;
}

/**
 * Runs the analysis with id `analysisId`. Data that cannot be used are left out with an issue each; an unknown
 * analysis id, or an analysis naming no outcome of the review, throws (the loader reports those first).
 *
 * @example
 * const run = runAnalysis(review, 'cramps-md');
 * run.fit?.beta[0]; // pooled MD
 * run.effects.map((e) => `${e.label}: ${e.summary}`);
 */
export function runAnalysis(review: Review, analysisId: string, options: RunOptions = {}): AnalysisRun {
  const analysis = review.analyses.find((a) => a.id === analysisId);
  if (!analysis)
    throw new Error(`no analysis ${analysisId} (analyses: ${review.analyses.map((a) => a.id).join(', ')})`);
  const outcome = review.outcomes.find((o) => o.id === analysis.outcome);
  if (!outcome) throw new Error(`analysis ${analysisId} names no outcome of the review (got ${analysis.outcome})`);
  const issues: ReviewIssue[] = [];
  const correlation = options.crossoverCorrelation ?? analysis.crossoverCorrelation;
  const all = computeEffects(review, analysis, correlation, issues);
  const main = fitSet(all.effects, all.excluded, { ...analysis, level: options.level });
  const run: AnalysisRun = {
    ...main,
    analysis,
    outcome,
    correlation,
    sensitivity: analysis.sensitivity.map((s) => runSensitivity(review, analysis, s, all, options)),
    issues,
  };
  const subgroups = analysis.subgroup === undefined ? undefined : subgroup(review, analysis, main, run.warnings);
  if (subgroups) run.subgroups = subgroups;
  return run;
}

function computeEffects(review: Review, analysis: Analysis, r: number | undefined, issues: ReviewIssue[]) {
  const studies = new Map(review.studies.map((s) => [s.id, s]));
  const effects: StudyEffect[] = [];
  const excluded: ExcludedStudy[] = [];
  for (const entry of selectData(review, analysis, issues)) {
    const study = studies.get(entry.study);
    if (!study) {
      excluded.push({ study: entry.study, reason: 'not in studies.yaml' });
      continue;
    }
    const out = studyEffect(entry, study, analysis.measure, r);
    if ('effect' in out) {
      effects.push(out.effect);
      continue;
    }
    excluded.push({ study: entry.study, reason: out.problem });
    const at = entry.at ?? { file: 'data.yaml', path: '' };
    issues.push(reviewIssue('not_computable', at, `cannot be used in analysis ${analysis.id}: ${out.problem}`));
  }
  return { effects, excluded };
}

function fitSet(effects: StudyEffect[], excluded: ExcludedStudy[], settings: ModelSettings): FittedSet {
  const warnings: string[] = [];
  const fit = fitEffects(effects, settings, warnings);
  return { effects, excluded, fit, warnings };
}

function runSensitivity(
  review: Review,
  analysis: Analysis,
  sensitivity: Sensitivity,
  main: { effects: StudyEffect[]; excluded: ExcludedStudy[] },
  options: RunOptions,
): SensitivityRun {
  let effects = main.effects;
  const excluded = [...main.excluded];
  if (sensitivity.crossoverCorrelation !== undefined) {
    effects = computeEffects(review, analysis, sensitivity.crossoverCorrelation, []).effects;
  }
  const kept = effects.filter((effect) => {
    const reason = leaveOut(review, analysis, sensitivity, effect);
    if (reason) excluded.push({ study: effect.study, reason });
    return reason === undefined;
  });
  const settings = {
    model: sensitivity.model ?? analysis.model,
    method: sensitivity.method ?? analysis.method,
    test: sensitivity.test ?? analysis.test,
    level: options.level,
  };
  return { ...fitSet(kept, excluded, settings), sensitivity };
}

function leaveOut(review: Review, analysis: Analysis, s: Sensitivity, effect: StudyEffect): string | undefined {
  if (s.excludeStudies.includes(effect.study)) return `left out by sensitivity analysis ${s.id}`;
  if (s.excludeDesigns.includes(effect.design))
    return `${effect.design} design left out by sensitivity analysis ${s.id}`;
  if (s.excludeRob.length > 0) {
    const judgement = robForResult(review, effect.study, analysis.outcome)?.overall.judgement;
    if (judgement === undefined) return `no complete RoB 2 assessment, left out by sensitivity analysis ${s.id}`;
    if ((s.excludeRob as string[]).includes(judgement))
      return `${judgement} risk of bias, left out by sensitivity analysis ${s.id}`;
  }
  return undefined;
}

function subgroup(review: Review, analysis: Analysis, main: FittedSet, warnings: string[]): SubgroupResult | undefined {
  if (main.effects.length === 0) return undefined;
  const key = analysis.subgroup as string;
  const groups = main.effects.map((e) => review.studies.find((s) => s.id === e.study)?.subgroups[key] ?? null);
  try {
    return subgroupAnalysis({
      yi: main.effects.map((e) => e.yi),
      vi: main.effects.map((e) => e.vi),
      groups,
      method: analysis.model === 'common' ? 'EE' : (analysis.method ?? 'REML'),
      test: analysis.test ?? 'z',
      slab: main.effects.map((e) => e.label),
    });
  } catch (error) {
    if (!(error instanceof MetaError)) throw error;
    warnings.push(`subgroups by ${key} could not be analysed: ${error.message}`);
    return undefined;
  }
}
