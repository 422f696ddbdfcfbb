/**
 * The records of a folder's records/ files, read with @evidens/biblio, each with the search whose `records` names
 * its file and the id it has in the review (see record-ids.ts: files in the order byPath gives, and the ids
 * record-ids.csv lists). Problems reading them are reported as warnings: the file itself is kept byte for byte, so
 * nothing is lost, but the records a reader could not make out are not in the records table.
 */
import { basename, posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BibRecord, readAll } from '@evidens/biblio';
import { parseCsv, type ReviewIssue } from '@evidens/review';
import { byPath, folderIds, listedIds, ownIds, RECORD_IDS_FILE, withOwnId } from '../record-ids.js';
import type { RecordInput } from '../records.js';
import type { FolderFile } from './folder-files.js';

/** The records of every file under records/, file by file (see byPath), each file in its own order. */
export async function folderRecords(
  files: readonly FolderFile[],
  protocol: Record<string, unknown> | undefined,
  issues: ReviewIssue[],
): Promise<RecordInput[]> {
  const searchOf = searchesByFile(protocol);
  const read: { path: string; records: BibRecord[]; own: string[] }[] = [];
  const recordFiles = files.filter((f) => f.path.startsWith('records/')).sort((a, b) => byPath(a.path, b.path));
  for (const file of recordFiles) {
    const data = gunzipped(file.data);
    if (data === undefined) {
      issues.push(
        warning(file.path, undefined, `${file.path}: the gzip data is damaged; no records were read from it`),
      );
      continue;
    }
    const readAs = basename(file.path).replace(/\.gz$/, '');
    const result = await readAll({ data, file: readAs });
    for (const issue of result.issues) {
      const where = `${file.path}${issue.line !== undefined ? ` line ${issue.line}` : ''}`;
      issues.push(warning(file.path, issue.line, `${where}: ${issue.message}`));
    }
    read.push({ path: file.path, records: result.records, own: ownIds(result.records, file.path, readAs) });
  }
  const list = files.find((f) => f.path === RECORD_IDS_FILE);
  const listing = list && typeof list.data === 'string' ? parseCsv(RECORD_IDS_FILE, list.data, issues) : undefined;
  const counts = new Map(read.map((file) => [file.path, file.records.length]));
  const ids = folderIds(read, listedIds(listing, counts, issues));
  const out: RecordInput[] = [];
  read.forEach((file, k) => {
    file.records.forEach((record, position) => {
      out.push({
        id: ids[k][position],
        searchId: searchOf.get(file.path) ?? null,
        file: file.path,
        position,
        record: withOwnId(record, file.own[position]),
      });
    });
  });
  return out;
}

function warning(file: string, line: number | undefined, message: string): ReviewIssue {
  return { code: 'syntax', severity: 'warning', file, ...(line !== undefined ? { line } : {}), path: '', message };
}

/** The bytes unpacked when they are gzip (biblio unpacks files on disk, not bytes in memory); undefined if damaged. */
function gunzipped(data: string | Uint8Array): string | Uint8Array | undefined {
  if (typeof data === 'string' || data[0] !== 0x1f || data[1] !== 0x8b) return data;
  try {
    return new Uint8Array(gunzipSync(data));
  } catch {
    return undefined;
  }
}

/** review.yaml's searches[].records, normalised ("./records/a.ris" → "records/a.ris"), to the search's id. */
function searchesByFile(protocol: Record<string, unknown> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  const searches = Array.isArray(protocol?.searches) ? protocol.searches : [];
  for (const search of searches as { id?: unknown; records?: unknown }[]) {
    if (typeof search?.id !== 'string' || !Array.isArray(search.records)) continue;
    for (const file of search.records) {
      if (typeof file === 'string')
        map.set(posix.normalize(file.replaceAll('\\', '/')).replace(/^\.\//, ''), search.id);
    }
  }
  return map;
}
