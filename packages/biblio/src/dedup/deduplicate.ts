/**
 * Deduplication of bibliographic records, in four phases: prepare each record for matching (prepare.ts), propose
 * candidate pairs by blocking (blocking.ts), score each candidate with its evidence and decide duplicate, uncertain or
 * distinct (score.ts), and group the duplicates with a guard against chaining (groups.ts), merging each group into
 * one record (merge.ts). Uncertain pairs are returned for a person to decide and are never merged.
 */
import type { BibRecord } from '../record.js';
import { candidatePairs } from './blocking.js';
import { clusterPairs } from './groups.js';
import { mergeRecords } from './merge.js';
import { type MatchRecord, newPrepareCache, prepareRecord } from './prepare.js';
import { clearlyDistinct, scorePair } from './score.js';
import {
  DEFAULT_OPTIONS,
  type DedupOptions,
  type DedupResult,
  type DuplicateGroup,
  type MergedRecord,
  type ScoredPair,
} from './types.js';

const OPTION_NAMES = Object.keys(DEFAULT_OPTIONS);

function checkOptions(options: DedupOptions): Required<DedupOptions> {
  for (const key of Object.keys(options)) {
    if (!OPTION_NAMES.includes(key))
      throw new RangeError(`deduplicate: unknown option ${key} (options: ${OPTION_NAMES.join(', ')})`);
  }
  const o = { ...DEFAULT_OPTIONS, ...options };
  for (const key of ['duplicateAt', 'uncertainAt'] as const) {
    if (!Number.isFinite(o[key])) throw new RangeError(`deduplicate: ${key} must be a finite number (got ${o[key]})`);
  }
  if (o.uncertainAt > o.duplicateAt)
    throw new RangeError(
      `deduplicate: uncertainAt must not exceed duplicateAt (got ${o.uncertainAt} > ${o.duplicateAt})`,
    );
  if (!Number.isInteger(o.window) || o.window < 2)
    throw new RangeError(`deduplicate: window must be a whole number ≥ 2 (got ${o.window})`);
  if (!Number.isInteger(o.maxBlock) || o.maxBlock < 2)
    throw new RangeError(`deduplicate: maxBlock must be a whole number ≥ 2 (got ${o.maxBlock})`);
  return o;
}

function repeatedIds(records: readonly BibRecord[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) repeated.add(r.id);
    seen.add(r.id);
  }
  if (repeated.size === 0) return [];
  const list = [...repeated];
  const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? ` and ${list.length - 5} more` : '');
  return [`record ids are not unique (${shown}); groups also give input positions (indices) to tell them apart`];
}

/**
 * Finds duplicate records, groups them and merges each group.
 * @example
 * const { groups, uncertain, merged, stats } = deduplicate(records);
 * groups[0].ids;          // → ['id_0000001', 'id_0000002', 'id_0000003']
 * groups[0].pairs[0].evidence[0]; // → { field: 'title', kind: 'equal', detail: 'the same title', weight: 10 }
 * merged.length;          // → records.length − stats.removed
 */
export function deduplicate(records: readonly BibRecord[], options: DedupOptions = {}): DedupResult {
  const o = checkOptions(options);
  const cache = newPrepareCache();
  const prepared: MatchRecord[] = records.map((r, i) => prepareRecord(r, i, cache));
  const ids = records.map((r) => r.id);
  const n = records.length;
  const keys = candidatePairs(prepared, o);
  // Only pairs that are not distinct are kept; the chaining guard scores again what it needs.
  const kept = new Map<number, ScoredPair>();
  const duplicates: ScoredPair[] = [];
  const uncertain: ScoredPair[] = [];
  for (const key of keys) {
    const i = Math.floor(key / n);
    const j = key - i * n;
    if (clearlyDistinct(prepared[i], prepared[j], o)) continue;
    const pair = scorePair(prepared[i], prepared[j], ids, o, true);
    if (pair.decision === 'distinct') continue;
    kept.set(key, pair);
    if (pair.decision === 'duplicate') duplicates.push(pair);
    else uncertain.push(pair);
  }
  let extra = 0;
  const pairOf = (i: number, j: number): ScoredPair => {
    const key = i < j ? i * n + j : j * n + i;
    let pair = kept.get(key);
    if (!pair) {
      pair = scorePair(prepared[i], prepared[j], ids, o);
      kept.set(key, pair);
      extra++;
    }
    return pair;
  };
  const isNotice = (i: number) => prepared[i].title?.notice !== undefined;
  const clustering = clusterPairs(n, duplicates, pairOf, isNotice);
  const groupOf = new Int32Array(n).fill(-1);
  clustering.groups.forEach((g, k) => {
    for (const i of g) groupOf[i] = k;
  });
  const groups: DuplicateGroup[] = clustering.groups.map((sorted, k) => {
    // An erratum joined to its article is kept as a source of the group, not as the record kept or merged from.
    const g = [...sorted.filter((i) => !isNotice(i)), ...sorted.filter(isNotice)];
    const notices = g.filter(isNotice).length;
    return {
      ids: g.map((i) => ids[i]),
      indices: g,
      score: clustering.scores[k],
      pairs: clustering.pairs[k],
      merged: mergeRecords(
        g.map((i) => records[i]),
        notices < g.length ? notices : 0,
      ),
    };
  });
  // A pair is still open when its records did not end up in one group.
  const open = [...uncertain, ...clustering.refused].filter((p) => groupOf[p.a] < 0 || groupOf[p.a] !== groupOf[p.b]);
  open.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const merged: MergedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const k = groupOf[i];
    if (k < 0) merged.push({ ...records[i], mergedFrom: [{ id: records[i].id, source: records[i].source }] });
    else if (groups[k].indices[0] === i) merged.push(groups[k].merged);
  }
  return {
    groups,
    uncertain: open,
    merged,
    stats: {
      records: n,
      candidatePairs: keys.length,
      comparedPairs: keys.length + extra,
      duplicatePairs: duplicates.length,
      groups: groups.length,
      removed: n - merged.length,
      uncertainPairs: open.length,
      withoutTitle: prepared.filter((p) => !p.title).length,
    },
    warnings: repeatedIds(records),
  };
}
