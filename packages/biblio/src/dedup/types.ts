/**
 * The shapes deduplication works with and returns: evidence items, scored pairs, duplicate groups, uncertain pairs,
 * the merged records, the statistics, and the options with their defaults.
 */
import type { BibRecord, RecordSource } from '../record.js';

export const EVIDENCE_FIELDS = [
  'doi',
  'pmid',
  'title',
  'authors',
  'year',
  'journal',
  'volume',
  'issue',
  'pages',
  'kind',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** One observation about a pair of records, and what it adds to (or takes from) their score. */
export interface Evidence {
  field: EvidenceField;
  /** `equal`: the same value; `similar`: close enough to count for (a typo, an abbreviation, a year apart); `conflict`: counts against. */
  kind: 'equal' | 'similar' | 'conflict';
  /** What was seen, for a person: "first page 288 in both", "years 2003 and 2006". */
  detail: string;
  /** Points this item adds to the pair's score (negative for a conflict). */
  weight: number;
  /**
   * Set on the items the chaining guard looks for: `notice`, one record is an erratum or another notice and the other
   * is not; `notice-link`, a title cites the other record's place (an erratum and its article).
   */
  rule?: 'notice' | 'notice-link';
}

export type Decision = 'duplicate' | 'uncertain' | 'distinct';

/** A compared pair of records. */
export interface ScoredPair {
  /** Input positions of the two records, `a < b`. */
  a: number;
  b: number;
  /** Their ids. */
  ids: [string, string];
  /** Sum of the evidence weights. */
  score: number;
  decision: Decision;
  evidence: Evidence[];
  /** Why the decision is not what the score alone says (a record without a title, a chaining guard), if so. */
  note?: string;
}

/** A set of records found to be one publication. */
export interface DuplicateGroup {
  /**
   * Ids in input order, notices (an erratum tied to its article) last; the first is the record kept (the
   * representative).
   */
  ids: string[];
  /** Input positions, in the same order. */
  indices: number[];
  /** The weakest of the pair scores that joined the group (a group is as sure as its weakest link). */
  score: number;
  /** The duplicate pairs within the group, with their evidence, strongest first. */
  pairs: ScoredPair[];
  /** The group merged into one record. */
  merged: MergedRecord;
}

/** A pair that a person should look at: in the grey zone, or kept apart by the chaining guard. Never merged. */
export type UncertainPair = ScoredPair;

/** A record of the deduplicated output: the merge of a group, or a record that had no duplicate. */
export type MergedRecord = BibRecord & {
  /** Every record this one stands for, the kept one first: ids and where each came from. */
  mergedFrom: { id: string; source: RecordSource }[];
};

export interface DedupStats {
  /** Records in. */
  records: number;
  /** Distinct pairs proposed by blocking. */
  candidatePairs: number;
  /** Pairs scored, including pairs the chaining guard looked at beyond the candidates. */
  comparedPairs: number;
  /** Candidate pairs decided duplicate. */
  duplicatePairs: number;
  groups: number;
  /** Records folded into another one: records − merged records. */
  removed: number;
  uncertainPairs: number;
  /** Records without a title (they are merged only through an identical DOI or PMID). */
  withoutTitle: number;
}

export interface DedupResult {
  groups: DuplicateGroup[];
  uncertain: UncertainPair[];
  /** One record per group and one per record without duplicates, in input order of their kept record. */
  merged: MergedRecord[];
  stats: DedupStats;
  /** Problems with the input that did not stop the run (ids that repeat). */
  warnings: string[];
}

export interface DedupOptions {
  /** A pair scoring at least this is a duplicate. Default 12.5. */
  duplicateAt?: number;
  /** A pair scoring at least this (and below `duplicateAt`) is uncertain and returned for a person. Default 6. */
  uncertainAt?: number;
  /** Sorted-neighbourhood window: each record is compared with the next `window − 1` in title order. Default 6. */
  window?: number;
  /** Keyed blocks larger than this are compared by window instead of all pairs. Default 40. */
  maxBlock?: number;
}

export const DEFAULT_OPTIONS: Required<DedupOptions> = { duplicateAt: 12.5, uncertainAt: 6, window: 6, maxBlock: 40 };
