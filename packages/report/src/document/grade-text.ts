/**
 * GRADE in the report's words: the certainty symbols, and the footnotes of the summary-of-findings table. A domain
 * that moves the certainty gets a footnote with the reviewer's reason from grade.yaml or, for a proposal not yet
 * decided on, a reason written here from the proposal's numbers, so that it reads in the report's language.
 */
import type { Certainty, GradeDomainResult, GradeProposal } from '@evidens/review';
import { scaleOf } from '@evidens/review';
import { formatP, type Lang } from '../format.js';
import type { AnalysisData } from './gather.js';
import type { DocLabels } from './labels/index.js';
import { effect, fixed, percent, tau2 as showTau2, whole } from './numbers.js';

const FILLED: Record<Certainty, number> = { high: 4, moderate: 3, low: 2, 'very-low': 1 };

/** "⊕⊕◯◯" for low certainty. */
export function certaintySymbols(certainty: Certainty): string {
  const n = FILLED[certainty];
  return `${'⊕'.repeat(n)}${'◯'.repeat(4 - n)}`;
}

/** The footnotes for one analysis: each domain that moves certainty, then the grade.yaml footnotes. */
export function gradeFootnotes(data: AnalysisData, lang: Lang, l: DocLabels): string[] {
  if (!data.grade) return [];
  const moved = data.grade.domains.filter((d) => d.levels !== 0).map((d) => domainNote(d, data, lang, l));
  return [...moved, ...data.gradeNotes];
}

function domainNote(d: GradeDomainResult, data: AnalysisData, lang: Lang, l: DocLabels): string {
  const levels = Math.abs(d.levels);
  const change = d.levels < 0 ? l.certainty.downgraded(levels) : l.certainty.upgraded(levels);
  const reason = d.decision ? d.decision.reason : (proposalReason(d.proposal, data, lang, l) ?? d.reason);
  return `${l.certainty.domains[d.domain] ?? d.domain}: ${change}. ${sentence(reason)}`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

const num = (x: number | string | null | undefined): number | undefined => (typeof x === 'number' ? x : undefined);

/** A reason from the proposal's numbers, or undefined when they are not there (then the engine's is used). */
export function proposalReason(p: GradeProposal, data: AnalysisData, lang: Lang, l: DocLabels): string | undefined {
  const r = l.certainty.reasons;
  const { measure } = data.run.analysis;
  const pct = (x: number | undefined) => percent(100 * (x ?? 0), lang);
  const show = (x: number) => effect(measure, x, lang);
  switch (p.domain) {
    case 'riskOfBias': {
      const none = num(p.data.shareNotAssessed) ?? 0;
      return r.riskOfBias(
        pct(num(p.data.shareHigh)),
        pct(num(p.data.shareSomeConcerns)),
        pct(num(p.data.shareLow)),
        none > 0 ? pct(none) : undefined,
      );
    }
    case 'inconsistency': {
      const [i2, t2, q] = [num(p.data.I2), num(p.data.tau2), num(p.data.QEp)];
      if (i2 === undefined || t2 === undefined || q === undefined || p.judgement === 'not-serious') return undefined;
      const [lo, hi] = [num(p.data.piLb), num(p.data.piUb)];
      const pi = lo !== undefined && hi !== undefined ? `, ${r.predictionInterval(show(lo), show(hi))}` : '';
      const stats = `I² = ${percent(i2, lang)}, τ² = ${showTau2(t2, lang)}, P(Q) ${formatP(q, lang)}${pi}`;
      return r.inconsistency(stats, p.judgement === 'very-serious' ? 'very-serious' : 'serious');
    }
    case 'imprecision':
      return imprecisionReason(p, data, lang, l);
    case 'publicationBias': {
      const [t, pv, k] = [num(p.data.statistic), num(p.data.pval), num(p.data.k)];
      if (t === undefined || pv === undefined || k === undefined || p.judgement !== 'serious') return undefined;
      return r.publicationBias(fixed(t, 2, lang), `P ${formatP(pv, lang)}`, whole(k, lang));
    }
    case 'largeEffect': {
      const ratio = num(p.data.ratio);
      if (ratio === undefined || p.judgement === 'no') return undefined;
      return r.largeEffect(`${measure} ${fixed(ratio, 2, lang)}`, p.judgement === 'very-large');
    }
    default:
      return undefined;
  }
}

function imprecisionReason(p: GradeProposal, data: AnalysisData, lang: Lang, l: DocLabels): string | undefined {
  const r = l.certainty.reasons;
  const { measure } = data.run.analysis;
  const [lower, upper] = [num(p.data.lower), num(p.data.upper)];
  const fit = data.run.fit;
  if (lower === undefined || upper === undefined || !fit || p.judgement === 'not-serious') return undefined;
  const show = (x: number) => effect(measure, x, lang);
  const ci = r.ci(percent(fit.level, lang), measure, show(lower), show(upper));
  const mid = scaleOf(measure, data.run.outcome).mid;
  if (!mid) return r.imprecisionNoMid(ci);
  if (lower < mid[0] && upper > mid[1]) return r.imprecisionBoth(ci, show(mid[1]));
  const crossed = mid.find((t) => lower < t && t < upper);
  if (crossed !== undefined) return r.imprecisionCrosses(ci, show(crossed));
  const [n, ois] = [num(p.data.participants), num(p.data.ois)];
  if (n === undefined || ois === undefined) return undefined;
  return r.imprecisionOis(ci, whole(n, lang), whole(ois, lang));
}
