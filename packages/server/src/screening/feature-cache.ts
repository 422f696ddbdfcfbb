/**
 * The TF-IDF features of a stage's records, kept between requests. Building them is most of the cost of an AI-ordered
 * queue (reading and parsing every record, tokenising, stemming, weighting: seconds at 10,000 records), while the
 * model on top of them is fitted and every record scored in milliseconds. The features depend only on the stage's
 * records, which an import, a confirmed duplicate or a title/abstract decision that passes a record to full text
 * changes: the entry is keyed on the ids of the records, in order, and made anew when they change. Records are never
 * edited in place, so the same ids mean the same texts. A few stages are kept, the least recently used dropped first.
 */
import type { BibRecord } from '@evidens/biblio';
import { featurize, type SparseMatrix } from '@evidens/screen';
import { fromJson } from '@evidens/store';
import { augment, type RecordText } from './explain.js';

/** What the model of a stage is fitted on. */
export interface StageFeatures {
  /** The fields each record's features were made of (to show the record's own words for a term). */
  texts: RecordText[];
  matrix: SparseMatrix;
  /** Term of each column. */
  terms: readonly string[];
  /** `matrix` with the rows that read the coefficients off a learner's scores (explain.ts). */
  augmented: SparseMatrix;
}

/** Stages whose features are kept (each is about 25 MB at 10,000 records). */
export const KEPT_STAGES = 6;

interface Entry {
  ids: string;
  features: Promise<StageFeatures>;
}

const entries = new Map<string, Entry>();
let built = 0;

/**
 * The features of the records `ids` of a stage (`scope`: the review and the stage), from the cache when the stage has
 * the same records as when they were built, else from `load()` (the records' stored JSON, in the order of `ids`).
 * Two requests that miss at once share one build.
 *
 * @example
 * const f = await stageFeatures('review-1\ntitle-abstract', ids, () => loadRecords());
 * f.matrix.rows === ids.length; // true
 */
export function stageFeatures(
  scope: string,
  ids: readonly string[],
  load: () => Promise<readonly { id: string; data: string }[]>,
): Promise<StageFeatures> {
  const key = ids.join('\n');
  const hit = entries.get(scope);
  if (hit && hit.ids === key) {
    // Most recently used last.
    entries.delete(scope);
    entries.set(scope, hit);
    return hit.features;
  }
  const features = build(load);
  entries.delete(scope);
  entries.set(scope, { ids: key, features });
  // A failed build is not kept: the next request tries again.
  features.catch(() => {
    if (entries.get(scope)?.features === features) entries.delete(scope);
  });
  while (entries.size > KEPT_STAGES) entries.delete(entries.keys().next().value as string);
  return features;
}

async function build(load: () => Promise<readonly { id: string; data: string }[]>): Promise<StageFeatures> {
  const records = await load();
  const texts: RecordText[] = records.map((r) => {
    const { title, abstract, keywords, mesh } = fromJson<BibRecord>(r.data, `record ${r.id}`);
    return { title, abstract, keywords, mesh };
  });
  const { matrix, vocabulary } = featurize(texts);
  built++;
  return { texts, matrix, terms: vocabulary.terms, augmented: augment(matrix) };
}

/** Drops the kept features of every stage whose scope starts with `prefix` (a review's id and a newline), or all. */
export function forgetFeatures(prefix = ''): void {
  for (const scope of [...entries.keys()]) if (scope.startsWith(prefix)) entries.delete(scope);
}

/** How many times features were built since the process started (for tests of the cache). */
export function featureBuilds(): number {
  return built;
}
