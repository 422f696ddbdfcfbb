/**
 * Egger's regression test, Begg's rank correlation test, trim and fill and the fail-safe N against metafor (golden
 * files written by validation/metafor/bias.R), and their behaviour in degenerate cases.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, type TestContext, test } from 'node:test';
import { escalc, type IvMethod, type Measure, MetaError, type RmaResult, rma, type TestType } from '../src/index.js';
import { fsn, kendall, ranktest, regtest, trimfill } from '../src/small-study/index.js';
import { kendallCdf, kendallExactPValue } from '../src/small-study/kendall-exact.js';
import { kendallTest } from '../src/small-study/kendall-test.js';
import { estimateK0, roundHalfEven } from '../src/small-study/trimfill-estimators.js';
import { assertClose } from './support/close.js';
import { numeric, readDataset, repoRoot, sharedOrSkip } from './support/shared.js';

type Numbers = (number | null)[];
interface ModelSummary {
  k: number;
  beta: number[];
  se: number[];
  zval: number[];
  pval: number[];
  ci_lb: number[];
  ci_ub: number[];
  tau2: number;
  QE: number;
  QEp: number;
  I2: number;
  H2: number;
}
interface GoldenRegtest {
  zval: number;
  pval: number;
  df: number | null;
  est: number | null;
  ci_lb: number | null;
  ci_ub: number | null;
  fit_beta: number[];
  fit_se: number[];
}
type GoldenTrimfill =
  | { error: string }
  | {
      k0: number;
      se_k0: number;
      p_k0: number | null;
      side: 'left' | 'right';
      filled_yi: number[];
      filled_vi: number[];
      fit: ModelSummary;
    };
interface Golden {
  case: string;
  input: {
    dataset: string;
    measure: Measure;
    columns: Record<string, string>;
    method: IvMethod;
    test: TestType;
    level: number;
    tau2: number | null;
    mods: string[];
  };
  regtest: { rma: GoldenRegtest; lm: GoldenRegtest };
  ranktest: { tau: number; pval: number };
  trimfill?: Record<'L0' | 'R0' | 'Q0', GoldenTrimfill>;
  fsn: {
    Rosenthal: { fsnum: number; pval: number; alpha: number };
    Orwin: { fsnum: number; meanes: number; target: number };
    OrwinWeighted: { fsnum: number; meanes: number; target: number };
    Rosenberg: { fsnum: number; pval: number; meanes: number; alpha: number };
  };
}

const goldenDir = join(repoRoot, 'validation', 'metafor', 'golden', 'bias');
const cases = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as Golden);

/** The model of a golden case, rebuilt from the shared dataset; null (test skipped) without the shared data. */
function rebuild(t: TestContext, g: Golden): RmaResult | null {
  const path = sharedOrSkip(t, join('meta-analysis', 'data_metadat', `${g.input.dataset}.csv`));
  if (path === null) return null;
  const data = readDataset(path);
  const column = (name: string) => numeric(data[name]);
  const es = escalc({
    measure: g.input.measure,
    data: Object.fromEntries(Object.entries(g.input.columns).map(([arg, name]) => [arg, column(name)])),
  });
  return rma({
    yi: es.yi,
    vi: es.vi,
    mods: g.input.mods.map((name) => ({ name, values: column(name) })),
    method: g.input.method,
    test: g.input.test,
    level: g.input.level,
    tau2: g.input.tau2 ?? undefined,
  });
}

function assertAll(actual: readonly (number | null)[], expected: Numbers, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (const [i, x] of expected.entries()) assertClose(actual[i], x, `${what}[${i + 1}]`);
}

