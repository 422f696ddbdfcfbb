/**
 * A summary-of-findings row (Cochrane Handbook v6 chapter 14; GRADE handbook ch. 9): the assumed control risk or
 * mean, the corresponding intervention risk or mean, the relative and absolute effects, participants (studies),
 * certainty and footnotes.
 */
import type { AnalysisRun } from '../analysis/run-analysis.js';
import type { StudyEffect } from '../effects/types.js';
import type { Certainty } from '../model/grade.js';
import type { EffectMeasure } from '../model/protocol.js';
import type { Review } from '../model/review.js';
import { pooledRisk } from './information-size.js';
import type { GradeAssessment } from './types.js';

/** An estimate with its confidence interval. */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
}

/** One row of a summary-of-findings table. */
export interface SummaryOfFindingsRow {
  analysis: string;
  outcome: string;
  outcomeName: string;
  measure: EffectMeasure;
  /** RR or OR on its natural scale. */
  relative?: Estimate;
  /** Control group risk (0–1) or mean, and where it comes from. */
  assumed?: { value: number; source: string };
  /** Intervention group risk or mean implied by the assumed value and the pooled effect. */
  corresponding?: Estimate;
  /** Absolute effect: intervention minus control, per 1000 for binary outcomes, in the outcome's unit for MD. */
  absolute?: Estimate & { unit: string };
  /**
   * True when the assumed risk and the effect (or a limit of its interval) imply a risk above 1 (RR × control risk, or
   * control risk + RD): the intervention risk is then shown as 1000 per 1000, and the table's notes say so.
   */
  capped?: boolean;
  /** Participants in the analysis (crossover participants counted once); undefined when not all are known. */
  participants: number | undefined;
  studies: number;
  certainty: Certainty;
  footnotes: string[];
  /** "RR 1.04 (0.84 to 1.29)"; absent for MD, SMD and RD. */
  relativeText?: string;
  /** "25 more per 1000 (103 fewer to 187 more)" or "MD 0.18 lower (0.84 lower to 0.49 higher)". */
  absoluteText: string;
}

const DOWN = { 1: 'one level', 2: 'two levels' } as Record<number, string>;

/**
 * The row for the outcome of `run`, graded by `grade`. Risks with the intervention follow from the assumed risk:
 * ACR × RR for RR, OR·ACR/(1 − ACR + OR·ACR) for OR, ACR + RD for RD. The assumed value is grade.yaml's
 * `assumedControl`, else the comparator groups' pooled risk or n-weighted mean.
 *
 * @example
 * summaryOfFindings(review, run, gradeOutcome(review, run)).absoluteText; // 'MD 0.18 lower (0.93 lower to 0.58 higher)'
 */
