/**
 * The model settings a reader can try on an analysis without changing the protocol: measure, model, τ² estimator,
 * test and the crossover correlation. Settings are applied to a copy of the review (the analysis replaced), so the
 * engine runs them exactly as it would run the protocol; saving writes them into the raw protocol. Pure.
 */
import { TAU2_METHODS, type Tau2Method, type TestType } from '@evidens/meta';
import {
  type Analysis,
  BINARY_MEASURES,
  CONTINUOUS_MEASURES,
  type EffectMeasure,
  MODELS,
  type Model,
  type OutcomeKind,
  type Review,
} from '@evidens/review';

/** The choices of the settings form. */
export interface ViewSettings {
  measure: EffectMeasure;
  model: Model;
  /** τ² estimator (used by random effects only). */
  method: Tau2Method;
  test: TestType;
  /** Within-person correlation for crossover trials reported per treatment; undefined: none assumed. */
  correlation: number | undefined;
}

/** τ² estimators in the order the form offers them: REML first (the default), then the common alternatives. */
export const METHOD_CHOICES: readonly Tau2Method[] = ['REML', 'DL', 'PM', 'ML', 'HS', 'SJ', 'HE', 'EB'];
export const TEST_CHOICES: readonly TestType[] = ['z', 'knha'];
export const MODEL_CHOICES: readonly Model[] = MODELS;

/** The measures an outcome of this kind can be analysed with. */
export function measuresFor(kind: OutcomeKind): readonly EffectMeasure[] {
  return kind === 'binary' ? BINARY_MEASURES : CONTINUOUS_MEASURES;
}

/** The protocol's settings of an analysis (REML and z where it names none, as the engine does). */
export function settingsOf(analysis: Analysis): ViewSettings {
  return {
    measure: analysis.measure,
    model: analysis.model,
    method: analysis.method ?? 'REML',
    test: analysis.test ?? 'z',
    correlation: analysis.crossoverCorrelation,
  };
}

export function sameSettings(a: ViewSettings, b: ViewSettings): boolean {
  return (
    a.measure === b.measure &&
    a.model === b.model &&
    a.method === b.method &&
    a.test === b.test &&
    a.correlation === b.correlation
  );
}

/**
 * What is wrong with settings for an outcome of `kind`, one message each naming the setting; empty when they are
 * usable.
 * @example
 * settingsProblems({ measure: 'RR', model: 'random', method: 'REML', test: 'z', correlation: 1 }, 'continuous');
 * // → ['measure must be one of MD, SMD for a continuous outcome (got RR)', 'correlation must be …']
 */
export function settingsProblems(s: ViewSettings, kind: OutcomeKind): string[] {
  const out: string[] = [];
  const measures = measuresFor(kind);
  if (!measures.includes(s.measure))
    out.push(`measure must be one of ${measures.join(', ')} for a ${kind} outcome (got ${s.measure})`);
  if (!MODEL_CHOICES.includes(s.model)) out.push(`model must be one of ${MODEL_CHOICES.join(', ')} (got ${s.model})`);
  if (!(TAU2_METHODS as readonly string[]).includes(s.method))
    out.push(`method must be one of ${METHOD_CHOICES.join(', ')} (got ${s.method})`);
  if (!TEST_CHOICES.includes(s.test)) out.push(`test must be one of z, knha (got ${s.test})`);
  if (s.correlation !== undefined && !(Number.isFinite(s.correlation) && s.correlation > -1 && s.correlation < 1))
    out.push(`correlation must be between −1 and 1, exclusive (got ${s.correlation})`);
  return out;
}

/** The analysis with the settings in place of its own (its sensitivity analyses, subgroups and data unchanged). */
export function applySettings(analysis: Analysis, s: ViewSettings): Analysis {
  const out: Analysis = { ...analysis, measure: s.measure, model: s.model, method: s.method, test: s.test };
  if (s.correlation === undefined) delete out.crossoverCorrelation;
  else out.crossoverCorrelation = s.correlation;
  return out;
}

/**
 * A copy of the review in which analysis `id` has the settings; throws for an id the protocol does not plan.
 * @example
 * runAnalysis(reviewWith(review, 'cramps-md', { ...settingsOf(a), method: 'DL' }), 'cramps-md').fit?.method; // → 'DL'
 */
export function reviewWith(review: Review, id: string, s: ViewSettings): Review {
  if (!review.analyses.some((a) => a.id === id))
    throw new Error(`no analysis ${id} (analyses: ${review.analyses.map((a) => a.id).join(', ')})`);
  return { ...review, analyses: review.analyses.map((a) => (a.id === id ? applySettings(a, s) : a)) };
}

/**
 * The raw protocol (review.yaml as stored) with analysis `id` given the settings, everything else as written. Throws
 * when the protocol has no such analysis.
 */
export function protocolWith(protocol: Record<string, unknown>, id: string, s: ViewSettings): Record<string, unknown> {
  const analyses = protocol.analyses;
  if (!Array.isArray(analyses)) throw new Error('the protocol has no analyses');
  const at = analyses.findIndex((a) => a && typeof a === 'object' && (a as { id?: unknown }).id === id);
  if (at < 0) throw new Error(`the protocol has no analysis ${id}`);
  const written = { ...(analyses[at] as Record<string, unknown>) };
  written.measure = s.measure;
  written.model = s.model;
  written.method = s.method;
  written.test = s.test;
  if (s.correlation === undefined) delete written.crossoverCorrelation;
  else written.crossoverCorrelation = s.correlation;
  return { ...protocol, analyses: analyses.map((a, i) => (i === at ? written : a)) };
}

/**
 * The settings the raw protocol gives analysis `id` (REML and z where it names none), undefined when it has no such
 * analysis or names no measure and model. Used after a conflict, to say what the protocol now says.
 */
export function rawSettings(protocol: unknown, id: string): ViewSettings | undefined {
  const analyses = (protocol as { analyses?: unknown } | undefined)?.analyses;
  if (!Array.isArray(analyses)) return undefined;
  const raw = analyses.find((a) => a && typeof a === 'object' && (a as { id?: unknown }).id === id) as
    | Record<string, unknown>
    | undefined;
  if (!raw || typeof raw.measure !== 'string') return undefined;
  return {
    measure: raw.measure as EffectMeasure,
    model: raw.model === 'common' ? 'common' : 'random',
    method: typeof raw.method === 'string' ? (raw.method as Tau2Method) : 'REML',
    test: raw.test === 'knha' ? 'knha' : 'z',
    correlation: typeof raw.crossoverCorrelation === 'number' ? raw.crossoverCorrelation : undefined,
  };
}

/**
 * Settings in one line, as the conflict message quotes them.
 * @example
 * describeSettings({ measure: 'MD', model: 'random', method: 'REML', test: 'z', correlation: 0.5 }); // → 'MD, random, REML, z, r = 0.5'
 */
export function describeSettings(s: ViewSettings): string {
  const parts: string[] = [s.measure, s.model];
  if (s.model === 'random') parts.push(s.method);
  parts.push(s.test);
  if (s.correlation !== undefined) parts.push(`r = ${s.correlation}`);
  return parts.join(', ');
}
