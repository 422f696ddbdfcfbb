/**
 * Input files as people have them: semicolons with a byte-order mark, decimal commas and Windows line ends (a
 * spreadsheet export), tabs, standard input, quoted fields, blank lines.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseNumber } from '../src/csv/numbers.js';
import { detectDelimiter, readCsv } from '../src/csv/read-csv.js';
import { assertClose, fixtures, runJson } from './support/run.js';

describe('reading CSV', () => {
  test('the delimiter is the one most frequent in the header line, outside quotes', () => {
    assert.equal(detectDelimiter('a,b,c\n1;2;3\n'), ',');
    assert.equal(detectDelimiter('\uFEFFa;b;c\n'), ';');
    assert.equal(detectDelimiter('a\tb\tc\n'), '\t');
    assert.equal(detectDelimiter('"a;b",c\n'), ',');
    assert.equal(detectDelimiter('\n\nyi;vi\n'), ';');
    assert.equal(detectDelimiter('yi\n'), ',');
  });

  test('rows carry the line they start on, past blank lines and quoted line breaks', () => {
    const table = readCsv('study,yi\n"A\nB",1\n\nC,2\n,\n');
    assert.deepEqual(
      table.rows.map((r) => [r.line, r.cells]),
      [
        [2, ['A\nB', '1']],
        [5, ['C', '2']],
      ],
    );
    assert.deepEqual(table.issues, []);
  });

  test('a short row is an issue and reading goes on; trailing empty fields are fine', () => {
    const table = readCsv('a,b,c\n1,2\n1,2,3,,\n4,5,6,7\n');
    assert.deepEqual(
      table.rows.map((r) => r.line),
      [3],
    );
    assert.deepEqual(
      table.issues.map((i) => [i.code, i.line]),
      [
        ['field_count', 2],
        ['field_count', 4],
      ],
    );
  });

  test('numbers: decimal, exponent, missing; decimal comma only where the delimiter allows it', () => {
    assert.equal(parseNumber(' -1.5e-3 ', false), -0.0015);
    assert.equal(parseNumber('.5', false), 0.5);
    assert.equal(parseNumber('NA', false), null);
    assert.equal(parseNumber('', false), null);
    assert.equal(parseNumber('0,25', true), 0.25);
    assert.equal(parseNumber('0,25', false), undefined);
    for (const bad of ['1.2.3', '12 mg', '0x10', 'Inf', '1,234,5', 'na'])
      assert.equal(parseNumber(bad, true), undefined, bad);
  });
});

describe('evidens meta: input files', () => {
  test('semicolons, a byte-order mark, decimal commas and CRLF give the same fit as the plain file', async () => {
    assert.equal(readFileSync(join(fixtures, 'semicolon-bom.csv'))[0], 0xef, 'the fixture starts with a BOM');
    const gen = await runJson(['meta', 'semicolon-bom.csv', '--measure', 'GEN', '--mods', 'alloc']);
    const rr = await runJson(['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'alloc']);
    assert.equal(gen.k, 13);
    assertClose(gen.QM, rr.QM as number, 'QM', 1e-8);
    assertClose(gen.tau2, rr.tau2 as number, 'tau2', 1e-8);
  });

  test('standard input, with "-" or with no file, and tab-delimited', async () => {
    const csv = readFileSync(join(fixtures, 'bcg.csv'), 'utf8');
    const fromFile = await runJson(['meta', 'bcg.csv', '--measure', 'RR']);
    assert.deepEqual(await runJson(['meta', '-', '--measure', 'RR'], csv), fromFile);
    assert.deepEqual(await runJson(['meta', '--measure', 'RR'], csv.replace(/,/g, '\t')), fromFile);
  });

  test('GEN with standard errors', async () => {
    const out = await runJson(['meta', '-', '--measure', 'GEN', '--method', 'EE'], 'yi,sei\n0.2,0.1\n0.4,0.2\n');
    // weights 100 and 25: (0.2·100 + 0.4·25)/125
    assertClose(out.estimate, 0.24, 'estimate');
  });

  test('option values are compared without regard to case', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'rr', '--method', 'reml', '--test', 'KNHA']);
    assert.equal(out.measure, 'RR');
    assert.equal(out.test, 'knha');
  });
});
