/** What the data page needs from review.yaml as written: the outcomes, comparisons and the analysis of each outcome. Pure. */
import type { EffectMeasure } from '@evidens/review';
import { localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';

export interface OutcomeInfo {
  id: string;
  name: string;
  kind: string;
}

export interface AnalysisInfo {
  id: string | undefined;
  measure: EffectMeasure;
  r: number | undefined;
}

const MEASURES = ['MD', 'SMD', 'RR', 'OR', 'RD'] as const;
const list = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];

export function outcomesOf(protocol: unknown, lang: Language): OutcomeInfo[] {
  return list((protocol as { outcomes?: unknown })?.outcomes).map((o) => ({
    id: String(o.id ?? ''),
    name: localText(o.name, lang) ?? String(o.id ?? ''),
    kind: typeof o.kind === 'string' ? o.kind : 'continuous',
  }));
}

export function comparisonsOf(protocol: unknown, lang: Language): { id: string; name: string }[] {
  return list((protocol as { comparisons?: unknown })?.comparisons).map((c) => {
    const id = String(c.id ?? '');
    const parts = [localText(c.intervention, lang), localText(c.comparator, lang)].filter(Boolean);
    return { id, name: parts.length === 2 ? `${parts[0]} vs ${parts[1]}` : id };
  });
}

/**
 * The analysis the entry's numbers go into: the first of the protocol for the outcome (and comparison); without
 * one, MD for a continuous outcome and RR for a binary one, or the reported effect's own measure.
 */
export function analysisFor(
  protocol: unknown,
  outcome: string,
  comparison: string,
  effectMeasure: string | undefined,
): AnalysisInfo {
  const analyses = list((protocol as { analyses?: unknown })?.analyses).filter(
    (a) => a.outcome === outcome && (comparison === '' || a.comparison === undefined || a.comparison === comparison),
  );
  const a = analyses[0];
  const isMeasure = (m: unknown): m is EffectMeasure => (MEASURES as readonly unknown[]).includes(m);
  if (a && isMeasure(a.measure)) {
    const r = typeof a.crossoverCorrelation === 'number' ? a.crossoverCorrelation : undefined;
    return { id: typeof a.id === 'string' ? a.id : undefined, measure: a.measure, r };
  }
  if (isMeasure(effectMeasure)) return { id: undefined, measure: effectMeasure, r: undefined };
  const kind = outcomesOf(protocol, 'en').find((o) => o.id === outcome)?.kind;
  return { id: undefined, measure: kind === 'binary' ? 'RR' : 'MD', r: undefined };
}
