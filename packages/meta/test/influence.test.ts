/**
 * Leave-one-out, cumulative and influence analyses against metafor (golden files written by
 * validation/metafor/bias.R), and their behaviour in degenerate cases.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, type TestContext, test } from 'node:test';
import { escalc, type IvMethod, type Measure, MetaError, type RmaResult, rma, type TestType } from '../src/index.js';
import { cumulative, influence, leaveOneOut, type RefitTable } from '../src/influence/index.js';
import { assertClose } from './support/close.js';
import { numeric, readDataset, repoRoot, sharedOrSkip } from './support/shared.js';

type Numbers = (number | null)[];
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
    order: string | null;
  };
  leave1out?: Record<string, Numbers>;
  cumul?: Record<string, Numbers>;
  influence: Record<string, Numbers> & { inf: boolean[]; dfbetas: Record<string, Numbers> };
}

const goldenDir = join(repoRoot, 'validation', 'metafor', 'golden', 'bias');
const cases = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as Golden);

/** The model of a golden case, rebuilt from the shared dataset; null (test skipped) without the shared data. */
function rebuild(t: TestContext, g: Golden): { fit: RmaResult; column: (name: string) => Numbers } | null {
  const path = sharedOrSkip(t, join('meta-analysis', 'data_metadat', `${g.input.dataset}.csv`));
  if (path === null) return null;
  const data = readDataset(path);
  const column = (name: string) => numeric(data[name]);
  const es = escalc({
    measure: g.input.measure,
    data: Object.fromEntries(Object.entries(g.input.columns).map(([arg, name]) => [arg, column(name)])),
  });
  const fit = rma({
    yi: es.yi,
    vi: es.vi,
    mods: g.input.mods.map((name) => ({ name, values: column(name) })),
    method: g.input.method,
    test: g.input.test,
    level: g.input.level,
    tau2: g.input.tau2 ?? undefined,
  });
  return { fit, column };
}

function assertAll(actual: readonly (number | null)[], expected: Numbers, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  for (const [i, x] of expected.entries()) assertClose(actual[i], x, `${what}[${i + 1}]`);
}

/** metafor's list.rma columns against a refit table. */
function assertTable(table: RefitTable, expected: Record<string, Numbers>, what: string): void {
  const pairs: [keyof RefitTable, string][] = [
    ['estimate', 'estimate'],
    ['se', 'se'],
    ['zval', 'zval'],
    ['pval', 'pval'],
    ['ciLb', 'ci_lb'],
    ['ciUb', 'ci_ub'],
    ['Q', 'Q'],
    ['Qp', 'Qp'],
    ['H2', 'H2'],
    ['tau2', 'tau2'],
  ];
  for (const [ours, theirs] of pairs) {
    if (expected[theirs] !== undefined) assertAll(table[ours] as Numbers, expected[theirs], `${what}.${theirs}`);
  }
  // I² is a percentage: the absolute floor applies to the proportion, because where τ² sits on its boundary metafor's
  // REML approaches 0 only asymptotically (τ² ≈ 5e-13 at its threshold 1e-12) and a hundredfold I² would exceed it.
  const percent = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? null : x / 100));
  assertAll(percent(table.I2), percent(expected.I2), `${what}.I2 (proportion)`);
}

describe('influence analyses against metafor', () => {
  for (const g of cases) {
    test(g.case, (t) => {
      const built = rebuild(t, g);
      if (built === null) return;
      const { fit, column } = built;
      if (g.leave1out) assertTable(leaveOneOut(fit), g.leave1out, 'leave1out');
      if (g.cumul) {
        const key = g.input.order === null ? undefined : column(g.input.order);
        const order = key === undefined ? undefined : { key: fit.rows.map((r) => key[r - 1] as number) };
        const cumul = cumulative(fit, order);
        assert.deepEqual(cumul.rows, g.cumul.rows, 'cumul.rows');
        assertTable(cumul, g.cumul, 'cumul');
      }
      const inf = influence(fit);
      const e = g.influence;
      assertAll(inf.rstudent, e.rstudent, 'rstudent');
      assertAll(inf.dffits, e.dffits, 'dffits');
      assertAll(inf.cookD, e.cook_d, 'cook.d');
      assertAll(inf.covR, e.cov_r, 'cov.r');
      assertAll(inf.tau2Del, e.tau2_del, 'tau2.del');
      assertAll(inf.QEDel, e.QE_del, 'QE.del');
      assertAll(inf.hat, e.hat, 'hat');
      assertAll(inf.weight, e.weight, 'weight');
      inf.names.forEach((name, j) => {
        assertAll(
          inf.dfbetas.map((row) => row[j]),
          e.dfbetas[name],
          `dfbetas.${name}`,
        );
      });
      assert.deepEqual(inf.inf, e.inf, 'inf');
    });
  }
});

