/**
 * The files of a review folder as the store keeps them: text as it is, anything that is not UTF-8 text (gzip
 * exports, for one) as base64, so that each comes back byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FolderSource, folderOnDisk } from '@evidens/review';

/** One file of the folder. */
export interface FolderFile {
  /** Relative to the folder, '/'-separated. */
  path: string;
  encoding: 'utf8' | 'base64';
  /** The text, or the bytes in base64. */
  content: string;
  /** What a reader takes: the text, or the bytes. */
  data: string | Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Every file of the folder, sorted by path. Paths with a part starting with '.' (.git, .DS_Store) are version
 * control and desktop litter, not the review, and are left out. A folder on disk is read as bytes; a source in memory
 * only has text, which is kept as it is.
 */
export async function readFolderFiles(
  source: FolderSource | string,
): Promise<{ source: FolderSource; files: FolderFile[] }> {
  const folder = typeof source === 'string' ? folderOnDisk(source) : source;
  const paths = (await folder.list('')).filter((path) => !path.split('/').some((part) => part.startsWith('.')));
  const files: FolderFile[] = [];
  for (const path of paths) {
    if (typeof source === 'string') files.push(fromBytes(path, new Uint8Array(await readFile(join(source, path)))));
    else {
      const text = await folder.readText(path);
      if (text !== undefined) files.push({ path, encoding: 'utf8', content: text, data: text });
    }
  }
  return { source: folder, files };
}

function fromBytes(path: string, bytes: Uint8Array): FolderFile {
  if (!path.endsWith('.gz')) {
    try {
      const text = utf8.decode(bytes);
      return { path, encoding: 'utf8', content: text, data: text };
    } catch {
      // Not UTF-8: kept as bytes below.
    }
  }
  return { path, encoding: 'base64', content: Buffer.from(bytes).toString('base64'), data: bytes };
}

/**
 * The digest a records file is stored with: `sha256:` and the hex SHA-256 of its bytes (text as UTF-8).
 *
 * @example
 * contentDigest('PMID- 1\n'); // 'sha256:…' (64 hex digits)
 */
export function contentDigest(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The stored content as the file's text or bytes. */
export function fileData(file: { content: string; encoding: 'utf8' | 'base64' }): string | Uint8Array {
  return file.encoding === 'utf8' ? file.content : new Uint8Array(Buffer.from(file.content, 'base64'));
}
