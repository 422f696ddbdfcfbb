/**
 * A GRADE entry as grade.yaml keeps it (the raw item: one key per domain with `{judgement, reason}`, reasons and
 * footnotes plain or `{da, en}`), read and changed one decision at a time without losing the rest. Pure.
 */
import {
  GRADE_DOMAINS,
  GRADE_LOWERING,
  type GradeDecision,
  type GradeDomain,
  type GradeEntry,
  type GradeJudgement,
  LOWERING_JUDGEMENTS,
} from '@evidens/review';
import { localList, localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';
import { withText } from '../rob/doc';

export type GradeDoc = Record<string, unknown>;

const record = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/** The judgements a domain takes: the lowering ones, or no/yes (and very large for a large effect). */
export function judgementsOf(domain: GradeDomain): readonly GradeJudgement[] {
  if ((GRADE_LOWERING as readonly string[]).includes(domain)) return LOWERING_JUDGEMENTS;
  return domain === 'largeEffect' ? ['no', 'yes', 'very-large'] : ['no', 'yes'];
}

/** A new entry for an analysis that has none: randomised trials start high. */
export const newGradeDoc = (analysis: string): GradeDoc => ({ analysis, start: 'high' });

/** The reviewer's decision on `domain`, its reason in `lang`; undefined when there is none. */
export function decisionOf(doc: GradeDoc, domain: GradeDomain, lang: Language): GradeDecision | undefined {
  const d = record(doc[domain]);
  if (typeof d.judgement !== 'string') return undefined;
  return { judgement: d.judgement as GradeJudgement, reason: localText(d.reason, lang) ?? '' };
}

/** The doc with the decision on `domain` set (reason in `lang`), or removed when `value` is undefined. */
export function setDecision(
  doc: GradeDoc,
  domain: GradeDomain,
  value: GradeDecision | undefined,
  lang: Language,
): GradeDoc {
  const { [domain]: old, ...rest } = doc;
  if (value === undefined) return rest;
  const reason = withText(record(old).reason, value.reason, lang);
  return { ...doc, [domain]: { ...record(old), judgement: value.judgement, reason } };
}

/** Domains decided without a reason: GRADE asks a reason for every decision, and the server refuses one without. */
export function decisionsWithoutReason(doc: GradeDoc): GradeDomain[] {
  return GRADE_DOMAINS.filter((domain) => {
    const d = record(doc[domain]);
    if (typeof d.judgement !== 'string') return false;
    const texts = typeof d.reason === 'string' ? [d.reason] : Object.values(record(d.reason));
    return !texts.some((t) => typeof t === 'string' && t.trim() !== '');
  });
}

/** The footnotes grade.yaml adds, in `lang`. */
export const footnotesOf = (doc: GradeDoc, lang: Language): string[] => localList(doc.footnotes, lang);

/** The doc as the GRADE functions read it (texts in `lang`). */
export function toEntry(doc: GradeDoc, lang: Language): GradeEntry {
  const decisions: GradeEntry['decisions'] = {};
  for (const domain of GRADE_DOMAINS) {
    const d = decisionOf(doc, domain, lang);
    if (d) decisions[domain] = d;
  }
  const entry: GradeEntry = {
    analysis: String(doc.analysis ?? ''),
    start: doc.start === 'low' ? 'low' : 'high',
    decisions,
    footnotes: footnotesOf(doc, lang),
  };
  if (typeof doc.assumedControl === 'number') entry.assumedControl = doc.assumedControl;
  const source = localText(doc.assumedControlSource, lang);
  if (source !== undefined) entry.assumedControlSource = source;
  return entry;
}