describe('leave-one-out and cumulative analyses: degenerate cases and settings', () => {
  const yi = [0.1, 0.5, 0.3];
  const vi = [0.04, 0.02, 0.05];

  test('one study: nothing to leave out, cumulative gives the study itself', () => {
    const fit = rma({ yi: [0.2], vi: [0.04] });
    assert.throws(
      () => leaveOneOut(fit),
      (e: unknown) => e instanceof MetaError && e.code === 'too_few_studies',
    );
    assert.throws(() => influence(fit), /more studies than coefficients \(k = 1\)/);
    const c = cumulative(fit);
    const expected: [keyof RefitTable, number][] = [
      ['estimate', 0.2],
      ['se', 0.2],
      ['Q', 0],
      ['Qp', 1],
      ['tau2', 0],
      ['I2', 0],
      ['H2', 1],
    ];
    for (const [column, value] of expected) assertAll(c[column] as Numbers, [value], column);
  });

  test('two studies: each refit is the other study alone', () => {
    const fit = rma({ yi: yi.slice(0, 2), vi: vi.slice(0, 2), method: 'REML' });
    const l = leaveOneOut(fit);
    assertAll(l.estimate, [0.5, 0.1], 'estimate');
    assertAll(l.se, [Math.sqrt(0.02), 0.2], 'se');
    assertAll(l.tau2, [0, 0], 'tau2');
    assert.deepEqual(l.rows, [1, 2]);
  });

  test('Knapp-Hartung: a single-study refit falls back to z, then t with k - 1 df (as metafor)', () => {
    const fit = rma({ yi, vi, method: 'EE', test: 'knha' });
    const c = cumulative(fit);
    assert.deepEqual(c.ddf, [null, 1, 2]);
    // metafor 3.8.1, cumul(rma(yi, vi, method = "EE", test = "knha")): p = 0.6170751, 0.3023880, 0.09894457
    assertAll(c.pval, [0.617075077451974, 0.302388027, 0.09894457], 'pval');
  });

  test('two studies: influence as metafor (every study flagged, hat = weight share)', () => {
    const inf = influence(rma({ yi: yi.slice(0, 2), vi: vi.slice(0, 2), method: 'EE' }));
    assertAll(inf.rstudent, [-1.632993161855452, 1.632993161855452], 'rstudent');
    assertAll(inf.dffits, [-1.154700538379252, 2.309401076758503], 'dffits');
    assertAll(inf.cookD, [4 / 3, 16 / 3], 'cook.d');
    assertAll(inf.covR, [1.5, 3], 'cov.r');
    assertAll(inf.hat, [1 / 3, 2 / 3], 'hat');
    assert.deepEqual(inf.inf, [true, true]);
  });

  test('identical studies: every refit equal, no study influential', () => {
    const fit = rma({ yi: [0.2, 0.2, 0.2], vi: [0.04, 0.04, 0.04] });
    const l = leaveOneOut(fit);
    assertAll(l.estimate, [0.2, 0.2, 0.2], 'estimate');
    assertAll(l.Q, [0, 0, 0], 'Q');
    const inf = influence(fit);
    assertAll(inf.rstudent, [0, 0, 0], 'rstudent');
    assertAll(inf.cookD, [0, 0, 0], 'cook.d');
    assertAll(inf.covR, [1.5, 1.5, 1.5], 'cov.r');
    assert.deepEqual(inf.inf, [false, false, false]);
    // Under Knapp-Hartung the scale s² is 0 and every covariance singular (metafor stops too).
    const knha = rma({ yi: [0.2, 0.2, 0.2], vi: [0.04, 0.04, 0.04], test: 'knha' });
    assert.throws(
      () => influence(knha),
      (e: unknown) => e instanceof MetaError && e.column === 'test',
    );
  });

  test('a fixed tau2 stays fixed in every refit; tau2 = 0 reproduces the equal-effects refits', () => {
    const fixed = leaveOneOut(rma({ yi, vi, tau2: 0.1 }));
    assert.deepEqual(fixed.tau2, [0.1, 0.1, 0.1]);
    assert.deepEqual(influence(rma({ yi, vi, tau2: 0.1 })).tau2Del, [0.1, 0.1, 0.1]);
    const zero = leaveOneOut(rma({ yi, vi, tau2: 0 }));
    const ee = leaveOneOut(rma({ yi, vi, method: 'EE' }));
    assertAll(zero.estimate, ee.estimate, 'estimate');
    assertAll(zero.se, ee.se, 'se');
    assertAll(zero.Q, ee.Q, 'Q');
  });

  test('moderators: leave-one-out and cumulative refuse, influence works', () => {
    const fit = rma({
      yi: [0.1, 0.5, 0.3, 0.4],
      vi: [0.04, 0.02, 0.05, 0.03],
      mods: [{ name: 'x', values: [1, 2, 3, 5] }],
    });
    assert.throws(() => leaveOneOut(fit), /leaveOneOut needs a model without moderators \(this one has intrcpt, x\)/);
    assert.throws(
      () => cumulative(fit),
      (e: unknown) => e instanceof MetaError && e.column === 'mods',
    );
    assert.equal(influence(fit).dfbetas[0].length, 2);
  });

  test('cumulative order: by indices, by key (ties in given order), and its errors', () => {
    const fit = rma({ yi, vi, method: 'EE' });
    assert.deepEqual(cumulative(fit, { indices: [2, 0, 1] }).rows, [3, 1, 2]);
    assert.deepEqual(cumulative(fit, { key: [1990, 1980, 1980] }).order, [1, 2, 0]);
    assert.throws(() => cumulative(fit, { indices: [0, 0, 1] }), /order.indices must be a permutation of 0…2/);
    assert.throws(() => cumulative(fit, { key: [1, 2] }), /order.key has 2 values but the model has 3 studies/);
    assert.throws(() => cumulative(fit, { key: [1, Number.NaN, 2] }), /order.key must be finite numbers/);
  });
});
