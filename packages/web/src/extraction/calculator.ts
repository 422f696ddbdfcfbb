/**
 * The calculator beside the outcome-data form: each conversion the analysis will make, with its formula, the
 * numbers put into it and the result, computed with @evidens/meta's own functions; then the study's effect as the
 * analysis gets it (@evidens/review's studyEffect: yi, its SE and CI). Steps are shown on the numbers as reported;
 * a rescale multiplies the effect and its SE at the end, which gives the same result as rescaling first, since every
 * conversion here scales with the unit. Invalid input gives field messages, never NaN. Pure.
 */
import {
  crossoverFromArms,
  crossoverFromDifference,
  meanSdFromQuantiles,
  qnorm,
  sdFromMeanCi,
  sdFromSe,
  seFromCi,
  seFromP,
  seFromRatioCi,
  seFromRatioP,
} from '@evidens/meta';
import {
  type ArmData,
  armShape,
  type EffectMeasure,
  type OutcomeData,
  type PairedData,
  type Study,
  studyEffect,
  validateItem,
} from '@evidens/review';
import type { FieldIssue } from '../api/items';
import { localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';
import type { Doc } from './study-form';

/** A number put into a formula (shown as typed) or computed (shown with `d` decimals). */
export type StepValue = number | string | { x: number; d: number };

/** One line of the calculator: a message key of the data area and the values it names. */
export interface Step {
  /** What it applies to: "arms.intervention", "sequences[0].comparator", "effect", "paired", "rescale" … */
  part: string;
  key: StepKey;
  values: Record<string, StepValue>;
}

export type StepKey =
  | 'data.step.asReported'
  | 'data.step.sdFromSe'
  | 'data.step.sdFromCi'
  | 'data.step.luoWan.iqr'
  | 'data.step.luoWan.range'
  | 'data.step.luoWan.range-iqr'
  | 'data.step.seFromCi'
  | 'data.step.seFromRatioCi'
  | 'data.step.seFromP'
  | 'data.step.seFromRatioP'
  | 'data.step.pairedSd'
  | 'data.step.pairedT'
  | 'data.step.pairedP'
  | 'data.step.pairedArms'
  | 'data.step.parallelMd'
  | 'data.step.sequences'
  | 'data.step.rescale';

/** The study's effect as the analysis will use it. */
export interface CalcEffect {
  measure: EffectMeasure;
  /** On the analysis scale (log for RR and OR). */
  yi: number;
  se: number;
  /** 95% CI on the scale people read (ratios exponentiated), and the estimate on it. */
  estimate: number;
  lower: number;
  upper: number;
  n: number | undefined;
  correlation: number | undefined;
  warnings: string[];
}

export interface Calc {
  steps: Step[];
  effect: CalcEffect | undefined;
  /** What stops the computation, each naming its field; empty when the effect was computed. */
  problems: FieldIssue[];
  /** Whether the entry's own correlation was used rather than the analysis's. */
  usedEntryCorrelation: boolean;
}

export interface CalcContext {
  /** The study as stored; its design decides whether crossover formulas apply. */
  study: Doc | undefined;
  /** The measure of the analysis of this outcome. */
  measure: EffectMeasure;
  /** The analysis's crossoverCorrelation; the entry's own correlation wins. */
  r: number | undefined;
  /** The page's language, for the texts the steps quote (a rescale's reason). */
  lang: Language;
}

const Z95 = qnorm(0.975);
const out = (x: number, d = 2) => ({ x, d });
const isRatio = (m: string) => m === 'RR' || m === 'OR';

/**
 * The calculator for a data doc.
 * @example
 * calculate({ study: 's', outcome: 'o', arms: { intervention: { mean: 5, ci: [4, 8], n: 29, conversion: 'sd-from-ci' }, comparator: … } }, ctx)
 *   .steps[0]; // { part: 'arms.intervention', key: 'data.step.sdFromCi', values: { n: 29, lower: 4, upper: 8, divisor: …, sd: … } }
 */
export function calculate(doc: Doc, ctx: CalcContext): Calc {
  const checked = validateItem('data', doc);
  if (!checked.ok) {
    const problems = checked.issues.map(({ path, message }) => ({ path, message }));
    return { steps: [], effect: undefined, problems, usedEntryCorrelation: false };
  }
  const entry = checked.value;
  const study = studyOf(ctx.study, entry.study);
  const r = entry.correlation ?? ctx.r;
  const usedEntryCorrelation = entry.correlation !== undefined;
  const steps: Step[] = [];
  const problems: FieldIssue[] = [];
  const attempt = (part: string, f: () => void) => {
    try {
      f();
    } catch (error) {
      problems.push(problemOf(part, error));
    }
  };
  const crossover = study.design === 'crossover';
  if (entry.arms) {
    const { intervention, comparator } = entry.arms;
    attempt('arms.intervention', () => steps.push(...armSteps('arms.intervention', intervention)));
    attempt('arms.comparator', () => steps.push(...armSteps('arms.comparator', comparator)));
    if (problems.length === 0 && crossover && r !== undefined)
      attempt('arms', () => steps.push(pairedArmsStep('arms', intervention, comparator, r)));
    if (problems.length === 0 && !crossover && ctx.measure === 'MD')
      attempt('arms', () => steps.push(parallelMdStep(intervention, comparator)));
  }
  if (entry.sequences) {
    const ds: { md: number; se: number }[] = [];
    entry.sequences.forEach((s, i) => {
      const part = `sequences[${i}]`;
      attempt(`${part}.intervention`, () => steps.push(...armSteps(`${part}.intervention`, s.intervention)));
      attempt(`${part}.comparator`, () => steps.push(...armSteps(`${part}.comparator`, s.comparator)));
      if (problems.length === 0 && r !== undefined)
        attempt(part, () => {
          const step = pairedArmsStep(part, s.intervention, s.comparator, r);
          steps.push(step);
          ds.push({ md: num(step.values.md), se: num(step.values.se) });
        });
    });
    if (ds.length === 2) steps.push(sequencesStep(ds[0], ds[1]));
  }
  if (entry.effect) attempt('effect', () => steps.push(effectStep(entry.effect as NonNullable<OutcomeData['effect']>)));
  if (entry.paired) attempt('paired', () => steps.push(pairedStep(entry.paired as PairedData)));
  if (entry.rescale) {
    const reason = localText((doc.rescale as Doc | undefined)?.reason, ctx.lang) ?? entry.rescale.reason;
    steps.push({ part: 'rescale', key: 'data.step.rescale', values: { factor: entry.rescale.factor, reason } });
  }
  if (problems.length > 0) return { steps, effect: undefined, problems, usedEntryCorrelation };
  const result = studyEffect(entry, study, ctx.measure, ctx.r);
  if ('problem' in result) {
    return { steps, effect: undefined, problems: [{ path: '', message: result.problem }], usedEntryCorrelation };
  }
  const e = result.effect;
  const se = Math.sqrt(e.vi);
  const back = (x: number) => (isRatio(e.measure) ? Math.exp(x) : x);
  return {
    steps,
    problems,
    usedEntryCorrelation,
    effect: {
      measure: e.measure,
      yi: e.yi,
      se,
      estimate: back(e.yi),
      lower: back(e.yi - Z95 * se),
      upper: back(e.yi + Z95 * se),
      n: e.n,
      correlation: e.correlation,
      warnings: e.warnings,
    },
  };
}

function num(v: StepValue): number {
  return typeof v === 'object' ? v.x : Number(v);
}

/** The validated study, or enough of the stored doc for the effect (id, label, design, analysed). */
function studyOf(doc: Doc | undefined, id: string): Study {
  if (doc) {
    const checked = validateItem('study', doc);
    if (checked.ok) return checked.value;
  }
  const design = doc?.design === 'crossover' || doc?.design === 'cluster' ? doc.design : 'parallel';
  const analysed = typeof doc?.analysed === 'number' ? doc.analysed : undefined;
  return { id, label: id, design, analysed } as Study;
}

/** An engine error as a field message: the engine names the argument (`n`, `lower`), the part gives the path. */
function problemOf(part: string, error: unknown): FieldIssue {
  const message = error instanceof Error ? error.message : String(error);
  const column = (error as { column?: unknown }).column;
  const path = typeof column === 'string' ? `${part}.${column}` : part;
  return { path, message: `${part}: ${message}` };
}

function armSteps(part: string, arm: ArmData): Step[] {
  const shape = armShape(arm);
  const n = arm.n as number;
  if (shape === 'mean-se') {
    const r = sdFromSe({ se: arm.se as number, n });
    return [{ part, key: 'data.step.sdFromSe', values: { se: arm.se as number, n, sd: out(r.sd) } }];
  }
  if (shape === 'mean-ci') {
    const [lower, upper] = arm.ci as [number, number];
    const t = arm.conversion === 'sd-from-ci-t';
    const r = sdFromMeanCi({ lower, upper, n, level: arm.ciLevel, distribution: t ? 't' : 'normal' });
    const quantile = t ? `t, ${n - 1} df` : 'z';
    const values = {
      n,
      lower,
      upper,
      divisor: out(2 * r.critical, 3),
      quantile,
      level: levelOf(arm.ciLevel),
      sd: out(r.sd),
    };
    return [{ part, key: 'data.step.sdFromCi', values }];
  }
  if (shape === 'quantiles') {
    const r = meanSdFromQuantiles({
      n,
      median: arm.median as number,
      q1: arm.q1,
      q3: arm.q3,
      min: arm.min,
      max: arm.max,
    });
    const values: Record<string, StepValue> = {
      wRange: out(r.meanStep.midRangeWeight, 3),
      wIqr: out(r.meanStep.midQuartileWeight, 3),
      wMedian: out(r.meanStep.medianWeight, 3),
      xi: out(r.sdStep.rangeDivisor ?? 0, 3),
      eta: out(r.sdStep.iqrDivisor ?? 0, 3),
      n,
      mean: out(r.mean),
      sd: out(r.sd),
    };
    for (const k of ['median', 'q1', 'q3', 'min', 'max'] as const)
      if (arm[k] !== undefined) values[k] = arm[k] as number;
    return [{ part, key: `data.step.luoWan.${r.scenario}`, values }];
  }
  return [{ part, key: 'data.step.asReported', values: {} }];
}

const levelOf = (level: number | undefined) => Math.round((level ?? 0.95) * 1000) / 10;

function pairedArmsStep(part: string, intervention: ArmData, comparator: ArmData, r: number): Step {
  const e = meanSdOf(intervention);
  const c = meanSdOf(comparator);
  const n = Math.min(e.n, c.n);
  const x = crossoverFromArms({ meanE: e.mean, sdE: e.sd, meanC: c.mean, sdC: c.sd, n, r });
  const values = { r, sdE: out(e.sd), sdC: out(c.sd), sdDiff: out(x.sdDiff), n, md: out(x.md), se: out(x.se, 3) };
  return { part, key: 'data.step.pairedArms', values };
}

function parallelMdStep(intervention: ArmData, comparator: ArmData): Step {
  const e = meanSdOf(intervention);
  const c = meanSdOf(comparator);
  const se = Math.sqrt((e.sd * e.sd) / e.n + (c.sd * c.sd) / c.n);
  const values = {
    mE: out(e.mean),
    mC: out(c.mean),
    md: out(e.mean - c.mean),
    sdE: out(e.sd),
    nE: e.n,
    sdC: out(c.sd),
    nC: c.n,
    se: out(se, 3),
  };
  return { part: 'arms', key: 'data.step.parallelMd', values };
}

/** An arm's mean and SD through the same meta functions as the steps. */
function meanSdOf(arm: ArmData): { mean: number; sd: number; n: number } {
  const n = arm.n as number;
  const shape = armShape(arm);
  if (shape === 'mean-se') return { mean: arm.mean as number, sd: sdFromSe({ se: arm.se as number, n }).sd, n };
  if (shape === 'mean-ci') {
    const [lower, upper] = arm.ci as [number, number];
    const distribution = arm.conversion === 'sd-from-ci-t' ? 't' : 'normal';
    return { mean: arm.mean as number, sd: sdFromMeanCi({ lower, upper, n, level: arm.ciLevel, distribution }).sd, n };
  }
  if (shape === 'quantiles') {
    const r = meanSdFromQuantiles({
      n,
      median: arm.median as number,
      q1: arm.q1,
      q3: arm.q3,
      min: arm.min,
      max: arm.max,
    });
    return { mean: r.mean, sd: r.sd, n };
  }
  if (shape === 'mean-sd') return { mean: arm.mean as number, sd: arm.sd as number, n };
  throw new Error('a mean or median is needed for a continuous outcome');
}

function sequencesStep(d1: { md: number; se: number }, d2: { md: number; se: number }): Step {
  const values = {
    d1: out(d1.md),
    d2: out(d2.md),
    md: out((d1.md + d2.md) / 2),
    se1: out(d1.se, 3),
    se2: out(d2.se, 3),
    se: out(Math.sqrt(d1.se ** 2 + d2.se ** 2) / 2, 3),
  };
  return { part: 'sequences', key: 'data.step.sequences', values };
}

function effectStep(effect: NonNullable<OutcomeData['effect']>): Step {
  const ratio = isRatio(effect.measure);
  const df = effect.conversion?.endsWith('-t') ? effect.df : undefined;
  const quantile = df === undefined ? 'z' : `t, ${df} df`;
  if (effect.se !== undefined) return { part: 'effect', key: 'data.step.asReported', values: {} };
  if (effect.ci !== undefined) {
    const [lower, upper] = effect.ci;
    const input = { lower, upper, level: effect.ciLevel, df };
    const r = ratio ? seFromRatioCi(input) : seFromCi(input);
    const values = {
      lower,
      upper,
      divisor: out(2 * r.critical, 3),
      quantile,
      level: levelOf(effect.ciLevel),
      se: out(r.se, 3),
    };
    return { part: 'effect', key: ratio ? 'data.step.seFromRatioCi' : 'data.step.seFromCi', values };
  }
  const p = effect.p as number;
  const r = ratio ? seFromRatioP({ ratio: effect.estimate, p, df }) : seFromP({ estimate: effect.estimate, p, df });
  const values = { estimate: effect.estimate, p, quantile, statistic: out(r.statistic, 3), se: out(r.se, 3) };
  return { part: 'effect', key: ratio ? 'data.step.seFromRatioP' : 'data.step.seFromP', values };
}

function pairedStep(paired: PairedData): Step {
  const n = paired.n;
  if (paired.sd !== undefined) {
    const x = crossoverFromDifference(paired.md, { from: 'sd', sd: paired.sd, n: n as number });
    return { part: 'paired', key: 'data.step.pairedSd', values: { sd: paired.sd, n: n as number, se: out(x.se, 3) } };
  }
  if (paired.se !== undefined) return { part: 'paired', key: 'data.step.asReported', values: {} };
  if (paired.ci !== undefined) {
    const [lower, upper] = paired.ci;
    const t = paired.conversion === 'se-from-ci-t';
    const x = crossoverFromDifference(paired.md, {
      from: 'ci',
      lower,
      upper,
      level: paired.ciLevel,
      n: t ? n : undefined,
    });
    const critical = seFromCi({
      lower,
      upper,
      level: paired.ciLevel,
      df: t && n !== undefined ? n - 1 : undefined,
    }).critical;
    const quantile = t && n !== undefined ? `t, ${n - 1} df` : 'z';
    const values = {
      lower,
      upper,
      divisor: out(2 * critical, 3),
      quantile,
      level: levelOf(paired.ciLevel),
      se: out(x.se, 3),
    };
    return { part: 'paired', key: 'data.step.seFromCi', values };
  }
  if (paired.t !== undefined) {
    const x = crossoverFromDifference(paired.md, { from: 't', t: paired.t, n: n as number });
    return { part: 'paired', key: 'data.step.pairedT', values: { md: paired.md, t: paired.t, se: out(x.se, 3) } };
  }
  const p = paired.p as number;
  const fromP = seFromP({ estimate: paired.md, p, df: (n as number) - 1 });
  crossoverFromDifference(paired.md, { from: 'p', p, n: n as number });
  const values = { md: paired.md, p, df: (n as number) - 1, statistic: out(fromP.statistic, 3), se: out(fromP.se, 3) };
  return { part: 'paired', key: 'data.step.pairedP', values };
}
