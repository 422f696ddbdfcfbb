/**
 * Where a review folder's files come from: a folder on disk, or files held in memory (a database, a request body).
 * The loader reads every file through a source, so the same checks run on either.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

/** A review folder as the loader sees it. Paths are relative to the folder and '/'-separated. */
export interface FolderSource {
  /** What the review is read from: the directory for a folder on disk, any name for one in memory (`review.dir`). */
  name: string;
  /** The text of the file at `path` ("studies.yaml", "records/pubmed.nbib"), or undefined when there is none. */
  readText(path: string): Promise<string | undefined>;
  /**
   * The files below `dir` ("" for the whole folder), recursively, as paths relative to the folder (not to `dir`),
   * '/'-separated and sorted: `list('records')` gives `['records/a.ris', 'records/b/c.nbib']`.
   */
  list(dir: string): Promise<string[]>;
}

/**
 * The review folder at `dir` on disk.
 *
 * @example
 * const source = folderOnDisk('examples/magnesium-leg-cramps');
 * await source.list('records');
 * // ['records/cochrane-lists.jsonl', 'records/pubmed.jsonl', 'records/reference-lists.jsonl']
 */
export function folderOnDisk(dir: string): FolderSource {
  return {
    name: dir,
    async readText(path) {
      try {
        return await readFile(join(dir, path), 'utf8');
      } catch {
        // Not there, a directory, or unreadable: to the loader all are a file it does not have.
        return undefined;
      }
    },
    async list(sub) {
      try {
        const entries = await readdir(join(dir, sub), { recursive: true, withFileTypes: true });
        return entries
          .filter((entry) => entry.isFile())
          .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
          .sort();
      } catch {
        return [];
      }
    },
  };
}

/**
 * A review folder held in memory: file paths (relative, '/'-separated) to their text. The files are copied, so
 * later changes to `files` do not show.
 *
 * @example
 * const source = folderInMemory('review 12', { 'review.yaml': 'title: Magnesium\noutcomes: []\n' });
 * await source.readText('review.yaml'); // 'title: Magnesium\noutcomes: []\n'
 * await source.readText('studies.yaml'); // undefined
 * await source.list(''); // ['review.yaml']
 */
export function folderInMemory(name: string, files: Map<string, string> | Record<string, string>): FolderSource {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  const held = new Map(entries.map(([path, text]) => [normalise(path), text]));
  const paths = [...held.keys()].sort();
  return {
    name,
    readText: async (path) => held.get(normalise(path)),
    list: async (dir) => {
      const prefix = normalise(dir) === '' ? '' : `${normalise(dir)}/`;
      return paths.filter((path) => path.startsWith(prefix));
    },
  };
}

/** "./records//a.ris", "records\\a.ris" → "records/a.ris"; "" and "." → "". */
export function normalise(path: string): string {
  const clean = posix.normalize(path.replaceAll('\\', '/')).replace(/\/+$/, '');
  return clean === '.' ? '' : clean.replace(/^\.\//, '');
}
