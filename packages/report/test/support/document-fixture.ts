/** The review package's good fixture folder, loaded once per test file, and a reader of ZIP entries for DOCX tests. */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { loadReview, type Review } from '@evidens/review';

export const GOOD_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../review/test/fixtures/good');

export async function goodReview(): Promise<Review> {
  const { review, issues } = await loadReview(GOOD_FIXTURE);
  assert.deepEqual(
    issues.map((i) => i.message),
    [],
    'the fixture loads without issues',
  );
  return review;
}

/** The entries of a ZIP archive by name, read through its central directory (PKWARE APPNOTE §4.3). */
export function unzip(zip: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(zip);
  const end = buf.length - 22;
  assert.equal(buf.readUInt32LE(end), 0x06054b50, 'end of central directory record');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, `central directory entry ${i + 1}`);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + skip;
  }
  return out;
}
