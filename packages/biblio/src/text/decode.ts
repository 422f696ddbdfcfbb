/**
 * Bytes to text, streaming. The encoding is found from the content: a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
 * without one, the first 64 KiB are tried as UTF-8 and, if they are not valid UTF-8, the file is read as
 * Windows-1252 (a superset of Latin-1, what old EndNote and Windows exports use) with an issue saying so.
 */
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { ReadIssue } from '../issues.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SNIFF_BYTES = 64 * 1024;

/** The encoding of a file from its first bytes, and whether a BOM of `bomLength` bytes starts it. */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bomLength: number; guessed: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3, guessed: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, guessed: false };
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[3] === 0) {
    return { encoding: 'utf-16le', bomLength: 0, guessed: true };
  }
  if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0) {
    return { encoding: 'utf-16be', bomLength: 0, guessed: true };
  }
  try {
    // A multi-byte character may be cut at the end of the sample: decode in streaming mode so that is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bomLength: 0, guessed: false };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0, guessed: true };
  }
}

/**
 * Decodes a byte stream to text chunks. `onIssue` receives an `encoding` issue when the encoding was guessed, or when
 * bytes later in a UTF-8 file turn out not to be UTF-8 (they become U+FFFD and reading goes on).
 */
export async function* decode(
  bytes: AsyncIterable<Uint8Array>,
  onIssue: (issue: ReadIssue) => void,
): AsyncGenerator<string> {
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let decoder: ChunkDecoder | undefined;
  let reported = false;
  const start = (head: Uint8Array): Uint8Array => {
    const sniff = sniffEncoding(head);
    if (sniff.guessed && sniff.encoding === 'windows-1252') {
      onIssue({
        code: 'encoding',
        severity: 'warning',
        message: 'the file is not valid UTF-8; it was read as Windows-1252 (Latin-1)',
      });
    } else if (sniff.guessed) {
      onIssue({ code: 'encoding', severity: 'warning', message: `no byte-order mark; read as ${sniff.encoding}` });
    }
    encoding = sniff.encoding;
    decoder = chunkDecoder(sniff.encoding);
    return head.subarray(sniff.bomLength);
  };
  let encoding: Encoding = 'utf-8';
  /** The text of a chunk, in pieces (see PIECE_BYTES); the check for invalid bytes is over the chunk as a whole. */
  const decodeChunk = (chunk: Uint8Array): string[] => {
    const pieces: string[] = [];
    let replaced = false;
    for (let at = 0; at < chunk.length; ) {
      const to = pieceEnd(chunk, at, encoding);
      const text = decoder!.write(chunk.subarray(at, to));
      if (text.length > 0 || pieces.length === 0) pieces.push(text);
      replaced ||= text.includes('\uFFFD');
      at = to;
    }
    // A U+FFFD in the text is a decoding failure only if the bytes did not spell it (EF BF BD in UTF-8): files that
    // were damaged before they reached us carry the character itself, and saying their bytes are invalid would mislead.
    if (
      !reported &&
      replaced &&
      pieces.reduce((n, text) => n + countChar(text), 0) > (encoding === 'utf-8' ? countEncodedFffd(chunk) : 0)
    ) {
      reported = true;
      onIssue({
        code: 'encoding',
        severity: 'warning',
        message: 'some bytes are not valid in the file’s encoding; they were replaced by U+FFFD',
      });
    }
    return pieces;
  };
  for await (const chunk of bytes) {
    if (decoder) {
      yield* decodeChunk(chunk);
      continue;
    }
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength >= SNIFF_BYTES) {
      yield* decodeChunk(start(concat(pending, pendingLength)));
      pending = [];
    }
  }
  if (!decoder) {
    if (pendingLength === 0) return;
    yield* decodeChunk(start(concat(pending, pendingLength)));
  }
  const rest = decoder!.end();
  if (rest) yield rest;
}

/** A streaming decoder: bytes in, the text of the complete characters out; `end` flushes a character cut short. */
interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * The decoder for an encoding. Neither kind strips a byte-order mark: the caller has cut it off.
 */
function chunkDecoder(encoding: Encoding): ChunkDecoder {
  if (encoding === 'utf-8') return utf8Decoder();
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/**
 * UTF-8: a piece of ASCII bytes is its own text (a Latin-1 slice, a copy of the bytes), which takes a tenth of the
 * time of decoding; any other piece goes through TextDecoder (a U+FFFD for each maximal invalid sequence, characters
 * split between pieces joined), which decodes text that is not all ASCII in about half the time Node's StringDecoder
 * takes. The shortcut is taken only when the last byte before the piece was ASCII, so the decoder holds no part of a
 * character that the piece would complete.
 */
function utf8Decoder(): ChunkDecoder {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let clean = true;
  return {
    write: (chunk) => {
      if (chunk.length === 0) return '';
      const text =
        clean && isAscii(chunk)
          ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1')
          : decoder.decode(chunk, { stream: true });
      clean = chunk[chunk.length - 1] < 0x80;
      return text;
    },
    end: () => decoder.decode(),
  };
}

/**
 * Bytes are decoded at most this many at a time, and a chunk's text handed on in such pieces. The text of a larger
 * piece is a string too large for V8's young generation, put in memory of its own that is mapped afresh for each one:
 * decoding a file in such pieces takes several times as long as decoding it in pieces of this size.
 */
const PIECE_BYTES = 32 * 1024;

/** Where the piece of `bytes` that starts at `at` ends: after PIECE_BYTES, moved back to a character boundary. */
function pieceEnd(bytes: Uint8Array, at: number, encoding: Encoding): number {
  let end = at + PIECE_BYTES;
  if (end >= bytes.length) return bytes.length;
  // Never inside a UTF-8 character, so that a U+FFFD the bytes spell is counted in the piece whose text holds it.
  // (PIECE_BYTES is even: a UTF-16 code unit is never cut either.)
  if (encoding === 'utf-8') for (let back = 0; back < 3 && (bytes[end] & 0xc0) === 0x80; back++) end--;
  return end;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function countChar(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** How many times the UTF-8 encoding of U+FFFD (EF BF BD) occurs in the bytes. */
function countEncodedFffd(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
