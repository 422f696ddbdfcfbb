/**
 * The order in which a reviewer sees the records still to screen. "ai": by @evidens/screen's default active-learning
 * model (TF-IDF features of title, abstract, keywords and MeSH) trained on the stage's final decisions so far, once
 * there is at least one include and one exclude to learn from (before that, in source order, and the answer says
 * why); "random": shuffled with a seed of the reviewer's own, stable between requests; "source": the records' own
 * order (file, position in it, id).
 */
import type { BibRecord } from '@evidens/biblio';
import { createLearner, DEFAULT_MODEL, deriveSeed, featurize, type ModelName } from '@evidens/screen';
import { fromJson } from '@evidens/store';
import { augment, type RecordText, splitScores, type WhyTerm, whyOf } from './explain.js';

export const ORDERS = ['ai', 'random', 'source'] as const;
export type QueueOrder = (typeof ORDERS)[number];

export interface Ranked {
  /** Index into the records given. */
  index: number;
  /** The model's score (higher: more likely relevant), or null without a model. */
  priority: number | null;
  /** The model's probability-like confidence that the record is relevant, 0 to 1 (see `confidenceOf`), or null. */
  confidence: number | null;
  /** The terms that add most to the score (explain.ts); filled by `explainRanked` for the records shown. */
  why: WhyTerm[];
}

/** The model behind an "ai" order: its name and the final decisions it learnt from. */
export interface ModelInfo {
  name: ModelName;
  relevant: number;
  irrelevant: number;
}

export interface Ranking {
  /** The order given: "source" when "ai" was asked for and there is no model yet. */
  order: QueueOrder;
  model: ModelInfo | null;
  /** Why there is no model, when "ai" was asked for and there is none; else null. */
  reason: string | null;
  items: Ranked[];
  /** Adds `why` to the items given (the slice a page shows: explaining costs a pass over each record's terms). */
  explain(items: readonly Ranked[]): Ranked[];
}

/** Training label of a final decision: include 1; exclude and not-retrieved 0; maybe and undecided none. */
const labelOf = (final: string | null | undefined): 0 | 1 | null =>
  final === 'include' ? 1 : final === 'exclude' || final === 'not-retrieved' ? 0 : null;

/**
 * A score as a probability-like confidence: the logistic function 1 / (1 + e^−s). For logistic regression (the
 * default model) s = w·x + b is the model's log-odds, so this is its own estimate of P(relevant | x); the classes are
 * weighted to balance (balance.ts), so it is the probability under equal priors, not the share of relevant records.
 * For naive Bayes s is the log-likelihood ratio with equal class priors, so the logistic of it is the posterior
 * P(relevant | x) under those priors. Either way it orders as the score does.
 */
export const confidenceOf = (score: number): number => 1 / (1 + Math.exp(-score));

/** FNV-1a, 32 bits: a text to a seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * `wanted` in a random order fixed by `seed`: each record's place comes from its id, not from its position in the
 * list, so the order of the records left stays the same as others are decided.
 */
export function randomOrder(ids: readonly string[], wanted: readonly number[], seed: string): number[] {
  const base = hash(seed);
  const key = new Map(wanted.map((i) => [i, deriveSeed(base, hash(ids[i]))]));
  return [...wanted].sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a - b);
}

const plain = (index: number): Ranked => ({ index, priority: null, confidence: null, why: [] });

/**
 * Ranks `wanted` (indexes into `records`) in `order`; `finalOf` gives each record's final decision at the stage and
 * `seed` fixes the random order (the review and the reviewer).
 *
 * @example
 * rank(records, [2, 3], (id) => finals.get(id), 'ai', 'review/SBL').items;
 * // [{ index: 3, priority: 0.81, confidence: 0.69, why: [] }, { index: 2, priority: -1.2, confidence: 0.23, why: [] }]
 */
export function rank(
  records: readonly { id: string; data: string }[],
  wanted: readonly number[],
  finalOf: (id: string) => string | null | undefined,
  order: QueueOrder,
  seed: string,
): Ranking {
  const none = (o: QueueOrder, items: number[], reason: string | null = null): Ranking => ({
    order: o,
    model: null,
    reason,
    items: items.map(plain),
    explain: (list) => [...list],
  });
  if (order === 'source') return none('source', [...wanted]);
  if (order === 'random')
    return none(
      'random',
      randomOrder(
        records.map((r) => r.id),
        wanted,
        seed,
      ),
    );
  const labels = records.map((r) => labelOf(finalOf(r.id)));
  const relevant = labels.filter((l) => l === 1).length;
  const irrelevant = labels.filter((l) => l === 0).length;
  if (relevant === 0 || irrelevant === 0)
    return none(
      'source',
      [...wanted],
      'the model needs at least one final include and one final exclude at this stage ' +
        `(has ${relevant} include${relevant === 1 ? '' : 's'}, ${irrelevant} exclude${irrelevant === 1 ? '' : 's'}); ` +
        'until then the queue is in source order',
    );
  const texts: RecordText[] = records.map((r) => {
    const { title, abstract, keywords, mesh } = fromJson<BibRecord>(r.data, `record ${r.id}`);
    return { title, abstract, keywords, mesh };
  });
  const { matrix, vocabulary } = featurize(texts);
  const learner = createLearner(DEFAULT_MODEL, augment(matrix));
  labels.forEach((label, i) => {
    if (label !== null) learner.setLabel(i, label);
  });
  learner.fit();
  const all = learner.scores(new Float64Array(matrix.rows + 1 + matrix.cols));
  const { scores, coefficients } = splitScores(all, matrix.rows);
  const items = wanted
    .map((index) => ({ index, priority: scores[index], confidence: confidenceOf(scores[index]), why: [] }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
  return {
    order: 'ai',
    model: { name: DEFAULT_MODEL, relevant, irrelevant },
    reason: null,
    items,
    explain: (list) =>
      list.map((r) => ({ ...r, why: whyOf(matrix, vocabulary.terms, coefficients, r.index, texts[r.index]) })),
  };
}
