/**
 * Decided behaviour of the inverse-variance model at the edges: one or two studies, τ² on the boundary, missing and
 * impossible values, non-convergence, rank-deficient designs. Where metafor 3.8.1 gives a value, it is quoted with
 * the R call that produced it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MetaError, rma, TAU2_METHODS } from '@evidens/meta';

describe('rma at the edges', () => {
  test('k = 1: the study is the estimate, tau2 is 0 with a warning, Q(df = 0) = 0', () => {
    // metafor: rma(yi = 1, vi = 0.1) → estimate 1.0000, se 0.3162, ci 0.3802 to 1.6198, I² 0 %, H² 1, Q(df = 0) = 0, p 1
    const r = rma({ yi: [1], vi: [0.1] });
    assert.equal(r.beta[0], 1);
    assert.equal(r.se[0], Math.sqrt(0.1));
    assert.equal(r.tau2, 0);
    assert.equal(r.seTau2, null);
    assert.deepEqual([r.QE, r.QEdf, r.QEp, r.I2, r.H2], [0, 0, 1, 0, 1]);
    assert.ok(Math.abs(r.ciLb[0] - 0.3802) < 5e-5 && Math.abs(r.ciUb[0] - 1.6198) < 5e-5);
    assert.match(r.warnings.join(' '), /tau2 cannot be estimated from 1 study/);
  });

  test('k = 1 with Knapp-Hartung is refused: there are no degrees of freedom', () => {
    assert.throws(() => rma({ yi: [1], vi: [0.1], test: 'knha' }), /Knapp-Hartung test needs more studies/);
  });

  test('k = 2: DerSimonian-Laird equals its closed form', () => {
    const yi = [0.1, 0.9];
    const vi = [0.04, 0.09];
    const w = vi.map((v) => 1 / v);
    const mu = (w[0] * yi[0] + w[1] * yi[1]) / (w[0] + w[1]);
    const Q = w[0] * (yi[0] - mu) ** 2 + w[1] * (yi[1] - mu) ** 2;
    const tau2 = (Q - 1) / (w[0] + w[1] - (w[0] ** 2 + w[1] ** 2) / (w[0] + w[1]));
    const r = rma({ yi, vi, method: 'DL' });
    assert.ok(Math.abs(r.tau2 - tau2) < 1e-14);
    assert.ok(Math.abs(r.QE - Q) < 1e-12);
  });

  test('identical outcomes: every estimator puts tau2 at 0 and nothing is NaN', () => {
    for (const method of TAU2_METHODS) {
      const r = rma({ yi: [0.5, 0.5, 0.5, 0.5], vi: [0.1, 0.2, 0.3, 0.4], method });
      assert.equal(r.tau2, 0, method);
      assert.equal(r.I2, 0, method);
      assert.equal(r.H2, 1, method);
      for (const [key, value] of Object.entries(r)) {
        if (typeof value === 'number') assert.ok(!Number.isNaN(value), `${method}: ${key} is NaN`);
      }
    }
  });

  test('tau2 on the boundary: the REML estimate is truncated at 0, not negative', () => {
    // Less spread than chance predicts: Q < k − 1.
    const r = rma({ yi: [0.1, 0.12, 0.09, 0.11], vi: [0.05, 0.05, 0.05, 0.05] });
    assert.equal(r.tau2, 0);
    assert.ok(r.QE < 3);
  });

  test('missing values drop the study with a warning that names the rows', () => {
    const r = rma({ yi: [0.1, null, 0.3, 0.4], vi: [0.1, 0.1, Number.NaN, 0.2], rows: [2, 3, 4, 5] });
    assert.equal(r.k, 2);
    assert.deepEqual(r.rows, [2, 5]);
    assert.match(r.warnings[0], /2 studies with missing values omitted \(row 3, 4\)/);
  });

  test('a missing moderator value drops the study too', () => {
    const r = rma({
      yi: [0.1, 0.2, 0.3, 0.4],
      vi: [0.1, 0.1, 0.1, 0.1],
      mods: [{ name: 'dose', values: [1, 2, null, 4] }],
    });
    assert.equal(r.k, 3);
  });

  test('a non-positive variance is an error naming the row and column', () => {
    assert.throws(
      () => rma({ yi: [0.1, 0.2], vi: [0.1, 0] }),
      (e: unknown) =>
        e instanceof MetaError &&
        e.row === 2 &&
        e.column === 'vi' &&
        /row 2: vi must be positive \(got 0\)/.test(e.message),
    );
    assert.throws(() => rma({ yi: [0.1, 0.2], sei: [-1, 0.2] }), /row 1: sei must be positive \(got -1\)/);
  });

  test('no study with data is an error, not an empty result', () => {
    assert.throws(() => rma({ yi: [null, null], vi: [0.1, 0.1] }), /no study with complete data/);
  });

  test('unknown method and test are refused with the allowed values', () => {
    assert.throws(
      () => rma({ yi: [1, 2], vi: [1, 1], method: 'REM' as 'REML' }),
      /method must be one of EE, FE, DL, HE, HS, SJ, ML, REML, EB, PM \(got REM\)/,
    );
    assert.throws(() => rma({ yi: [1, 2], vi: [1, 1], test: 't' as 'z' }), /test must be one of z, knha \(got t\)/);
  });

  test('non-convergence is a clear error naming the estimator', () => {
    const yi = [-0.9, -1.6, -1.4, -1.4, -0.2, -0.8, -1.6, 0.4, -1.4, 0.0, -0.5, 0.4, -0.0];
    const vi = [0.36, 0.19, 0.42, 0.01, 0.07, 0.01, 0.22, 0.01, 0.01, 0.06, 0.01, 0.01, 0.07];
    assert.throws(
      () => rma({ yi, vi, method: 'REML', control: { maxIter: 1, threshold: 1e-15 } }),
      (e: unknown) =>
        e instanceof MetaError &&
        e.code === 'non_convergence' &&
        /REML estimator of tau2 did not converge/.test(e.message),
    );
  });

  test('where plain Fisher scoring cycles, the safeguarded iteration converges to the REML root', () => {
    // A random dataset (vi ~ U(0.01, 0.5), yi ~ N(0.3, 0.1 + vi), rounded to 4 decimals) on which metafor 3.8.1 stops
    // with "Fisher scoring algorithm did not converge"; with control = list(stepadj = 0.5, maxiter = 1000,
    // threshold = 1e-12) metafor reaches tau2 = 0.0300978645.
    const yi = [
      0.4804, 1.0014, 0.1578, -0.1084, 0.6858, -0.1471, -0.3597, 0.64, 0.1367, 0.4305, 1.4672, -0.0456, 0.4635, 0.3069,
      1.0662, 1.2051, 0.4069, 0.5637, 1.073, 0.7093,
    ];
    const vi = [
      // biome-ignore lint/suspicious/noApproximativeNumericConstant: measured data, not a constant
      0.3107, 0.3944, 0.3914, 0.479, 0.4871, 0.091, 0.4189, 0.2802, 0.4342, 0.3429, 0.4783, 0.3422, 0.3138, 0.3802,
      0.1526, 0.4583, 0.4947, 0.2573, 0.4044, 0.2132,
    ];
    const r = rma({ yi, vi, method: 'REML' });
    assert.ok(Math.abs(r.tau2 - 0.0300978645) < 1e-9, `tau2 ${r.tau2}`);
    assert.ok(r.tau2Iterations < 100);
  });

  test('a constant moderator makes the design singular: an error, not a NaN', () => {
    assert.throws(
      () => rma({ yi: [0.1, 0.2, 0.3], vi: [0.1, 0.1, 0.1], mods: [{ name: 'dose', values: [5, 5, 5] }] }),
      /not of full rank/,
    );
  });

  test('more coefficients than studies is refused', () => {
    assert.throws(
      () =>
        rma({
          yi: [0.1, 0.2],
          vi: [0.1, 0.1],
          mods: [
            { name: 'a', values: [1, 2] },
            { name: 'b', values: [3, 1] },
          ],
        }),
      /2 studies cannot estimate 3 coefficients/,
    );
  });

  test('categorical moderators: treatment coding, reference = first level in sorted order', () => {
    const r = rma({
      yi: [0.1, 0.5, 0.2, 0.6, 0.3, 0.9],
      vi: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
      mods: [{ name: 'alloc', values: ['random', 'alternate', 'systematic', 'alternate', 'random', 'systematic'] }],
      method: 'EE',
    });
    assert.deepEqual(r.names, ['intrcpt', 'allocrandom', 'allocsystematic']);
    // With equal variances the intercept is the mean of the reference level ("alternate").
    assert.ok(Math.abs(r.beta[0] - 0.55) < 1e-12);
    assert.ok(Math.abs(r.beta[1] - (0.2 - 0.55)) < 1e-12);
    assert.equal(r.QMdf?.[0], 2);
  });

  test('equal-effects I² and H² come from Q', () => {
    const r = rma({ yi: [0.1, 0.9, 0.4], vi: [0.01, 0.02, 0.03], method: 'FE' });
    assert.equal(r.method, 'EE');
    assert.ok(Math.abs(r.I2 - (100 * (r.QE - 2)) / r.QE) < 1e-12);
    assert.ok(Math.abs(r.H2 - r.QE / 2) < 1e-12);
  });

  test('a fixed tau2 is used as given', () => {
    const r = rma({ yi: [0.1, 0.9, 0.4], vi: [0.01, 0.02, 0.03], tau2: 0.05 });
    assert.equal(r.tau2, 0.05);
    assert.equal(r.seTau2, null);
    assert.throws(() => rma({ yi: [0.1, 0.9], vi: [0.01, 0.02], tau2: -1 }), /tau2 must be zero or positive/);
  });

  test('a large k is fitted on the one-pass path and agrees with the general path', () => {
    const k = 2000;
    const yi = Array.from({ length: k }, (_, i) => Math.sin(i) * 0.5 + 100);
    const vi = Array.from({ length: k }, (_, i) => 0.05 + (i % 7) / 20);
    const simple = rma({ yi, vi, method: 'REML' });
    // The same model with a moderator that is all zero but for one study takes the general path; with that study's
    // outcome exactly fitted by its own coefficient, drop it instead and compare on the rest.
    const general = rma({ yi, vi, method: 'REML', mods: [{ name: 'z', values: yi.map((_, i) => (i === 0 ? 1 : 0)) }] });
    const rest = rma({ yi: yi.slice(1), vi: vi.slice(1), method: 'REML' });
    assert.ok(Math.abs(general.tau2 - rest.tau2) < 1e-8 * rest.tau2);
    assert.ok(simple.tau2 > 0);
  });
});
