/**
 * Record-level accuracy of a deduplication against true groups, counted so that it does not depend on which member of
 * a group is the one kept.
 *
 * A true group of n records holds n − 1 redundant records: those are the true duplicates, and they should be removed.
 * Every other record — a unique record, or the one record each true group should keep — is a true entity that should
 * survive. A predicted group G removes |G| − 1 records. If its members belong to e distinct true entities (true groups
 * or unique records), |G| − e of the removals are right (TP: a redundant copy folded into a record of the same
 * publication) and e − 1 are wrong (FP: a publication lost by being folded into another). So
 *
 *   TP = Σ_G (|G| − e_G),  FP = Σ_G (e_G − 1),  FN = (true duplicates) − TP,  TN = (true entities) − FP,
 *
 * sensitivity = TP / (TP + FN) and specificity = TN / (TN + FP). TP + FN is the number of true duplicates and TN + FP
 * the number of true entities, whatever was predicted. When every predicted group lies inside one true group this is
 * exactly "a removed true duplicate is a TP, a kept one an FN, a removed unique record an FP, a kept one a TN".
 */

export interface DedupAccuracy {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  /** TP / (TP + FN); 1 when there are no true duplicates. */
  sensitivity: number;
  /** TN / (TN + FP). */
  specificity: number;
}

/**
 * @example
 * // records a, b, c, d; truth: {a, b}; predicted: {a, b, c}
 * scoreDeduplication(['a', 'b', 'c', 'd'], [['a', 'b', 'c']], [['a', 'b']]);
 * // → { tp: 1, fn: 0, fp: 1, tn: 2, sensitivity: 1, specificity: 0.6667 (2/3) }
 */
export function scoreDeduplication(
  ids: readonly string[],
  predicted: readonly (readonly string[])[],
  truth: readonly (readonly string[])[],
): DedupAccuracy {
  const known = new Set(ids);
  const entity = new Map<string, string>();
  let trueDuplicates = 0;
  truth.forEach((group, k) => {
    const members = group.filter((id) => known.has(id));
    if (members.length > 1) trueDuplicates += members.length - 1;
    for (const id of members) entity.set(id, `group ${k}`);
  });
  const entities = ids.length - trueDuplicates;
  let tp = 0;
  let fp = 0;
  for (const group of predicted) {
    const distinct = new Set(group.map((id) => entity.get(id) ?? `record ${id}`));
    tp += group.length - distinct.size;
    fp += distinct.size - 1;
  }
  const fn = trueDuplicates - tp;
  const tn = entities - fp;
  return {
    tp,
    fn,
    fp,
    tn,
    sensitivity: trueDuplicates === 0 ? 1 : tp / trueDuplicates,
    specificity: entities === 0 ? 1 : tn / entities,
  };
}
