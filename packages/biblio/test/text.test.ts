/**
 * Decoding and line splitting: every encoding and line ending a reviewer's exports arrive in.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decode, type Line, lines, type ReadIssue, sniffEncoding } from '@evidens/biblio';
import fc from 'fast-check';

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* parts;
}

async function decodeAll(...parts: Uint8Array[]): Promise<{ text: string; issues: ReadIssue[] }> {
  const issues: ReadIssue[] = [];
  let text = '';
  for await (const s of decode(chunks(...parts), (i) => issues.push(i))) text += s;
  return { text, issues };
}

async function allLines(...parts: string[]): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of lines(
    (async function* () {
      yield* parts;
    })(),
  ))
    out.push(l);
  return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  test('UTF-8 with and without BOM', async () => {
    assert.equal((await decodeAll(utf8('\uFEFFMagnésium'))).text, 'Magnésium');
    const plain = await decodeAll(utf8('Magnésium'));
    assert.equal(plain.text, 'Magnésium');
    assert.deepEqual(plain.issues, []);
  });

  test('UTF-16 LE and BE with BOM', async () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4d, 0x00, 0xe6, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4d, 0x00, 0xe6]);
    assert.equal((await decodeAll(le)).text, 'Mæ');
    assert.equal((await decodeAll(be)).text, 'Mæ');
  });

  test('Latin-1 / Windows-1252 bytes are recognised and reported', async () => {
    // "Lægkramper – Århus" in Windows-1252: æ = E6, – = 96, Å = C5
    const bytes = new Uint8Array([
      0x4c, 0xe6, 0x67, 0x6b, 0x72, 0x61, 0x6d, 0x70, 0x65, 0x72, 0x20, 0x96, 0x20, 0xc5, 0x72, 0x68, 0x75, 0x73,
    ]);
    const { text, issues } = await decodeAll(bytes);
    assert.equal(text, 'Lægkramper – Århus');
    assert.equal(issues[0].code, 'encoding');
    assert.match(issues[0].message, /Windows-1252/);
  });

  test('a U+FFFD already in a UTF-8 file is text, not an encoding problem; invalid bytes are one', async () => {
    assert.deepEqual((await decodeAll(utf8('Ginecolog\uFFFDa'))).issues, []);
    const bad = await decodeAll(utf8('a'.repeat(70000)), new Uint8Array([0x41, 0xff, 0x42]));
    assert.equal(bad.issues.length, 1);
    assert.match(bad.issues[0].message, /not valid/);
  });

  test('a multi-byte character split between chunks is decoded whole', async () => {
    const bytes = utf8('ø');
    const { text } = await decodeAll(utf8('a'), bytes.subarray(0, 1), bytes.subarray(1));
    assert.equal(text, 'aø');
  });

  test('UTF-8 cut anywhere, ASCII runs and invalid bytes mixed: the text of the whole decoded at once', async () => {
    // Pieces that are all ASCII take a shortcut; the rest go through the decoder. Whatever the cuts, the text must be
    // what one decoding of all the bytes gives (a U+FFFD for each maximal invalid sequence).
    const parts = [
      [0x41],
      [0x0a],
      [0xc3, 0xa9],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbf, 0xbd],
      [0x80],
      [0xc3],
      [0xe2, 0x82],
      [0xf0, 0x9f],
      [0xed, 0xa0, 0x80],
      [0xff],
      [0xef, 0xbb, 0xbf],
    ].map((b) => new Uint8Array(b));
    const head = utf8(`${'x'.repeat(65536)}\n`);
    const run = fc.oneof(
      fc.constantFrom(...parts),
      fc.nat({ max: 40000 }).map((n) => utf8('a'.repeat(n))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(run, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        async (runs, cuts, eachRun) => {
          const all = Buffer.concat([head, ...runs]);
          // The first piece is the valid head, so that the file is taken for UTF-8 (see sniffEncoding); then either
          // each run is a piece (a character cut short before a run of ASCII) or the rest is cut at random places.
          let at = 0;
          const ends = eachRun
            ? [head, ...runs].map((r) => (at += r.length))
            : [
                ...new Set([head.length, ...cuts.map((c) => head.length + (c % (all.length - head.length + 1)))]),
                all.length,
              ].sort((a, b) => a - b);
          const pieces = ends.map((end, i) => all.subarray(i === 0 ? 0 : ends[i - 1], end));
          const { text, issues } = await decodeAll(...pieces);
          assert.equal(text, new TextDecoder('utf-8', { ignoreBOM: true }).decode(all));
          assert.equal(text, all.toString('utf8'));
          // Invalid bytes are reported once, and only with a U+FFFD in the text (the exact rule is tested above).
          assert.ok(issues.length <= 1 && issues.every((i) => i.code === 'encoding'));
          if (!text.includes('\uFFFD')) assert.deepEqual(issues, []);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('sniffEncoding: BOM lengths', () => {
    assert.deepEqual(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), {
      encoding: 'utf-8',
      bomLength: 3,
      guessed: false,
    });
    assert.equal(sniffEncoding(new Uint8Array([0x41, 0x00, 0x42, 0x00])).encoding, 'utf-16le');
  });
});

describe('lines', () => {
  test('LF, CRLF and CR-only endings, numbered from 1', async () => {
    const got = await allLines('a\nb\r\nc\rd');
    assert.deepEqual(
      got.map((l) => [l.line, l.text]),
      [
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
        [4, 'd'],
      ],
    );
  });

  test('a CRLF split between chunks is one line end', async () => {
    const got = await allLines('a\r', '\nb\r', '', '\nc');
    assert.deepEqual(
      got.map((l) => l.text),
      ['a', 'b', 'c'],
    );
  });

  test('empty lines are kept; a final line end adds no empty line', async () => {
    const got = await allLines('a\n\nb\n');
    assert.deepEqual(
      got.map((l) => l.text),
      ['a', '', 'b'],
    );
  });
});
