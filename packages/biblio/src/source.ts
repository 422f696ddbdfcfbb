/**
 * Opening an input: a file path (gzip recognised by its magic bytes, not its name) or bytes in memory, as a stream of
 * byte chunks so that a 1 GB file is never held whole.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
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

/** How far reading a file has come: bytes of the file read (before gunzipping), and the file's size. */
export type BytesProgress = (read: number, size: number) => void;

/** The file's bytes, gunzipped when the file is gzip; `onBytes` is told the file's bytes read after each chunk. */
export async function fileBytes(path: string, onBytes?: BytesProgress): Promise<AsyncIterable<Uint8Array>> {
  // Opening the file to look at its first bytes is also what fails (ENOENT, EISDIR, EACCES) for a bad path, before
  // any stream exists that could fail later unobserved.
  const gzip = await isGzip(path);
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  let source: Readable = stream;
  if (onBytes) {
    const { size } = await stat(path);
    let read = 0;
    source = stream.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          read += chunk.length;
          onBytes(read, size);
          done(null, chunk);
        },
      }),
    );
    // A read error of the file reaches the reader through the stream it iterates.
    stream.on('error', (error) => source.destroy(error));
  }
  return gzip ? source.pipe(createGunzip({ chunkSize: CHUNK })) : source;
}

const startsGzip = (data: Uint8Array) => data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;

/** Bytes (or a string, encoded as UTF-8) in memory as a stream: one chunk, or the gunzipped chunks of gzip bytes. */
export function memoryBytes(data: Uint8Array | string): AsyncIterable<Uint8Array> {
  if (typeof data !== 'string' && startsGzip(data))
    return Readable.from([data], { objectMode: false }).pipe(createGunzip({ chunkSize: CHUNK }));
  return (async function* () {
    yield typeof data === 'string' ? new TextEncoder().encode(data) : data;
  })();
}
