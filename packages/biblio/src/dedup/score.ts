/**
 * A pair's score and decision: the sum of its evidence weights, compared with two thresholds. At or above
 * `duplicateAt` the pair is a duplicate; at or above `uncertainAt` it is uncertain, for a person to decide; below, the
 * records are distinct. A record without a title is never merged on bibliographic details alone — author, year,
 * volume and page agree for a letter and the reply printed beside it — so without a shared DOI or PMID such a pair is
 * at most uncertain.
 */
import { collectEvidence, HOPELESS_TITLE } from './evidence.js';
import type { MatchRecord } from './prepare.js';
import { compareTitles } from './title-similarity.js';
import type { Decision, ScoredPair } from './types.js';
import { titlePoints } from './weights.js';

export interface Thresholds {
  duplicateAt: number;
  uncertainAt: number;
}

/**
 * The decision for a score.
 * @example
 * decide(20, { duplicateAt: 12.5, uncertainAt: 6 }); // → 'duplicate'
 * decide(10, { duplicateAt: 12.5, uncertainAt: 6 }); // → 'uncertain'
 */
export function decide(score: number, t: Thresholds): Decision {
  if (score >= t.duplicateAt) return 'duplicate';
  return score >= t.uncertainAt ? 'uncertain' : 'distinct';
}

/**
 * Scores records `a` and `b` (prepared, with their ids). With `decisionOnly`, a pair that cannot reach `uncertainAt`
 * is given up before its costly fields are compared: its decision (distinct) is right, its score and evidence are
 * then incomplete.
 * @example
 * scorePair(prepared[0], prepared[1], ids, { duplicateAt: 12.5, uncertainAt: 6 });
 * // → { a: 0, b: 1, ids: ['id1', 'id2'], score: 24, decision: 'duplicate', evidence: [...] }
 */
export function scorePair(
  a: MatchRecord,
  b: MatchRecord,
  ids: readonly string[],
  t: Thresholds,
  decisionOnly = false,
): ScoredPair {
  if (a.index > b.index) [a, b] = [b, a];
  const evidence = collectEvidence(a, b, decisionOnly ? t.uncertainAt : Number.NEGATIVE_INFINITY);
  let score = 0;
  for (const e of evidence) score += e.weight;
  score = Math.round(score * 100) / 100;
  let decision = decide(score, t);
  const pair: ScoredPair = { a: a.index, b: b.index, ids: [ids[a.index], ids[b.index]], score, decision, evidence };
  if (decision === 'duplicate' && (!a.title || !b.title)) {
    const sharedId = evidence.some(
      (e) => (e.field === 'doi' || e.field === 'pmid') && e.kind === 'equal' && e.weight > 0,
    );
    if (!sharedId) {
      decision = 'uncertain';
      pair.decision = decision;
      pair.note = 'a record without a title is merged only through a shared DOI or PMID';
    }
  }
  return pair;
}

/**
 * Whether a pair is distinct whatever its other fields say, decided from the titles alone: titles that share too
 * little (below the similarity at which evidence stops being collected) and no DOI or PMID in common. Saves building
 * the evidence of the many candidate pairs that blocking proposes and that have nothing in common.
 * @example
 * clearlyDistinct(prepared[0], prepared[1], { duplicateAt: 12.5, uncertainAt: 6 }); // → true for unrelated titles
 */
export function clearlyDistinct(a: MatchRecord, b: MatchRecord, t: Thresholds): boolean {
  if ((a.doi !== undefined && a.doi === b.doi) || (a.pmid !== undefined && a.pmid === b.pmid)) return false;
  const title = compareTitles(a, b);
  if (title === undefined || title.contained || title.value >= HOPELESS_TITLE) return false;
  // Without a shared identifier the evidence of such a pair is the title's points and conflicts only.
  return titlePoints(title.value) < t.uncertainAt;
}
