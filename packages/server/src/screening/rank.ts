/**
 * The order in which a reviewer sees the records still to screen: by @evidens/screen's default active-learning model
 * (TF-IDF features of title, abstract, keywords and MeSH) trained on the stage's final decisions so far, once there
 * is at least one include and one exclude to learn from; before that, in the records' own order.
 */
import type { BibRecord } from '@evidens/biblio';
import { createLearner, DEFAULT_MODEL, featurize } from '@evidens/screen';
import { fromJson } from '@evidens/store';

export interface Ranked {
  /** Index into the records given. */
  index: number;
  /** The model's score (higher: more likely relevant; ranks, not a probability), or null without a model. */
  priority: number | null;
}

/** Training label of a final decision: include 1; exclude and not-retrieved 0; maybe and undecided none. */
const labelOf = (final: string | null | undefined): 0 | 1 | null =>
  final === 'include' ? 1 : final === 'exclude' || final === 'not-retrieved' ? 0 : null;

/**
 * Ranks `wanted` (indexes into `records`) best first; `finals` gives each record's final decision at the stage.
 *
 * @example
 * rank(records, [2, 3], (id) => finals.get(id)); // [{ index: 3, priority: 0.81 }, { index: 2, priority: -1.2 }]
 */
export function rank(
  records: readonly { id: string; data: string }[],
  wanted: readonly number[],
  finalOf: (id: string) => string | null | undefined,
): Ranked[] {
  const labels = records.map((r) => labelOf(finalOf(r.id)));
  if (!(labels.includes(1) && labels.includes(0))) return wanted.map((index) => ({ index, priority: null }));
  const texts = records.map((r) => {
    const { title, abstract, keywords, mesh } = fromJson<BibRecord>(r.data, `record ${r.id}`);
    return { title, abstract, keywords, mesh };
  });
  const { matrix } = featurize(texts);
  const learner = createLearner(DEFAULT_MODEL, matrix);
  labels.forEach((label, i) => {
    if (label !== null) learner.setLabel(i, label);
  });
  learner.fit();
  const scores = learner.scores(new Float64Array(records.length));
  return wanted
    .map((index) => ({ index, priority: scores[index] }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
}
