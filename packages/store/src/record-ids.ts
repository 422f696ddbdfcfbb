/**
 * The ids records take in a review. A reader gives each record the file's own id (a PMID, a RIS ID, a BibTeX key) or,
 * without one, `file#n` from the name it was read under. A review needs them unique, it keeps every record of every
 * file (PRISMA counts each search's records, and duplicates are for deduplication to find, with evidence), and a
 * record's id must be the same whichever way its file came in: uploaded (read under the name given, stored under a
 * free one such as `records/embase-2.ris`) or read from a review folder.
 *
 * So: a record's own id is the reader's, with `name#n` following the name the file is stored under; it keeps that id
 * unless an earlier record of the review has it (the same PMID in two searches, a RIS ID repeated in a file, two
 * EndNote exports numbering their records from 1), and then takes its place in its file, `file#n`. "Earlier" is the
 * order the files came in. A folder cannot show that order, so it lists the records whose id is not the one reading
 * its files in order (see {@link byPath}) would give, in `record-ids.csv` (file, record number, id), written with the
 * folder and read with it.
 */
import type { BibRecord } from '@evidens/biblio';
import { type CsvFile, type ReviewIssue, toCsv } from '@evidens/review';

/** The name records take their `file#n` ids from: the stored file's, without its folder and a .gz ending. */
export const storedName = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.gz$/i, '');

/**
 * The records' own ids, read under the name `readAs` from the file stored at `path`: the reader's ids, with those
 * made from `readAs` made from the stored name instead.
 *
 * @example
 * ownIds([{ id: 'x.ris#1' }, { id: '7' }], 'records/x-2.ris', 'x.ris'); // → ['x-2.ris#1', '7']
 */
export function ownIds(records: readonly Pick<BibRecord, 'id'>[], path: string, readAs: string): string[] {
  const stored = storedName(path);
  const prefix = `${readAs}#`;
  if (stored === readAs) return records.map((r) => r.id);
  return records.map((r) => (r.id.startsWith(prefix) ? `${stored}#${r.id.slice(prefix.length)}` : r.id));
}

/**
 * The review ids of one file's records, given their own ids and the ids the review has already (`taken`, to which
 * the new ids are added): the own id when it is free, else the record's place in its file, `file#n` (n from 1).
 *
 * @example
 * const taken = new Set(['7']);
 * reviewIds(['7', '8', '8'], 'records/b.ris', taken); // → ['b.ris#1', '8', 'b.ris#3']
 */
export function reviewIds(own: readonly string[], path: string, taken: Set<string>): string[] {
  return own.map((id, position) => {
    const chosen = taken.has(id) ? freePlace(path, position, taken) : id;
    taken.add(chosen);
    return chosen;
  });
}

/** `file#n` for the record at `position`, or (only an own id written like a place can hold it) `file#n.k`. */
function freePlace(path: string, position: number, taken: ReadonlySet<string>): string {
  const place = `${storedName(path)}#${position + 1}`;
  let chosen = place;
  for (let k = 2; taken.has(chosen); k++) chosen = `${place}.${k}`;
  return chosen;
}

/**
 * The record as stored: with its own id, first, so that the id can be read from the start of its JSON
 * (storedRecordIds) without parsing the rest.
 *
 * @example
 * withOwnId({ title: 'T', id: 'x.ris#1', authors: [] }, 'x-2.ris#1'); // → { id: 'x-2.ris#1', title: 'T', authors: [] }
 */
export function withOwnId<T extends { id: string }>(record: T, own: string): T {
  const { id: _, ...rest } = record;
  return { id: own, ...rest } as T;
}

/** One records file of a folder, in the order of reading: its path and its records' own ids. */
export interface FolderRecordsFile {
  path: string;
  own: readonly string[];
}

/**
 * The review ids of a folder's records: as {@link reviewIds} gives them file by file in the order given, then the
 * ids `listed` (by file, then 0-based position; from record-ids.csv) put in their places — the listing holds exactly
 * the ids that differ from that reading, so each record gets the id it had. A listing edited by hand could give an
 * id twice: the later record then takes a free place in its file, so that no record is lost.
 */
export function folderIds(
  files: readonly FolderRecordsFile[],
  listed: ReadonlyMap<string, ReadonlyMap<number, string>> = new Map(),
): string[][] {
  const taken = new Set<string>();
  const read = files.map((file) => reviewIds(file.own, file.path, taken));
  if (listed.size === 0) return read;
  const placed = read.map((ids, k) => {
    const mine = listed.get(files[k].path);
    return mine === undefined ? ids : ids.map((id, position) => mine.get(position) ?? id);
  });
  const all = new Set(placed.flat());
  const seen = new Set<string>();
  return placed.map((ids, k) =>
    ids.map((id, position) => {
      const chosen = seen.has(id) ? freePlace(files[k].path, position, all) : id;
      seen.add(chosen);
      all.add(chosen);
      return chosen;
    }),
  );
}

