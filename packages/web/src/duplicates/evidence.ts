/**
 * A group's evidence turned into what the comparison table marks: for each record (a column) and each shown field
 * (a row), whether another record of the group agreed on it (equal, or similar: an abbreviation, a typo, a year
 * apart) or disagreed, with the words the deduplication wrote. Pure: no React, no DOM.
 *
 * The evidence is stored as the run wrote it (packages/server/src/jobs/dedup.ts): `{score, pairs: [{ids, score,
 * evidence: [{field, kind, detail, weight}], note?}]}`; a group merged by hand has `{manual: true}` and one split off
 * `{splitFrom}`. Anything else is read as no evidence.
 */

/** The rows of the comparison, in order; volume, issue and pages share one row. */
export const SHOWN_FIELDS = ['title', 'authors', 'journal', 'year', 'locator', 'doi', 'pmid'] as const;
export type ShownField = (typeof SHOWN_FIELDS)[number];

export type EvidenceKind = 'equal' | 'similar' | 'conflict';

export interface EvidenceItem {
  field: string;
  kind: EvidenceKind;
  detail: string;
  weight: number;
}

export interface EvidencePair {
  ids: [string, string];
  score: number;
  evidence: EvidenceItem[];
  note?: string;
}

/** What a group's evidence says, read defensively. */
export interface GroupEvidence {
  /** The weakest pair score that joined the group, when a run made it. */
  score: number | undefined;
  /** The pairs whose two records are both still in the group. */
  pairs: EvidencePair[];
  /** Merged by hand. */
  manual: boolean;
  /** Split off this group. */
  splitFrom: string | undefined;
}

/** A field of one record as the table marks it. */
export interface FieldMark {
  /** The strongest agreement with another record: equal, else similar; undefined when none. */
  match: 'equal' | 'similar' | undefined;
  /** Some other record disagrees on it. */
  conflict: boolean;
  /** The evidence words, "with ID: detail", for a tooltip and screen readers. */
  details: string[];
}

export type RowMarks = Partial<Record<ShownField, FieldMark>>;

const FIELD_ROW: Record<string, ShownField> = {
  title: 'title',
  authors: 'authors',
  journal: 'journal',
  year: 'year',
  volume: 'locator',
  issue: 'locator',
  pages: 'locator',
  doi: 'doi',
  pmid: 'pmid',
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

function readItem(x: unknown): EvidenceItem | undefined {
  if (!isObject(x) || typeof x.field !== 'string' || typeof x.detail !== 'string') return undefined;
  if (x.kind !== 'equal' && x.kind !== 'similar' && x.kind !== 'conflict') return undefined;
  return { field: x.field, kind: x.kind, detail: x.detail, weight: typeof x.weight === 'number' ? x.weight : 0 };
}

function readPair(x: unknown): EvidencePair | undefined {
  if (!isObject(x) || !Array.isArray(x.ids) || x.ids.length !== 2) return undefined;
  const [a, b] = x.ids;
  if (typeof a !== 'string' || typeof b !== 'string') return undefined;
  const items = Array.isArray(x.evidence) ? x.evidence.map(readItem) : [];
  return {
    ids: [a, b],
    score: typeof x.score === 'number' ? x.score : 0,
    evidence: items.filter((e): e is EvidenceItem => e !== undefined),
    ...(typeof x.note === 'string' ? { note: x.note } : {}),
  };
}

/**
 * The evidence of a group whose members are `members` (pairs with a record no longer in the group are left out).
 * @example
 * readEvidence({ score: 20, pairs: [{ ids: ['A', 'B'], score: 20, evidence: [] }] }, ['A', 'B']).pairs.length; // → 1
 * readEvidence({ manual: true }, ['A', 'B']); // → { score: undefined, pairs: [], manual: true, splitFrom: undefined }
 */
export function readEvidence(evidence: unknown, members: readonly string[]): GroupEvidence {
  if (!isObject(evidence)) return { score: undefined, pairs: [], manual: false, splitFrom: undefined };
  const pairs = (Array.isArray(evidence.pairs) ? evidence.pairs.map(readPair) : [])
    .filter((p): p is EvidencePair => p !== undefined)
    .filter((p) => members.includes(p.ids[0]) && members.includes(p.ids[1]));
  return {
    score: typeof evidence.score === 'number' ? evidence.score : undefined,
    pairs,
    manual: evidence.manual === true,
    splitFrom: typeof evidence.splitFrom === 'string' ? evidence.splitFrom : undefined,
  };
}

/**
 * The marks of one record's fields: every pair it is part of, folded field by field.
 * @example
 * const pairs = [{ ids: ['A', 'B'], score: 22, evidence: [{ field: 'doi', kind: 'equal', detail: 'the same DOI 10.1/x', weight: 12 }] }];
 * rowMarks(pairs, 'B').doi; // → { match: 'equal', conflict: false, details: ['with A: the same DOI 10.1/x'] }
 */
export function rowMarks(pairs: readonly EvidencePair[], recordId: string): RowMarks {
  const marks: RowMarks = {};
  for (const pair of pairs) {
    const other = pair.ids[0] === recordId ? pair.ids[1] : pair.ids[1] === recordId ? pair.ids[0] : undefined;
    if (other === undefined) continue;
    for (const item of pair.evidence) {
      const row = FIELD_ROW[item.field];
      if (!row) continue;
      const mark = marks[row] ?? { match: undefined, conflict: false, details: [] };
      marks[row] = mark;
      if (item.kind === 'conflict') mark.conflict = true;
      else if (item.kind === 'equal' || mark.match === undefined) mark.match = item.kind;
      mark.details.push(`${other}: ${item.detail}`);
    }
  }
  return marks;
}

/**
 * How many groups there are of each status, and in all.
 * @example
 * statusCounts([{ status: 'proposed' }, { status: 'proposed' }, { status: 'rejected' }]);
 * // → { all: 3, proposed: 2, confirmed: 0, rejected: 1 }
 */
export function statusCounts(groups: readonly { status: 'proposed' | 'confirmed' | 'rejected' }[]) {
  const counts = { all: groups.length, proposed: 0, confirmed: 0, rejected: 0 };
  for (const g of groups) counts[g.status] += 1;
  return counts;
}
