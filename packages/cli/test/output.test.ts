/** The output formatter: numbers for reading, aligned tables, JSON without NaN, CSV quoting. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatNumber, formatPvalue, pvalueClause, renderTable, toCsv, toJson } from '../src/output.js';

describe('output', () => {
  test('numbers: fixed decimals, NA for what is not a number, no negative zero', () => {
    assert.equal(formatNumber(-0.71453), '-0.7145');
    assert.equal(formatNumber(92.2213, 2), '92.22');
    assert.equal(formatNumber(-0.00001), '0.0000');
    for (const x of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(formatNumber(x), 'NA');
  });

  test('p-values as metafor prints them', () => {
    assert.equal(formatPvalue(0.00007), '<.0001');
    assert.equal(formatPvalue(0.0019), '0.0019');
    assert.equal(formatPvalue(Number.NaN), 'NA');
    assert.equal(pvalueClause(1e-26), 'p-val < .0001');
    assert.equal(pvalueClause(0.5), 'p-val = 0.5000');
  });

  test('tables: right-aligned columns, left-aligned row names', () => {
    assert.deepEqual(
      renderTable(
        ['a', 'bb'],
        [
          ['1.0', '-2.00'],
          ['10.0', '3'],
        ],
        ['x', 'long'],
      ),
      ['         a     bb', 'x      1.0  -2.00', 'long  10.0      3'],
    );
  });

  test('JSON: NaN and infinities become null', () => {
    assert.equal(
      toJson({ a: Number.NaN, b: [1, Number.NEGATIVE_INFINITY] }),
      '{\n  "a": null,\n  "b": [\n    1,\n    null\n  ]\n}\n',
    );
  });

  test('CSV: quoting, null and NaN as empty fields', () => {
    assert.equal(
      toCsv(
        ['name', 'x'],
        [
          ['a,b', 1.5],
          ['say "hi"', null],
          ['c', Number.NaN],
        ],
      ),
      'name,x\n"a,b",1.5\n"say ""hi""",\nc,\n',
    );
  });
});
