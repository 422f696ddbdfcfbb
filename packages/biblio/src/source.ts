/**
 * Opening an input: a file path (gzip recognised by its magic bytes, not its name) or bytes in memory, as a stream of
 * byte chunks so that a 1 GB file is never held whole.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

const CHUNK = 256 * 1024;

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The file's bytes, gunzipped when the file is gzip. */
export async function fileBytes(path: string): Promise<AsyncIterable<Uint8Array>> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  if (await isGzip(path)) return stream.pipe(createGunzip({ chunkSize: CHUNK }));
  return stream;
}

/** Bytes (or a string, encoded as UTF-8) in memory as a stream of one chunk. */
export async function* memoryBytes(data: Uint8Array | string): AsyncGenerator<Uint8Array> {
  yield typeof data === 'string' ? new TextEncoder().encode(data) : data;
}
