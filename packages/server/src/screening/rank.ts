/**
 * The order in which a reviewer sees the records still to screen. "ai": by @evidens/screen's default active-learning
 * model (TF-IDF features of title, abstract, keywords and MeSH) trained on what this reviewer may learn from at the
 * stage — the final decisions, and while a record waits for its second reviewer, the reviewer's own decision, never
 * another reviewer's — once there is at least one include and one exclude (before that, in source order, and the
 * answer says why); "random": shuffled with a seed of the reviewer's own, stable between requests; "source": the
 * records' own order (file, position in it, id). The features are kept between requests (feature-cache.ts); the
 * model is fitted afresh on each, so the order is the same as if nothing were kept.
 */
import { createLearner, DEFAULT_MODEL, deriveSeed, type ModelName } from '@evidens/screen';
import { splitScores, type WhyTerm, whyOf } from './explain.js';
import { stageFeatures } from './feature-cache.js';

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

/** Training label of a decision: include 1; exclude and not-retrieved 0; maybe and undecided none. */
const labelOf = (decision: string | null | undefined): 0 | 1 | null =>
  decision === 'include' ? 1 : decision === 'exclude' || decision === 'not-retrieved' ? 0 : null;

/**
 * What a reviewer's model learns from a record: its final decision at the stage, or while there is none, the
 * reviewer's own decision (blind dual screening: the other reviewer's never).
 * @example
 * trainingLabel(null, 'include');     // 1: my own include, waiting for the second reviewer
 * trainingLabel('exclude', 'include'); // 0: the consensus stands
 */
export function trainingLabel(final: string | null | undefined, own: string | null | undefined): 0 | 1 | null {
  return final ? labelOf(final) : labelOf(own);
}

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

/** What `rank` needs: the stage's records and this reviewer's view of them. */
export interface RankInput {
  /** The review and the stage, naming the kept features. */
  scope: string;
  /** The ids of the stage's records, in the records' order. */
  ids: readonly string[];
  /** The records still to screen for this reviewer (indexes into `ids`). */
  wanted: readonly number[];
  /** The training label of each record (`trainingLabel`). */
  labelOf: (index: number) => 0 | 1 | null;
  order: QueueOrder;
  /** Fixes the random order (the review and the reviewer). */
  seed: string;
  /** The records' stored JSON, in the order of `ids`, read only when the features are not kept. */
  load: () => Promise<readonly { id: string; data: string }[]>;
}

/**
 * Ranks the records still to screen in the order asked for.
 *
 * @example
 * (await rank({ scope, ids, wanted: [2, 3], labelOf, order: 'ai', seed: 'review/SBL', load })).items;
 * // [{ index: 3, priority: 0.81, confidence: 0.69, why: [] }, { index: 2, priority: -1.2, confidence: 0.23, why: [] }]
 */
export async function rank(input: RankInput): Promise<Ranking> {
  const { ids, wanted, order } = input;
  const none = (o: QueueOrder, items: number[], reason: string | null = null): Ranking => ({
    order: o,
    model: null,
    reason,
    items: items.map(plain),
    explain: (list) => [...list],
  });
  if (order === 'source') return none('source', [...wanted]);
  if (order === 'random') return none('random', randomOrder(ids, wanted, input.seed));
  const labels = ids.map((_, i) => input.labelOf(i));
  const relevant = labels.filter((l) => l === 1).length;
  const irrelevant = labels.filter((l) => l === 0).length;
  if (relevant === 0 || irrelevant === 0)
    return none(
      'source',
      [...wanted],
      'the model needs at least one include and one exclude at this stage, final or your own ' +
        `(has ${relevant} include${relevant === 1 ? '' : 's'}, ${irrelevant} exclude${irrelevant === 1 ? '' : 's'}); ` +
        'until then the queue is in source order',
    );
  const { texts, matrix, terms, augmented } = await stageFeatures(input.scope, ids, input.load);
  const learner = createLearner(DEFAULT_MODEL, augmented);
  labels.forEach((label, i) => {
    if (label !== null) learner.setLabel(i, label);
  });
  learner.fit();
  const all = learner.scores(new Float64Array(augmented.rows));
  const { scores, coefficients } = splitScores(all, matrix.rows);
  const items = wanted
    .map((index) => ({ index, priority: scores[index], confidence: confidenceOf(scores[index]), why: [] }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
  return {
    order: 'ai',
    model: { name: DEFAULT_MODEL, relevant, irrelevant },
    reason: null,
    items,
    explain: (list) => list.map((r) => ({ ...r, why: whyOf(matrix, terms, coefficients, r.index, texts[r.index]) })),
  };
}
