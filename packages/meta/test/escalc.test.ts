/**
 * escalc: formulas on hand-checkable tables, the continuity correction, and errors that name row and column.
 * Values quoted from metafor 3.8.1 carry the R call.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escalc, hedgesCorrection, MetaError } from '@evidens/meta';

const close = (a: number | null, b: number, tol = 5e-5) =>
  assert.ok(a !== null && Math.abs(a - b) < tol, `${a} vs ${b}`);

describe('escalc', () => {
  const table = { ai: [0, 2, 0], bi: [10, 8, 10], ci: [1, 3, 0], di: [9, 7, 10] };

  test('zero cells get 1/2 in every cell; double-zero studies are kept by default (metafor defaults)', () => {
    // metafor: escalc("OR", ai=c(0,2,0), bi=c(10,8,10), ci=c(1,3,0), di=c(9,7,10))
    //   yi −1.1987, −0.5390, 0.0000; vi 2.8672, 1.1012, 4.1905
    const or = escalc({ measure: 'OR', data: table });
    [-1.1987, -0.539, 0].forEach((y, i) => {
      close(or.yi[i], y);
    });
    [2.8672, 1.1012, 4.1905].forEach((v, i) => {
      close(or.vi[i], v);
    });
    assert.deepEqual(or.corrected, [true, false, true]);
    // escalc("RD", …): −0.0909, −0.1000, 0.0000 with vi 0.0147, 0.0370, 0.0079
    const rd = escalc({ measure: 'RD', data: table });
    [-0.0909, -0.1, 0].forEach((y, i) => {
      close(rd.yi[i], y);
    });
    [0.0147, 0.037, 0.0079].forEach((v, i) => {
      close(rd.vi[i], v);
    });
    // escalc("PETO", …): −1.0500, −0.5067, 0.0000 with vi 2.1000, 1.0133, 4.0000
    const peto = escalc({ measure: 'PETO', data: table });
    [-1.05, -0.5067, 0].forEach((y, i) => {
      close(peto.yi[i], y);
    });
  });

  test('drop00 sets double-zero studies to missing with a warning', () => {
    const r = escalc({ measure: 'OR', data: table, drop00: true, rows: [2, 3, 4] });
    assert.equal(r.yi[2], null);
    assert.match(r.warnings[0], /row 4/);
  });

  test('without a correction a zero cell makes the log ratio missing, with a warning naming the row', () => {
    const r = escalc({ measure: 'RR', data: table, to: 'none' });
    assert.equal(r.yi[0], null);
    assert.notEqual(r.yi[1], null);
    assert.match(r.warnings[0], /RR cannot be computed .* row 1, 3/);
  });

  test('"all" and "if0all" correct every study', () => {
    assert.deepEqual(escalc({ measure: 'OR', data: table, to: 'all' }).corrected, [true, true, true]);
    assert.deepEqual(escalc({ measure: 'OR', data: table, to: 'if0all' }).corrected, [true, true, true]);
    const noZero = { ai: [1, 2], bi: [3, 4], ci: [5, 6], di: [7, 8] };
    assert.deepEqual(escalc({ measure: 'OR', data: noZero, to: 'if0all' }).corrected, [false, false]);
  });

  test('ai n1i ci n2i is the same table as ai bi ci di', () => {
    const a = escalc({ measure: 'RR', data: { ai: [4, 6], bi: [119, 300], ci: [11, 29], di: [128, 274] } });
    const b = escalc({ measure: 'RR', data: { ai: [4, 6], n1i: [123, 306], ci: [11, 29], n2i: [139, 303] } });
    assert.deepEqual(a.yi, b.yi);
    // BCG trial 1 (Aronson 1948): log RR = log((4/123)/(11/139)) = −0.8893
    close(a.yi[0], Math.log(4 / 123 / (11 / 139)), 1e-12);
  });

  test('SMD uses the exact Hedges correction', () => {
    // metafor: escalc("SMD", m1i=c(1,2), sd1i=c(1,1), n1i=c(10,20), m2i=c(0,0), sd2i=c(1,2), n2i=c(12,20))
    //   yi 0.9619, 1.2398; vi 0.2044, 0.1192
    const r = escalc({
      measure: 'SMD',
      data: { m1i: [1, 2], sd1i: [1, 1], n1i: [10, 20], m2i: [0, 0], sd2i: [1, 2], n2i: [12, 20] },
    });
    close(r.yi[0], 0.9619);
    close(r.yi[1], 1.2398);
    close(r.vi[0], 0.2044);
    close(r.vi[1], 0.1192);
    // c(m) → 1 − 3/(4m − 1) for large m (Hedges 1981, eq. 6b approximation)
    assert.ok(Math.abs(hedgesCorrection(400) - (1 - 3 / 1599)) < 1e-6);
  });

  test('proportions get the correction at 0 and at n', () => {
    // metafor: escalc("PR", xi=c(0,2,10), ni=c(10,10,10)) → 0.0455, 0.2000, 0.9545
    const r = escalc({ measure: 'PR', data: { xi: [0, 2, 10], ni: [10, 10, 10] } });
    [0.0455, 0.2, 0.9545].forEach((y, i) => {
      close(r.yi[i], y);
    });
    // escalc("PLO", …) → −3.0445, −1.3863, 3.0445
    const l = escalc({ measure: 'PLO', data: { xi: [0, 2, 10], ni: [10, 10, 10] } });
    [-3.0445, -1.3863, 3.0445].forEach((y, i) => {
      close(l.yi[i], y);
    });
  });

  test('ZCOR is Fisher’s z with variance 1/(n − 3)', () => {
    const r = escalc({ measure: 'ZCOR', data: { ri: [0.5], ni: [23] } });
    close(r.yi[0], Math.atanh(0.5), 1e-15);
    close(r.vi[0], 1 / 20, 1e-15);
  });

  test('GEN passes yi through and squares sei', () => {
    const r = escalc({ measure: 'GEN', data: { yi: [0.2, null], sei: [0.5, 0.1] } });
    assert.deepEqual(r.yi, [0.2, null]);
    assert.deepEqual(r.vi, [0.25, null]);
  });

  test('impossible values are errors naming row and column', () => {
    const bad = (data: Record<string, number[]>, measure: 'OR' | 'MD' | 'ZCOR' | 'PR', re: RegExp, column: string) =>
      assert.throws(
        () => escalc({ measure, data, rows: [5, 6] }),
        (e: unknown) => e instanceof MetaError && e.column === column && re.test(e.message),
      );
    bad(
      { ai: [1, -1], bi: [1, 1], ci: [1, 1], di: [1, 1] },
      'OR',
      /row 6: ai must be zero or positive \(got -1\)/,
      'ai',
    );
    bad({ ai: [5, 1], n1i: [4, 1], ci: [1, 1], n2i: [1, 1] }, 'OR', /row 5: ai must not exceed n1i/, 'ai');
    bad(
      { m1i: [1, 1], sd1i: [1, -2], n1i: [5, 5], m2i: [0, 0], sd2i: [1, 1], n2i: [5, 5] },
      'MD',
      /row 6: sd1i must be zero or positive \(got -2\)/,
      'sd1i',
    );
    bad({ ri: [0.2, 1], ni: [10, 10] }, 'ZCOR', /row 6: ri must be between -1 and 1/, 'ri');
    bad({ xi: [11, 1], ni: [10, 10] }, 'PR', /row 5: xi must not exceed ni/, 'xi');
  });

  test('a missing column lists what the measure needs', () => {
    assert.throws(
      () => escalc({ measure: 'MD', data: { m1i: [1] } }),
      /MD needs the columns m1i sd1i n1i m2i sd2i n2i/,
    );
    assert.throws(() => escalc({ measure: 'HR' as 'RR', data: {} }), /measure must be one of RR, OR/);
  });
});