export function summaryOfFindings(review: Review, run: AnalysisRun, grade: GradeAssessment): SummaryOfFindingsRow {
  const fit = run.fit;
  if (!fit) throw new Error(`analysis ${run.analysis.id} has no pooled estimate`);
  const entry = review.grade.find((g) => g.analysis === run.analysis.id);
  const measure = run.analysis.measure;
  const pooled = { estimate: fit.beta[0], lower: fit.ciLb[0], upper: fit.ciUb[0] };
  const participants = run.effects.every((e) => e.n !== undefined)
    ? run.effects.reduce((s, e) => s + (e.n as number), 0)
    : undefined;
  const row = {
    analysis: run.analysis.id,
    outcome: run.outcome.id,
    outcomeName: run.outcome.name,
    measure,
    participants,
    studies: run.effects.length,
    certainty: grade.certainty,
    footnotes: [...footnotes(grade), ...(entry?.footnotes ?? [])],
  };
  if (measure === 'MD' || measure === 'SMD') {
    const unit = measure === 'SMD' ? 'SD' : (run.outcome.unit ?? '');
    const absolute = { ...pooled, unit };
    const text = `${measure} ${differenceText(pooled, (x) => fmt(Math.abs(x)), 'higher', 'lower')}`;
    const mean = entry?.assumedControl ?? comparatorMean(run.effects);
    if (measure === 'SMD' || mean === undefined) return { ...row, absolute, absoluteText: text };
    const source =
      entry?.assumedControlSource ??
      (entry?.assumedControl !== undefined ? 'grade.yaml' : 'mean of the comparator groups');
    const corresponding = { estimate: mean + pooled.estimate, lower: mean + pooled.lower, upper: mean + pooled.upper };
    return { ...row, assumed: { value: mean, source }, corresponding, absolute, absoluteText: text };
  }
  const risk = entry?.assumedControl ?? pooledRisk(run.effects);
  const relative =
    measure === 'RD'
      ? undefined
      : { estimate: Math.exp(pooled.estimate), lower: Math.exp(pooled.lower), upper: Math.exp(pooled.upper) };
  const relativeText =
    relative && `${measure} ${fmt(relative.estimate)} (${fmt(relative.lower)} to ${fmt(relative.upper)})`;
  if (risk === undefined) {
    if (relative) return { ...row, relative, relativeText, absoluteText: 'not estimated: no assumed control risk' };
    const absoluteText = `RD ${differenceText(pooled, (x) => fmt(Math.abs(x)), 'more', 'less')}`;
    return { ...row, absolute: { ...pooled, unit: 'risk difference' }, absoluteText };
  }
  const source =
    entry?.assumedControlSource ??
    (entry?.assumedControl !== undefined ? 'grade.yaml' : 'risk in the comparator groups');
  const at = (effect: number) => riskWith(measure, risk, effect);
  const corresponding = { estimate: at(pooled.estimate), lower: at(pooled.lower), upper: at(pooled.upper) };
  const beyond = (effect: number) =>
    measure === 'RR' ? risk * Math.exp(effect) > 1 : measure === 'RD' ? risk + effect > 1 : false;
  const capped = beyond(pooled.upper);
  const per1000 = (x: number) => Math.round(1000 * (x - risk));
  const absolute = {
    estimate: per1000(corresponding.estimate),
    lower: per1000(corresponding.lower),
    upper: per1000(corresponding.upper),
    unit: 'per 1000',
  };
  const absoluteText = differenceText(absolute, (x) => String(Math.abs(x)), 'more', 'fewer', ' per 1000');
  return {
    ...row,
    ...(relative ? { relative, relativeText } : {}),
    assumed: { value: risk, source },
    corresponding,
    absolute,
    absoluteText,
    ...(capped ? { capped } : {}),
  };
}

/** The intervention risk for a control risk and an effect on the analysis scale. */
export function riskWith(measure: EffectMeasure, controlRisk: number, effect: number): number {
  if (measure === 'RR') return Math.min(1, controlRisk * Math.exp(effect));
  if (measure === 'OR') {
    const or = Math.exp(effect);
    return (or * controlRisk) / (1 - controlRisk + or * controlRisk);
  }
  return Math.min(1, Math.max(0, controlRisk + effect));
}

/** "0.18 lower (0.93 lower to 0.58 higher)"; `unit` follows the estimate ("25 more per 1000 (…)"). */
function differenceText(e: Estimate, show: (x: number) => string, up: string, down: string, unit = ''): string {
  const word = (x: number) => (x === 0 ? `${show(0)}` : `${show(x)} ${x > 0 ? up : down}`);
  return `${word(e.estimate)}${unit} (${word(e.lower)} to ${word(e.upper)})`;
}

function comparatorMean(effects: readonly StudyEffect[]): number | undefined {
  const known = effects.filter((e) => e.comparatorMean !== undefined && e.nComparator !== undefined);
  const n = known.reduce((s, e) => s + (e.nComparator as number), 0);
  return n === 0
    ? undefined
    : known.reduce((s, e) => s + (e.comparatorMean as number) * (e.nComparator as number), 0) / n;
}

function footnotes(grade: GradeAssessment): string[] {
  return grade.domains
    .filter((d) => d.levels !== 0)
    .map(
      (d) => `${label(d.domain)}: ${d.levels < 0 ? 'downgraded' : 'upgraded'} ${DOWN[Math.abs(d.levels)]}. ${d.reason}`,
    );
}

function label(domain: string): string {
  const words = domain.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fmt(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2);
}
