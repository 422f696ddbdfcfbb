/** The search exports under records/, and which of the files that review.yaml names are there. */
import { type FolderSource, normalise } from '../files/folder-source.js';
import type { Search } from '../model/protocol.js';

/** Files under records/, relative to the folder; none when there is no such folder. */
export function recordFiles(source: FolderSource): Promise<string[]> {
  return source.list('records');
}

/**
 * The files named in `searches[].records` that the folder has, as written there. Files under records/ are looked up
 * in its listing; any other is read to see whether it is there.
 */
export async function existingRecordFiles(
  source: FolderSource,
  searches: readonly Search[],
  listed: readonly string[],
): Promise<Set<string>> {
  const known = new Set(listed);
  const out = new Set<string>();
  for (const file of new Set(searches.flatMap((search) => search.records))) {
    const path = normalise(file);
    if (known.has(path) || (await source.readText(path)) !== undefined) out.add(file);
  }
  return out;
}
