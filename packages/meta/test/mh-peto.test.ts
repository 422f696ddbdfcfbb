/**
 * Mantel-Haenszel and Peto: the published two-stratum example, degenerate tables and errors.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rmaMH, rmaPeto } from '@evidens/meta';
import { assertPrinted } from './support/close.js';

// Rothman, Greenland & Lash, Modern Epidemiology 3rd ed. (2008), ch. 15, Table 15-1: two strata.
const rothman = { ai: [8, 22], bi: [98, 76], ci: [5, 16], di: [115, 69] };

describe('Mantel-Haenszel', () => {
  test('Rothman et al. 2008, Table 15-1: MH RD, RR and OR with 90 % intervals, and the CMH statistic', () => {
    const rd = rmaMH({ measure: 'RD', data: rothman, level: 90 });
    assertPrinted(rd.beta[0], 0.0349, 4, 'MH RD');
    assertPrinted(rd.ciLb[0], -0.0176, 4, 'MH RD lower');
    assertPrinted(rd.ciUb[0], 0.0874, 4, 'MH RD upper');
    const rr = rmaMH({ measure: 'RR', data: rothman, level: 90 });
    assertPrinted(Math.exp(rr.beta[0]), 1.3256, 4, 'MH RR');
    assertPrinted(Math.exp(rr.ciLb[0]), 0.8658, 4, 'MH RR lower');
    assertPrinted(Math.exp(rr.ciUb[0]), 2.0296, 4, 'MH RR upper');
    const or = rmaMH({ measure: 'OR', data: rothman, level: 90, correct: false });
    assertPrinted(Math.exp(or.beta[0]), 1.4031, 4, 'MH OR');
    assertPrinted(Math.exp(or.ciLb[0]), 0.8411, 4, 'MH OR lower');
    assertPrinted(Math.exp(or.ciUb[0]), 2.3409, 4, 'MH OR upper');
    assertPrinted(or.CMH!, 1.1914, 4, 'CMH (uncorrected)');
  });

  test('tables with a zero cell are pooled on raw counts; double-zero tables add nothing to the OR', () => {
    const withZero = { ai: [0, 3, 0], bi: [20, 17, 15], ci: [2, 6, 0], di: [18, 14, 15] };
    const a = rmaMH({ measure: 'OR', data: withZero });
    const b = rmaMH({ measure: 'OR', data: { ai: [0, 3], bi: [20, 17], ci: [2, 6], di: [18, 14] } });
    assert.ok(Math.abs(a.beta[0] - b.beta[0]) < 1e-12);
    // Q uses escalc with the double-zero table left out: df = 2 − 1.
    assert.equal(a.QEdf, 1);
  });

  test('no events anywhere is an error, not a NaN', () => {
    assert.throws(
      () => rmaMH({ measure: 'OR', data: { ai: [0, 0], bi: [10, 10], ci: [0, 0], di: [10, 10] } }),
      /cannot be computed/,
    );
  });

  test('missing cells drop the table with a warning; bad counts name row and column', () => {
    const r = rmaMH({ measure: 'RR', data: { ai: [8, null, 22], bi: [98, 1, 76], ci: [5, 2, 16], di: [115, 3, 69] } });
    assert.equal(r.k, 2);
    assert.match(r.warnings[0], /row 2/);
    assert.throws(
      () => rmaMH({ measure: 'RR', data: { ai: [8, 2], n1i: [106, 1], ci: [5, 1], n2i: [120, 2] } }),
      /row 2: ai must not exceed n1i/,
    );
  });
});

describe('Peto', () => {
  test('one table: Peto OR = exp((O − E)/V)', () => {
    const r = rmaPeto({ data: { ai: [8], bi: [98], ci: [5], di: [115] } });
    const n1 = 106;
    const n2 = 120;
    const n = 226;
    const m1 = 13;
    const E = (n1 * m1) / n;
    const V = (n1 * n2 * m1 * (n - m1)) / (n * n * (n - 1));
    assert.ok(Math.abs(r.beta[0] - (8 - E) / V) < 1e-12);
    assert.ok(Math.abs(r.se[0] - Math.sqrt(1 / V)) < 1e-12);
    assert.equal(r.QEdf, 0);
    assert.equal(r.QEp, 1);
  });

  test('tables without events do not count towards the heterogeneity df', () => {
    const r = rmaPeto({ data: { ai: [1, 3, 0], bi: [20, 17, 15], ci: [2, 6, 0], di: [18, 14, 15] } });
    assert.equal(r.QEdf, 1);
  });
});