/** A stored record as the listing of ids needs it. */
export interface StoredRecordId {
  /** Its records file (relative to the folder). */
  file: string;
  /** 0-based position in the file. */
  position: number;
  /** Its id in the review. */
  id: string;
  /** Its own id (see {@link ownIds}). */
  own: string;
}

/** The name of the listing in a review folder. */
export const RECORD_IDS_FILE = 'record-ids.csv';

/**
 * record-ids.csv for the stored records: the records whose id reading the folder's files in order ({@link byPath})
 * would not give, or undefined when there are none (the folder alone gives every id).
 *
 * @example
 * // b.ris stored first with ID 1, then a.ris with ID 1 too: a's record is a.ris#1 in the review.
 * recordIdsCsv([{ file: 'records/b.ris', position: 0, id: '1', own: '1' },
 *               { file: 'records/a.ris', position: 0, id: 'a.ris#1', own: '1' }]);
 * // → 'file,record,id\nrecords/a.ris,1,a.ris#1\nrecords/b.ris,1,1\n'
 */
export function recordIdsCsv(records: readonly StoredRecordId[]): string | undefined {
  const byFile = new Map<string, StoredRecordId[]>();
  for (const r of records) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  const paths = [...byFile.keys()].sort(byPath);
  const files = paths.map((path) => {
    const list = byFile.get(path)!.sort((a, b) => a.position - b.position);
    // Positions are 0 to n - 1 in a file read whole; a gap (a record the reader no longer makes out) keeps its place.
    const own: string[] = [];
    for (const r of list) own[r.position] = r.own;
    for (let i = 0; i < own.length; i++) own[i] ??= `${storedName(path)}#${i + 1}`;
    return { path, own, list };
  });
  const derived = folderIds(files);
  const rows: Record<string, string>[] = [];
  files.forEach((file, k) => {
    for (const r of file.list) {
      if (derived[k][r.position] !== r.id) rows.push({ file: file.path, record: String(r.position + 1), id: r.id });
    }
  });
  return rows.length === 0 ? undefined : toCsv(['file', 'record', 'id'], rows);
}

/**
 * The ids record-ids.csv lists, by file and 0-based position, for records files holding `counts` records each. A row
 * without a file, a record number or an id, with a record the file does not have, or with an id listed before, is
 * reported (naming its line) and left out.
 */
export function listedIds(
  csv: CsvFile | undefined,
  counts: ReadonlyMap<string, number>,
  issues: ReviewIssue[],
): Map<string, Map<number, string>> {
  const listed = new Map<string, Map<number, string>>();
  if (csv === undefined) return listed;
  const seen = new Set<string>();
  for (const row of csv.rows) {
    const { file, record, id } = row.cells;
    const n = Number(record);
    const problem =
      file === undefined
        ? 'file is missing'
        : !Number.isInteger(n) || n < 1
          ? `record must be a record number, 1 or more (got ${record === undefined ? 'nothing' : JSON.stringify(record)})`
          : id === undefined
            ? 'id is missing'
            : n > (counts.get(file) ?? 0)
              ? `${file} has no record ${n} (it has ${counts.get(file) ?? 'no'} record${counts.get(file) === 1 ? '' : 's'})`
              : seen.has(id)
                ? `the id ${JSON.stringify(id)} is listed twice; the first is used`
                : undefined;
    if (problem !== undefined) {
      issues.push({
        code: seen.has(id ?? '') ? 'duplicate_id' : 'invalid_value',
        severity: 'warning',
        file: RECORD_IDS_FILE,
        line: row.line,
        path: '',
        message: `${RECORD_IDS_FILE} line ${row.line}: ${problem}; the row is left out`,
      });
      continue;
    }
    seen.add(id!);
    const byPosition = listed.get(file!) ?? new Map<number, string>();
    byPosition.set(n - 1, id!);
    listed.set(file!, byPosition);
  }
  return listed;
}

/**
 * The order a folder's records files are read in: by name without its extension, numbers by value ("pubmed",
 * "pubmed-2", "pubmed-10"), then by the whole path. A second copy of a file is stored as `name-2.ext` and a search's
 * files are named by date, so this is the order they came in far more often than sorting the paths as strings
 * ("pubmed-2.nbib" before "pubmed.nbib").
 *
 * @example
 * ['records/x.ris', 'records/x-10.ris', 'records/x-2.ris'].sort(byPath); // → ['records/x.ris', 'records/x-2.ris', 'records/x-10.ris']
 */
export function byPath(a: string, b: string): number {
  const ka = stemParts(a);
  const kb = stemParts(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const x = ka[i];
    const y = kb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  if (ka.length !== kb.length) return ka.length - kb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A path without its extension (and .gz), in runs of digits and of other characters. */
const stemParts = (path: string): string[] => path.replace(/(\.[A-Za-z0-9]+)?(\.gz)?$/i, '').match(/\d+|\D+/g) ?? [];
