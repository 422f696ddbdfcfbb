/**
 * Subgroup differences and the Q-profile interval: identities that must hold whatever the data.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { confintTau2, rma, subgroupAnalysis } from '@evidens/meta';

const yi = [-0.89, -1.59, -1.35, -1.44, -0.22, -0.79, -1.62, 0.01, -0.47, -1.37, -0.34, 0.45, -0.02];
const vi = [0.33, 0.19, 0.42, 0.02, 0.05, 0.01, 0.22, 0.01, 0.06, 0.03, 0.01, 0.53, 0.07];
const groups = [
  'random',
  'random',
  'random',
  'alternate',
  'alternate',
  'random',
  'random',
  'random',
  'systematic',
  'systematic',
  'random',
  'systematic',
  'systematic',
];

describe('subgroup analysis', () => {
  test('the test for subgroup differences is the Wald test on the subgroup estimates', () => {
    const s = subgroupAnalysis({ yi, vi, groups, method: 'DL' });
    assert.deepEqual(
      s.subgroups.map((g) => g.name),
      ['alternate', 'random', 'systematic'],
    );
    // The same statistic as an equal-effects meta-regression of the subgroup estimates on the subgroup.
    const check = rma({
      yi: s.subgroups.map((g) => g.fit.beta[0]),
      sei: s.subgroups.map((g) => g.fit.se[0]),
      mods: [{ name: 'g', values: s.subgroups.map((g) => g.name) }],
      method: 'EE',
    });
    assert.ok(Math.abs(s.Qb - check.QM!) < 1e-10);
    assert.equal(s.QbDf, 2);
    assert.equal(s.overall.k, 13);
  });

  test('a single subgroup is refused; a missing subgroup is left out with a warning', () => {
    assert.throws(() => subgroupAnalysis({ yi, vi, groups: yi.map(() => 'a') }), /at least two subgroups/);
    const s = subgroupAnalysis({ yi, vi, groups: groups.map((g, i) => (i === 0 ? null : g)) });
    assert.equal(s.overall.k, 12);
    assert.match(s.warnings[0], /row 1/);
  });
});

describe('Q-profile interval for tau2', () => {
  test('the generalised Q at the bounds equals the chi-square quantiles', () => {
    const fit = rma({ yi, vi, method: 'REML' });
    const ci = confintTau2(fit);
    assert.ok(ci.tau2[1] < fit.tau2 && fit.tau2 < ci.tau2[2]);
    const qAt = (t2: number) => {
      const w = vi.map((v) => 1 / (v + t2));
      const mu = w.reduce((s, wi, i) => s + wi * yi[i], 0) / w.reduce((s, x) => s + x, 0);
      return w.reduce((s, wi, i) => s + wi * (yi[i] - mu) ** 2, 0);
    };
    // χ²(12) quantiles: 0.975 → 23.33666, 0.025 → 4.403789
    assert.ok(Math.abs(qAt(ci.tau2[1]) - 23.33666) < 1e-4);
    assert.ok(Math.abs(qAt(ci.tau2[2]) - 4.403789) < 1e-4);
  });

  test('homogeneous studies: both bounds at 0 with a warning', () => {
    const fit = rma({ yi: [0.1, 0.1001, 0.0999, 0.1], vi: [0.1, 0.1, 0.1, 0.1] });
    const ci = confintTau2(fit);
    assert.deepEqual(ci.tau2, [0, 0, 0]);
    assert.match(ci.warnings[0], /at 0/);
  });

  test('k = 1 has no interval', () => {
    assert.throws(() => confintTau2(rma({ yi: [1], vi: [1] })), /needs more studies/);
  });
});