function assertModel(fit: RmaResult, e: ModelSummary, what: string): void {
  assert.equal(fit.k, e.k, `${what}.k`);
  assertAll(fit.beta, e.beta, `${what}.beta`);
  assertAll(fit.se, e.se, `${what}.se`);
  assertAll(fit.zval, e.zval, `${what}.zval`);
  assertAll(fit.pval, e.pval, `${what}.pval`);
  assertAll(fit.ciLb, e.ci_lb, `${what}.ci.lb`);
  assertAll(fit.ciUb, e.ci_ub, `${what}.ci.ub`);
  assertClose(fit.tau2, e.tau2, `${what}.tau2`);
  assertClose(fit.QE, e.QE, `${what}.QE`);
  assertClose(fit.QEp, e.QEp, `${what}.QEp`);
  // I² in percent: the absolute floor applies to the proportion (see influence.test.ts).
  assertClose(fit.I2 / 100, e.I2 / 100, `${what}.I2 (proportion)`);
  assertClose(fit.H2, e.H2, `${what}.H2`);
}

describe('small-study methods against metafor', () => {
  for (const g of cases) {
    test(g.case, (t) => {
      const fit = rebuild(t, g);
      if (fit === null) return;
      for (const model of ['rma', 'lm'] as const) {
        const r = regtest(fit, { model });
        const e = g.regtest[model];
        const what = `regtest.${model}`;
        assertClose(r.zval, e.zval, `${what}.zval`);
        assertClose(r.pval, e.pval, `${what}.pval`);
        assert.equal(r.df, e.df, `${what}.df`);
        assertClose(r.est, e.est, `${what}.est`);
        assertClose(r.ciLb, e.ci_lb, `${what}.ci.lb`);
        assertClose(r.ciUb, e.ci_ub, `${what}.ci.ub`);
        assertAll(r.fit.beta, e.fit_beta, `${what}.fit.beta`);
        assertAll(r.fit.se, e.fit_se, `${what}.fit.se`);
      }

      const rank = ranktest(fit);
      assertClose(rank.tau, g.ranktest.tau, 'ranktest.tau');
      assertClose(rank.pval, g.ranktest.pval, 'ranktest.pval');

      for (const [estimator, e] of Object.entries(g.trimfill ?? {}) as [
        keyof NonNullable<Golden['trimfill']>,
        GoldenTrimfill,
      ][]) {
        const what = `trimfill.${estimator}`;
        if ('error' in e) {
          assert.throws(() => trimfill(fit, { estimator }), MetaError, `${what}: metafor fails (${e.error})`);
          continue;
        }
        const tf = trimfill(fit, { estimator });
        assert.equal(tf.k0, e.k0, `${what}.k0`);
        assert.equal(tf.side, e.side, `${what}.side`);
        assertClose(tf.seK0, e.se_k0, `${what}.se.k0`);
        assertClose(tf.pK0, e.p_k0, `${what}.p.k0`);
        assertAll(tf.filled.yi, e.filled_yi, `${what}.filled.yi`);
        assertAll(tf.filled.vi, e.filled_vi, `${what}.filled.vi`);
        assertModel(tf.fit, e.fit, `${what}.fit`);
      }

      const f = g.fsn;
      const ros = fsn(fit);
      assert.equal(ros.fsnum, f.Rosenthal.fsnum, 'fsn.Rosenthal.fsnum');
      assertClose(ros.pval, f.Rosenthal.pval, 'fsn.Rosenthal.pval');
      for (const [name, weighted] of [
        ['Orwin', false],
        ['OrwinWeighted', true],
      ] as const) {
        const orwin = fsn(fit, { type: 'Orwin', weighted });
        assert.equal(orwin.fsnum, f[name].fsnum, `fsn.${name}.fsnum`);
        assertClose(orwin.meanes, f[name].meanes, `fsn.${name}.meanes`);
        assertClose(orwin.target, f[name].target, `fsn.${name}.target`);
      }
      const rb = fsn(fit, { type: 'Rosenberg' });
      assert.equal(rb.fsnum, f.Rosenberg.fsnum, 'fsn.Rosenberg.fsnum');
      assertClose(rb.pval, f.Rosenberg.pval, 'fsn.Rosenberg.pval');
      assertClose(rb.meanes, f.Rosenberg.meanes, 'fsn.Rosenberg.meanes');
    });
  }
});

