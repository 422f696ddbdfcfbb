/**
 * Duplicate pairs to groups: the transitive closure of the duplicate relation (union–find), built from the strongest
 * pair down, with a guard against chaining. Joining two groups through one pair puts every member of the one with
 * every member of the other; if any of those pairs is distinct (a conference abstract and the journal article, each a
 * near-duplicate of a third record that blurs the two), the join is refused and the pair is returned as uncertain.
 * An erratum joined to its article through the citation in a title (notice-links.ts) is the exception: the other
 * copies of the article count as distinct from it only because it is a notice, and that does not block the join;
 * nor does it block another copy of the erratum from following it into the article's group. (Without such a link no
 * notice joins an article's group: the two are distinct.)
 */
import type { ScoredPair } from './types.js';

export interface Clustering {
  /** Groups of two or more input positions, each sorted, in order of their first member. */
  groups: number[][];
  /** For each group, the duplicate pairs inside it, strongest first. */
  pairs: ScoredPair[][];
  /** For each group, the score of its weakest joining pair. */
  scores: number[];
  /** Duplicate pairs whose join the guard refused, now uncertain. */
  refused: ScoredPair[];
}

const strongestFirst = (x: ScoredPair, y: ScoredPair) => y.score - x.score || x.a - y.a || x.b - y.b;

/**
 * Groups `n` records from their duplicate pairs. `pairOf(i, j)` scores any pair (the guard looks at pairs that were
 * not candidates); `isNotice(i)` says whether a record is an erratum, reply or other notice.
 * @example
 * // 0–1 and 1–2 are duplicates, but 0 and 2 are distinct:
 * clusterPairs(3, [p01, p12], pairOf); // → { groups: [[0, 1]], refused: [p12 as uncertain], … }
 */
export function clusterPairs(
  n: number,
  duplicates: readonly ScoredPair[],
  pairOf: (i: number, j: number) => ScoredPair,
  isNotice: (i: number) => boolean = () => false,
): Clustering {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const members = new Map<number, number[]>();
  const inside = new Map<number, ScoredPair[]>();
  const weakest = new Map<number, number>();
  const refused: ScoredPair[] = [];
  for (const pair of [...duplicates].sort(strongestFirst)) {
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) {
      inside.get(ra)!.push(pair);
      continue;
    }
    const ma = members.get(ra) ?? [pair.a];
    const mb = members.get(rb) ?? [pair.b];
    const blocker = firstDistinct(ma, mb, pairOf, isNoticeLink(pair) || (isNotice(pair.a) && isNotice(pair.b)));
    if (blocker) {
      refused.push({
        ...pair,
        decision: 'uncertain',
        note: `not merged: it would put ${blocker.ids[0]} and ${blocker.ids[1]} in one group, and they are distinct (score ${blocker.score})`,
      });
      continue;
    }
    const [root, other] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    parent[other] = root;
    members.set(root, [...ma, ...mb]);
    members.delete(other);
    inside.set(root, [...(inside.get(ra) ?? []), ...(inside.get(rb) ?? []), pair]);
    inside.delete(other);
    weakest.set(root, Math.min(pair.score, weakest.get(ra) ?? Infinity, weakest.get(rb) ?? Infinity));
    weakest.delete(other);
  }
  const roots = [...members.keys()].map((r) => ({ r, m: members.get(r)!.sort((x, y) => x - y) }));
  roots.sort((x, y) => x.m[0] - y.m[0]);
  return {
    groups: roots.map((x) => x.m),
    pairs: roots.map((x) => inside.get(x.r)!.sort(strongestFirst)),
    scores: roots.map((x) => weakest.get(x.r)!),
    refused,
  };
}

/** Whether a pair is joined by an erratum's citation of its article (or the article's of its erratum). */
function isNoticeLink(pair: ScoredPair): boolean {
  return pair.evidence.some((e) => e.rule === 'notice-link');
}

/** Whether a pair is a notice and an article whose titles otherwise agree. */
function noticeAndArticle(pair: ScoredPair): boolean {
  let notice = false;
  let titlesAgree = false;
  for (const e of pair.evidence) {
    if (e.field !== 'title') continue;
    if (e.rule === 'notice') notice = true;
    else if (e.kind !== 'conflict' && e.weight > 0) titlesAgree = true;
  }
  return notice && titlesAgree;
}

function firstDistinct(
  a: readonly number[],
  b: readonly number[],
  pairOf: (i: number, j: number) => ScoredPair,
  noticeLink: boolean,
): ScoredPair | undefined {
  for (const i of a) {
    for (const j of b) {
      const p = pairOf(i, j);
      if (p.decision === 'distinct' && !(noticeLink && noticeAndArticle(p))) return p;
    }
  }
  return undefined;
}
