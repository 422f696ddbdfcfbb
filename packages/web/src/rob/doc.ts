/**
 * A RoB 2 assessment as rob.yaml keeps it (the raw item: an answer may be the bare response `"NI"` or
 * `{answer, support}`, a support text or an override's reason plain or `{da, en}`), read and changed one answer at a
 * time without losing what the page does not edit (notes, other languages, unknown fields). Pure: no React, no DOM.
 */
import type { RobAnswer, RobAssessment, RobDomain, RobJudgement, RobResponse, RobVariant } from '@evidens/review';
import { localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';

/** The raw item: study, outcome, result, variant, answers, overrides, notes … */
export type RobDoc = Record<string, unknown>;

/** What an override is keyed by: a domain or the overall result. */
export type OverrideKey = RobDomain | 'overall';

const RESPONSES = new Set<string>(['Y', 'PY', 'PN', 'N', 'NI', 'NA']);

const record = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/** A text the page edits in one language: a `{da, en}` map keeps its other language; plain text is replaced. */
export function withText(old: unknown, text: string, lang: Language): unknown {
  const map = record(old);
  if (old && typeof old === 'object' && !Array.isArray(old)) return { ...map, [lang]: text };
  return text;
}

/**
 * The answer to question `id`: the response (undefined when unanswered) and its support text in `lang`.
 * @example
 * answerOf({ answers: { '1.2': 'NI' } }, '1.2', 'en'); // → { answer: 'NI', support: '' }
 */
export function answerOf(doc: RobDoc, id: string, lang: Language): { answer?: RobResponse; support: string } {
  const raw = record(doc.answers)[id];
  if (typeof raw === 'string')
    return RESPONSES.has(raw) ? { answer: raw as RobResponse, support: '' } : { support: '' };
  const a = record(raw);
  const support = localText(a.support, lang) ?? '';
  return typeof a.answer === 'string' && RESPONSES.has(a.answer)
    ? { answer: a.answer as RobResponse, support }
    : { support };
}

/** The doc with question `id` answered `answer` (its support text kept). */
export function setAnswer(doc: RobDoc, id: string, answer: RobResponse): RobDoc {
  const answers = record(doc.answers);
  const old = answers[id];
  const support = typeof old === 'object' ? record(old).support : undefined;
  const next = support === undefined || support === '' ? answer : { ...record(old), answer };
  return { ...doc, answers: { ...answers, [id]: next } };
}

/** The doc with question `id` unanswered (its support text dropped with it). */
export function clearAnswer(doc: RobDoc, id: string): RobDoc {
  const { [id]: _, ...rest } = record(doc.answers);
  return { ...doc, answers: rest };
}

/** The doc with the support text of question `id` set in `lang`; an empty text removes a plain support. */
export function setSupport(doc: RobDoc, id: string, text: string, lang: Language): RobDoc {
  const answers = record(doc.answers);
  const old = answers[id];
  const base = typeof old === 'string' ? { answer: old } : record(old);
  const support = withText(base.support, text, lang);
  const { support: _, ...without } = base;
  const next = support === '' ? without : { ...base, support };
  const bare = Object.keys(next).length === 1 && typeof next.answer === 'string';
  return { ...doc, answers: { ...answers, [id]: bare ? next.answer : next } };
}

/** The reviewer's override of `key`, with its reason in `lang`; undefined when there is none. */
export function overrideOf(
  doc: RobDoc,
  key: OverrideKey,
  lang: Language,
): { judgement: RobJudgement; reason: string } | undefined {
  const o = record(record(doc.overrides)[key]);
  if (typeof o.judgement !== 'string') return undefined;
  return { judgement: o.judgement as RobJudgement, reason: localText(o.reason, lang) ?? '' };
}

/** The doc with `key` overridden (judgement and reason in `lang`), or the override removed when `value` is undefined. */
export function setOverride(
  doc: RobDoc,
  key: OverrideKey,
  value: { judgement: RobJudgement; reason: string } | undefined,
  lang: Language,
): RobDoc {
  const { [key]: old, ...rest } = record(doc.overrides);
  if (value === undefined) return { ...doc, overrides: rest };
  const reason = withText(record(old).reason, value.reason, lang);
  return { ...doc, overrides: { ...rest, [key]: { ...record(old), judgement: value.judgement, reason } } };
}

/**
 * The overrides whose reason is empty: RoB 2 lets a reviewer change a proposed judgement only with a reason, and the
 * server refuses the doc without one, so the page says so before saving.
 */
export function overridesWithoutReason(doc: RobDoc): OverrideKey[] {
  return Object.entries(record(doc.overrides))
    .filter(([, o]) => {
      const reason = record(o).reason;
      const texts = typeof reason === 'string' ? [reason] : Object.values(record(reason));
      return !texts.some((t) => typeof t === 'string' && t.trim() !== '');
    })
    .map(([key]) => key as OverrideKey);
}

/** The variant the assessment is made with: its own, else crossover for a crossover study. */
export function variantOf(doc: RobDoc, design: string | undefined): RobVariant {
  if (doc.variant === 'parallel' || doc.variant === 'crossover') return doc.variant;
  return design === 'crossover' ? 'crossover' : 'parallel';
}

/** The doc as the algorithm reads it (texts in `lang`), for {@link assessRob2} as the answers change. */
export function toAssessment(doc: RobDoc, lang: Language): RobAssessment {
  const answers: Record<string, RobAnswer> = {};
  for (const id of Object.keys(record(doc.answers))) {
    const { answer, support } = answerOf(doc, id, lang);
    if (answer) answers[id] = support ? { answer, support } : { answer };
  }
  const overrides: RobAssessment['overrides'] = {};
  for (const key of Object.keys(record(doc.overrides))) {
    const o = overrideOf(doc, key as OverrideKey, lang);
    if (o) overrides[key as OverrideKey] = o;
  }
  const out: RobAssessment = {
    study: String(doc.study ?? ''),
    outcome: String(doc.outcome ?? ''),
    answers,
    overrides,
  };
  if (typeof doc.result === 'string') out.result = doc.result;
  if (doc.variant === 'parallel' || doc.variant === 'crossover') out.variant = doc.variant;
  return out;
}