/** Every permutation of 0…n−1 (n ≤ 7). */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

/** A deterministic sequence in [0, 1) (Park–Miller), so the property checks need no seed handling. */
function uniform(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

describe("Kendall's tau and its exact null distribution", () => {
  test('the recursion equals the count of inversions over all permutations (n ≤ 7)', () => {
    for (let n = 1; n <= 7; n++) {
      const perms = permutations(n);
      const inversions = perms.map((p) => p.reduce((s, a, i) => s + p.slice(i + 1).filter((b) => b < a).length, 0));
      for (let q = 0; q <= (n * (n - 1)) / 2; q++) {
        const exact = inversions.filter((x) => x <= q).length / perms.length;
        assertClose(kendallCdf(q, n), exact, `P(T <= ${q}), n = ${n}`);
      }
    }
  });

  test('exact p-values: perfect agreement, symmetry, large n without overflow', () => {
    assertClose(kendallExactPValue(10, 5), 2 / 120, 'n = 5, tau = 1');
    assert.equal(kendallExactPValue(6, 5), kendallExactPValue(-6, 5));
    const p = kendallExactPValue(0, 170);
    assert.ok(p > 0.9 && p <= 1, `n = 170, S = 0: ${p}`);
    // S has the parity of n(n − 1)/2; S = 6001 is z ≈ 8 in the normal approximation.
    const tail = kendallExactPValue(6001, 170);
    assert.ok(tail > 0 && tail < 1e-12, `n = 170, S = 6001: ${tail}`);
  });

  test('the O(n log n) statistic equals the pairwise count, with and without ties', () => {
    const next = uniform(7);
    for (const n of [2, 3, 10, 57]) {
      for (const ties of [false, true]) {
        const x = Array.from({ length: n }, () => (ties ? Math.floor(next() * 5) : next()));
        const y = Array.from({ length: n }, () => (ties ? Math.floor(next() * 4) : next()));
        let s = 0;
        let tx = 0;
        let ty = 0;
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            s += Math.sign(x[i] - x[j]) * Math.sign(y[i] - y[j]);
            if (x[i] === x[j]) tx++;
            if (y[i] === y[j]) ty++;
          }
        }
        const n0 = (n * (n - 1)) / 2;
        const k = kendall(x, y);
        assert.equal(k.s, s, `S, n = ${n}, ties ${ties}`);
        if (tx < n0 && ty < n0) assertClose(k.tau, s / Math.sqrt((n0 - tx) * (n0 - ty)), `tau_b, n = ${n}`);
      }
    }
  });

  test('ties or n > 170 use the normal approximation', () => {
    assert.equal(kendallTest(kendall([1, 2, 2, 3], [1, 2, 3, 4])).method, 'normal');
    const next = uniform(11);
    const x = Array.from({ length: 200 }, () => next());
    assert.equal(kendallTest(kendall(x, x)).method, 'normal');
    assert.equal(kendallTest(kendall(x.slice(0, 170), x.slice(0, 170))).method, 'exact');
  });
});

