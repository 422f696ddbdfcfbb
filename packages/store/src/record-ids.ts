/**
 * The ids a records file's records take in a review. A reader gives each record the file's own id (a PMID, a RIS ID, a
 * BibTeX key) or, without one, `file#n` from the name it was read under; a review needs them unique, and the same
 * whichever way the file comes in — uploaded (read under the name given, stored under a free one such as
 * `records/embase-2.ris`) or read from a review folder. So the ids are a function of the file alone: `file#n` ids are
 * named after the stored file, and a record whose id an earlier record of the same file already has (two records of
 * a RIS export with one ID) takes its place in the file, `file#n`, instead of being dropped as already imported.
 * Ids that another file of the review already has still make the record count as already there.
 */
import type { BibRecord } from '@evidens/biblio';

/**
 * The review ids of `records`, read under the name `readAs`, from the file stored at `path`.
 *
 * @example
 * recordIds([{ id: 'x.ris#1' }, { id: '7' }, { id: '7' }], 'records/x-2.ris', 'x.ris');
 * // → ['x-2.ris#1', '7', 'x-2.ris#3']
 */
export function recordIds(records: readonly Pick<BibRecord, 'id'>[], path: string, readAs: string): string[] {
  const stored = path.slice(path.lastIndexOf('/') + 1).replace(/\.gz$/i, '');
  const prefix = `${readAs}#`;
  const seen = new Set<string>();
  return records.map((record, position) => {
    let id = record.id;
    if (stored !== readAs && id.startsWith(prefix)) id = `${stored}#${id.slice(prefix.length)}`;
    if (seen.has(id)) id = `${stored}#${position + 1}`;
    seen.add(id);
    return id;
  });
}