describe('small-study methods: degenerate cases and errors', () => {
  const yi = [0.1, 0.5, 0.3];
  const vi = [0.04, 0.02, 0.05];
  const isCode = (code: MetaError['code'], column?: string) => (e: unknown) =>
    e instanceof MetaError && e.code === code && (column === undefined || e.column === column);

  test('regtest: at least p + 2 studies; three studies as metafor', () => {
    assert.throws(() => regtest(rma({ yi: yi.slice(0, 2), vi: vi.slice(0, 2) })), /at least 3 studies .* \(k = 2\)/);
    const fit = rma({ yi, vi, method: 'EE' });
    // metafor 3.8.1: regtest(rma(yi, vi, method = "EE")) and model = "lm"
    const r = regtest(fit);
    assertClose(r.zval, -1.32225567933886, 'rma zval');
    assertClose(r.est, 1.01959779430043, 'rma est');
    const lm = regtest(fit, { model: 'lm' });
    assert.equal(lm.df, 1);
    assertClose(lm.pval, 0.410445193165666, 'lm pval');
    assertClose(lm.ciLb, -5.48306812408816, 'lm ci.lb');
  });

  test('regtest: equal variances, moderators, bad options', () => {
    const equal = rma({ yi: [0.1, 0.5, 0.3, 0.9], vi: [0.04, 0.04, 0.04, 0.04] });
    assert.throws(() => regtest(equal), /sei is constant or collinear/);
    const withMods = rma({
      yi: [0.1, 0.5, 0.3, 0.4, 0.2],
      vi: [0.04, 0.02, 0.05, 0.03, 0.01],
      mods: [{ name: 'x', values: [1, 2, 4, 3, 5] }],
    });
    const r = regtest(withMods);
    assert.equal(r.est, null);
    assert.deepEqual(r.fit.names, ['intrcpt', 'x', 'sei']);
    assert.throws(() => regtest(withMods, { model: 'glm' as never }), isCode('invalid_argument', 'model'));
    assert.deepEqual(regtest(rma({ yi, vi }), { predictor: 'vi' }).fit.names, ['intrcpt', 'vi']);
  });

  test('ranktest: k = 1 refused, k = 2 and 3 as metafor, undefined tau refused', () => {
    assert.throws(() => ranktest({ yi: [0.2], vi: [0.04] }), isCode('too_few_studies'));
    assert.deepEqual(ranktest({ yi: yi.slice(0, 2), vi: vi.slice(0, 2) }), { tau: -1, pval: 1, method: 'exact', k: 2 });
    assertClose(ranktest({ yi, vi }).tau, -1 / 3, 'tau, k = 3');
    assert.throws(() => ranktest({ yi, vi: [0.04, 0.04, 0.04] }), /all sampling variances are equal/);
    assert.throws(() => ranktest({ yi: [0.2, 0.2, 0.2], vi }), isCode('invalid_value', 'yi'));
    assert.throws(() => ranktest({ yi, vi: [0.04, 0.02] }), isCode('invalid_argument', 'vi'));
    assert.throws(() => ranktest({ yi, vi: [0.04, -0.02, 0.05] }), /vi must be positive \(got -0.02 at position 2\)/);
  });

  test('trimfill: two and three studies as metafor', () => {
    const two = rma({ yi: [0.1, 0.3], vi: [0.04, 0.02], method: 'EE' });
    const l0 = trimfill(two);
    assert.deepEqual([l0.k0, l0.side], [1, 'right']);
    assertClose(l0.seK0, 1.546712075394, 'se.k0');
    assertAll(l0.filled.yi, [0.5], 'filled yi');
    assert.deepEqual(l0.filled.mirrors, [1]);
    assert.deepEqual(l0.fit.rows, [1, 2, 3]);
    const r0 = trimfill(two, { estimator: 'R0' });
    assert.deepEqual([r0.k0, r0.pK0, r0.fit], [0, 0.5, two]);
    const three = rma({ yi, vi, method: 'EE' });
    assert.equal(trimfill(three).k0, 2);
    assertClose(trimfill(three).seK0, 1.488086019019, 'se.k0, k = 3');
    assert.throws(() => trimfill(three, { estimator: 'Q0' }), /Q0 estimator is undefined/);
    assert.throws(() => trimfill(three, { maxIter: 1 }), isCode('non_convergence'));
  });

  test('trimfill: identical studies need no filling; equal variances need a side', () => {
    const same = rma({ yi: [0.2, 0.2, 0.2], vi, method: 'REML' });
    for (const estimator of ['L0', 'R0', 'Q0'] as const) {
      const tf = trimfill(same, { estimator, side: 'left' });
      assert.equal(tf.k0, 0, estimator);
      assert.ok(Number.isFinite(tf.seK0), `${estimator} se.k0 ${tf.seK0}`);
      assert.equal(tf.fit, same);
    }
    const equal = rma({ yi: [0.1, 0.5, 0.3, 0.9], vi: [0.04, 0.04, 0.04, 0.04] });
    assert.throws(() => trimfill(equal), isCode('invalid_argument', 'side'));
    assert.equal(trimfill(equal, { side: 'right' }).side, 'right');
  });

  test('trimfill: refuses one study, moderators and bad options', () => {
    assert.throws(() => trimfill(rma({ yi: [0.2], vi: [0.04] })), isCode('too_few_studies'));
    const withMods = rma({
      yi: [0.1, 0.5, 0.3, 0.4],
      vi: [0.04, 0.02, 0.05, 0.03],
      mods: [{ name: 'x', values: [1, 2, 4, 3] }],
    });
    assert.throws(() => trimfill(withMods), /trimfill needs a model without moderators/);
    const fit = rma({ yi, vi });
    assert.throws(() => trimfill(fit, { estimator: 'L1' as never }), isCode('invalid_argument', 'estimator'));
    assert.throws(() => trimfill(fit, { side: 'up' as never }), isCode('invalid_argument', 'side'));
    assert.throws(() => trimfill(fit, { maxIter: 0 }), isCode('invalid_argument', 'maxIter'));
  });

  test('fsn: one study, zero effects, targets and alpha', () => {
    const one = fsn({ yi: [0.2], vi: [0.05] });
    assert.equal(one.fsnum, 0);
    assertClose(one.pval, 0.185546684761349, 'one study p');
    assert.equal(fsn({ yi: [0.2], vi: [0.05] }, { type: 'Orwin' }).fsnum, 1);
    const zero = fsn({ yi: [0, 0], vi: [0.04, 0.04] });
    assert.deepEqual([zero.fsnum, zero.pval], [0, 0.5]);
    assert.equal(fsn({ yi: [0, 0], vi: [0.04, 0.04] }, { type: 'Orwin' }).fsnum, 0);
    // A target of the wrong sign is flipped (metafor): (0.2 − 0.1)/0.1 · 2 = 2.
    assert.equal(fsn({ yi: [0.2, 0.2], vi: [0.04, 0.04] }, { type: 'Orwin', target: -0.1 }).fsnum, 2);
    assert.equal(fsn({ yi: [-0.1, 0.2, -3], vi: [0.05, 0.05, 0.1] }, { type: 'Rosenberg' }).fsnum, 10);
    assert.throws(() => fsn({ yi, vi }, { type: 'Orwin', target: 0 }), isCode('invalid_argument', 'target'));
    assert.throws(() => fsn({ yi, vi }, { alpha: 1 }), isCode('invalid_argument', 'alpha'));
    assert.throws(() => fsn({ yi, vi }, { type: 'Fisher' as never }), isCode('invalid_argument', 'type'));
    assert.throws(() => fsn({ yi: [], vi: [] }), isCode('too_few_studies'));
    assert.throws(() => fsn({ yi: [0.1, Number.NaN], vi: [0.1, 0.1] }), isCode('invalid_value', 'yi'));
  });

  test('rounding of k0 follows R (halves to even)', () => {
    assert.deepEqual([0.5, 1.5, 2.5, 2.4, 2.6, -1.5].map(roundHalfEven), [0, 2, 2, 2, 3, -2]);
    const { k0, se } = estimateK0(Float64Array.from([-0.3, -0.1, 0.2, 0.4, 0.9]), 'L0', 0);
    assert.equal(k0, 2);
    assertClose(se, 1.660417759173, 'se');
  });
});
