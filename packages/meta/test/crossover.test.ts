import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CROSSOVER_DEFAULT_CORRELATIONS,
  crossoverCorrelationSensitivity,
  crossoverFromArms,
  crossoverFromDifference,
  crossoverImpliedCorrelation,
  crossoverSmdFromArms,
  crossoverSmdFromDifference,
  type PairedDifferenceSource,
} from '../src/crossover/index.js';
import { pvalueT, qnorm, qt } from '../src/distributions.js';
import { MetaError } from '../src/errors.js';

function close(actual: number, expected: number, tolerance: number, what = 'value'): void {
  assert.ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: expected ${expected} ± ${tolerance}, got ${actual} (off by ${Math.abs(actual - expected)})`,
  );
}

/** Asserts that `fn` throws a MetaError whose message matches every pattern (argument name and bad value). */
function rejects(fn: () => unknown, ...patterns: RegExp[]): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof MetaError, `expected a MetaError, got ${String(error)}`);
    for (const pattern of patterns) assert.match(error.message, pattern);
    return true;
  });
}

// Cochrane Handbook v5.1 §16.4.6.4 (the crossover example carried into v6 §23.2.7): intervention E, n = 10,
// M_E = 7.0, SD_E = 2.38; intervention C, M_C = 6.5, SD_C = 2.21.
const HANDBOOK_ARMS = { meanE: 7.0, sdE: 2.38, meanC: 6.5, sdC: 2.21, n: 10 };

describe('Cochrane Handbook crossover worked example (v5.1 §16.4.6.4)', () => {
  // "Suppose that a typical standard deviation of differences had been observed from other trials to be 2 ...
  // The numbers 0.5 and 0.632 may be entered into RevMan as the estimate and standard error."
  it('imputing SD_diff = 2 gives MD 0.5 with SE 0.632', () => {
    const result = crossoverFromDifference(0.5, { from: 'sd', sd: 2, n: 10 });
    assert.equal(result.md, 0.5);
    assert.equal(result.se.toFixed(3), '0.632');
    assert.equal(result.method, 'paired-sd');
  });

  // "Suppose that a correlation coefficient of 0.68 has been imputed ... The numbers 0.5 and 0.583 may be entered."
  it('imputing Corr = 0.68 gives MD 0.5 with SE 0.583', () => {
    const result = crossoverFromArms({ ...HANDBOOK_ARMS, r: 0.68 });
    assert.equal(result.md, 0.5);
    assert.equal(result.se.toFixed(3), '0.583');
    assert.equal(result.method, 'paired-imputed-correlation');
    assert.match(result.description, /r = 0\.68/);
  });

  // "The numbers 0.218 and 0.256 may be entered into RevMan as the estimate and standard error of a standardized
  // mean difference."
  it('the SMD imputing Corr = 0.68 is 0.218 with SE 0.256', () => {
    const result = crossoverSmdFromArms({ ...HANDBOOK_ARMS, r: 0.68 });
    assert.equal(result.smd.toFixed(3), '0.218');
    assert.equal(result.se.toFixed(3), '0.256');
    assert.equal(result.method, 'paired-smd-arms');
  });

  // "We could also have obtained the SMD from the MD and its standard error ... The minor discrepancy arises due to the
  // slightly different ways in which the two formulae calculate a pooled standard deviation."
  it('the SMD from the MD and SD_diff differs from the per-arm route only slightly', () => {
    const { sdDiff } = crossoverFromArms({ ...HANDBOOK_ARMS, r: 0.68 });
    const fromDifference = crossoverSmdFromDifference({ md: 0.5, sdDiff, n: 10, r: 0.68 });
    const fromArms = crossoverSmdFromArms({ ...HANDBOOK_ARMS, r: 0.68 });
    assert.ok(fromDifference.smd !== fromArms.smd);
    close(fromDifference.smd, fromArms.smd, 0.005, 'smd');
    assert.equal(fromDifference.se.toFixed(3), '0.256');
    assert.equal(fromDifference.method, 'paired-smd-difference');
  });

  it('the SE of the SD_diff route equals SD_diff/√n from the implied SD_diff (formula consistency)', () => {
    const imputed = crossoverFromArms({ ...HANDBOOK_ARMS, r: 0.68 });
    close(crossoverFromDifference(0.5, { from: 'sd', sd: imputed.sdDiff, n: 10 }).se, imputed.se, 1e-15, 'se');
  });
});

describe('crossoverFromDifference', () => {
  it('passes a reported SE through and derives SD_diff when n is known', () => {
    const withoutN = crossoverFromDifference(-1.1, { from: 'se', se: 0.4 });
    assert.deepEqual([withoutN.se, withoutN.sdDiff, withoutN.n], [0.4, undefined, undefined]);
    const withN = crossoverFromDifference(-1.1, { from: 'se', se: 0.4, n: 16 });
    close(withN.sdDiff ?? Number.NaN, 1.6, 1e-15, 'sdDiff');
    assert.equal(withN.method, 'paired-se');
  });

  it('recovers the SE from a paired t interval with n − 1 df, or a normal interval without n', () => {
    const t = qt(0.975, 11);
    const paired = crossoverFromDifference(2, { from: 'ci', lower: 2 - t * 0.5, upper: 2 + t * 0.5, n: 12 });
    close(paired.se, 0.5, 1e-12, 'se (t)');
    assert.equal(paired.method, 'paired-ci-t');
    const z = qnorm(0.95);
    const normal = crossoverFromDifference(2, { from: 'ci', lower: 2 - z * 0.5, upper: 2 + z * 0.5, level: 0.9 });
    close(normal.se, 0.5, 1e-12, 'se (normal)');
    assert.equal(normal.method, 'paired-ci-normal');
  });

  // The t statistic and its P value are two reports of the same paired test, so both routes must agree.
  it('gives the same SE from a paired t statistic and from its P value', () => {
    for (const [md, t, n] of [
      [1.2, 2.4, 20],
      [-0.8, -3.1, 8],
      [5, 0.9, 40],
    ]) {
      const fromT = crossoverFromDifference(md, { from: 't', t, n });
      const fromP = crossoverFromDifference(md, { from: 'p', p: pvalueT(t, n - 1), n });
      close(fromT.se, Math.abs(md / t), 1e-15, 'se from t');
      close(fromP.se, fromT.se, 1e-8, 'se from p');
      close(fromP.sdDiff ?? Number.NaN, fromT.se * Math.sqrt(n), 1e-7, 'sdDiff');
      assert.equal(fromT.method, 'paired-t');
      assert.equal(fromP.method, 'paired-p');
    }
  });

  it('rejects bad inputs for every kind of report, naming the argument', () => {
    rejects(() => crossoverFromDifference(Number.NaN, { from: 'se', se: 1 }), /md must be a finite number \(got NaN\)/);
    rejects(
      // Simulates an untyped caller with an unknown tag.
      () => crossoverFromDifference(1, { from: 'z', se: 1 } as unknown as PairedDifferenceSource),
      /from must be one of sd, se, ci, t, p \(got z\)/,
    );
    rejects(() => crossoverFromDifference(1, { from: 'sd', sd: 0, n: 10 }), /sd must be positive \(got 0\)/);
    rejects(
      () => crossoverFromDifference(1, { from: 'sd', sd: 2, n: 1 }),
      /n must be a whole number of at least 2 \(got 1\)/,
    );
    rejects(() => crossoverFromDifference(1, { from: 'se', se: -1 }), /se must be positive \(got -1\)/);
    rejects(() => crossoverFromDifference(1, { from: 'se', se: 1, n: 0 }), /n must be a whole number/);
    rejects(() => crossoverFromDifference(1, { from: 'ci', lower: 2, upper: 2 }), /upper must be greater than lower/);
    rejects(
      () => crossoverFromDifference(5, { from: 'ci', lower: 0, upper: 2 }),
      /md must not exceed upper \(got md 5, upper 2\)/,
    );
    rejects(() => crossoverFromDifference(-5, { from: 'ci', lower: 0, upper: 2 }), /lower must not exceed md/);
    rejects(() => crossoverFromDifference(1, { from: 't', t: 0, n: 10 }), /t must not be zero/);
    rejects(() => crossoverFromDifference(0, { from: 't', t: 2, n: 10 }), /md must not be zero/);
    rejects(() => crossoverFromDifference(0, { from: 'p', p: 0.03, n: 10 }), /md must not be zero/);
    rejects(() => crossoverFromDifference(1, { from: 'p', p: 1, n: 10 }), /p must be between 0 and 1 \(got 1\)/);
    rejects(
      () => crossoverFromDifference(1, { from: 'p', p: 0.03, n: 1 }),
      /n must be a whole number of at least 2 \(got 1\)/,
    );
  });
});

describe('crossoverFromArms', () => {
  it('follows SD_diff = √(sd_E² + sd_C² − 2·r·sd_E·sd_C) at the edges r = 0, 1 and −1', () => {
    const independent = crossoverFromArms({ ...HANDBOOK_ARMS, r: 0 });
    close(independent.sdDiff, Math.hypot(2.38, 2.21), 1e-12, 'r = 0');
    close(crossoverFromArms({ ...HANDBOOK_ARMS, r: 1 }).sdDiff, 2.38 - 2.21, 1e-12, 'r = 1');
    close(crossoverFromArms({ ...HANDBOOK_ARMS, r: -1 }).sdDiff, 2.38 + 2.21, 1e-12, 'r = −1');
    close(independent.se, independent.sdDiff / Math.sqrt(10), 1e-15, 'se = sdDiff/√n');
  });

  // r = 1 with equal SDs means every participant has the same difference: SE 0, infinite weight.
  it('rejects r = 1 when the two SDs are equal, and r outside [−1, 1]', () => {
    rejects(
      () => crossoverFromArms({ ...HANDBOOK_ARMS, sdC: 2.38, r: 1 }),
      /r must be below 1 when sdE equals sdC \(got r 1, sdE 2.38, sdC 2.38\)/,
    );
    rejects(() => crossoverFromArms({ ...HANDBOOK_ARMS, r: 1.2 }), /r must be between -1 and 1 inclusive \(got 1.2\)/);
    rejects(() => crossoverFromArms({ ...HANDBOOK_ARMS, r: Number.NaN }), /r must be a finite number/);
  });

  it('rejects bad per-treatment summaries, naming the argument', () => {
    rejects(() => crossoverFromArms({ ...HANDBOOK_ARMS, sdE: -2, r: 0.5 }), /sdE must be positive \(got -2\)/);
    rejects(() => crossoverFromArms({ ...HANDBOOK_ARMS, sdC: 0, r: 0.5 }), /sdC must be positive \(got 0\)/);
    rejects(() => crossoverFromArms({ ...HANDBOOK_ARMS, meanC: Number.NaN, r: 0.5 }), /meanC must be a finite number/);
    rejects(
      () => crossoverFromArms({ ...HANDBOOK_ARMS, n: 1, r: 0.5 }),
      /n must be a whole number of at least 2 \(got 1\)/,
    );
  });
});

describe('crossoverImpliedCorrelation', () => {
  // Cochrane Handbook v5.1 §16.4.6.3: Corr = (SD_E² + SD_C² − SD_diff²)/(2·SD_E·SD_C) inverts the SD_diff formula.
  it('round-trips with crossoverFromArms, from SD_diff or from the SE and n', () => {
    for (const r of [-0.4, 0, 0.3, 0.68, 0.95]) {
      const arms = crossoverFromArms({ ...HANDBOOK_ARMS, r });
      close(crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, sdDiff: arms.sdDiff }).r, r, 1e-12, `r from sdDiff`);
      close(crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, se: arms.se, n: 10 }).r, r, 1e-12, `r from se`);
    }
  });

  it('treats rounding just past ±1 as ±1 but rejects values clearly outside', () => {
    // |sdE − sdC| = 0.17 is the smallest consistent SD_diff; a hair below it is rounding, not inconsistency.
    assert.equal(crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, sdDiff: 0.17 * (1 - 1e-11) }).r, 1);
    assert.equal(crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, sdDiff: 4.59 * (1 + 1e-11) }).r, -1);
    close(crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, sdDiff: 4.59 }).r, -1, 1e-12, 'r at sdE + sdC');
    rejects(
      () => crossoverImpliedCorrelation({ sdE: 2.38, sdC: 2.21, sdDiff: 6 }),
      /sdDiff is inconsistent with sdE 2.38 and sdC 2.21/,
      /outside \[−1, 1\]/,
    );
    rejects(() => crossoverImpliedCorrelation({ sdE: 2, sdC: 2, se: 5, n: 4 }), /se is inconsistent/);
  });

  it('rejects non-positive SDs and bad n', () => {
    rejects(() => crossoverImpliedCorrelation({ sdE: 0, sdC: 2, sdDiff: 1 }), /sdE must be positive \(got 0\)/);
    rejects(() => crossoverImpliedCorrelation({ sdE: 1, sdC: 2, sdDiff: -1 }), /sdDiff must be positive \(got -1\)/);
    rejects(() => crossoverImpliedCorrelation({ sdE: 1, sdC: 2, se: 0.3, n: 1 }), /n must be a whole number/);
  });
});

describe('crossoverCorrelationSensitivity', () => {
  it('defaults to r = 0, 0.1, …, 0.9 with SEs falling as r rises and a constant MD', () => {
    assert.deepEqual([...CROSSOVER_DEFAULT_CORRELATIONS], [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    const { rows, level, method } = crossoverCorrelationSensitivity(HANDBOOK_ARMS);
    assert.equal(rows.length, 10);
    assert.equal(level, 0.95);
    assert.equal(method, 'correlation-sensitivity');
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i].se < rows[i - 1].se, `se falls at r = ${rows[i].r}`);
    for (const row of rows) {
      assert.equal(row.md, 0.5);
      close(row.lower, 0.5 - qnorm(0.975) * row.se, 1e-12, 'lower');
      close(row.upper, 0.5 + qnorm(0.975) * row.se, 1e-12, 'upper');
    }
  });

  // Handbook v5.1 §16.4.6.4 again: r = 0.68 gives SE 0.583.
  it('accepts a custom list and level, and matches the Handbook SE at r = 0.68', () => {
    const { rows, level } = crossoverCorrelationSensitivity(HANDBOOK_ARMS, { correlations: [0.68, 0.2], level: 0.9 });
    assert.deepEqual(
      rows.map((row) => row.r),
      [0.68, 0.2],
    );
    assert.equal(rows[0].se.toFixed(3), '0.583');
    assert.equal(level, 0.9);
    close(rows[1].upper - rows[1].md, qnorm(0.95) * rows[1].se, 1e-12, 'half-width at 90%');
  });

  it('rejects an empty list, a correlation outside [−1, 1] and a bad level', () => {
    rejects(
      () => crossoverCorrelationSensitivity(HANDBOOK_ARMS, { correlations: [] }),
      /correlations must list at least one value/,
    );
    rejects(
      () => crossoverCorrelationSensitivity(HANDBOOK_ARMS, { correlations: [0.5, 1.5] }),
      /r must be between -1 and 1 inclusive \(got 1.5\)/,
    );
    rejects(
      () => crossoverCorrelationSensitivity(HANDBOOK_ARMS, { level: 95 }),
      /level must be between 0 and 1 \(got 95\)/,
    );
  });
});

describe('crossover SMD', () => {
  it('shrinks the SE as r grows, with SE = √(1/n + SMD²/2n)·√(2(1 − r))', () => {
    const low = crossoverSmdFromArms({ ...HANDBOOK_ARMS, r: 0 });
    const high = crossoverSmdFromArms({ ...HANDBOOK_ARMS, r: 0.9 });
    assert.equal(low.smd, high.smd);
    close(high.se / low.se, Math.sqrt(0.2 / 2), 1e-12, 'SE ratio');
    close(low.sdStandardizer, Math.sqrt((2.38 ** 2 + 2.21 ** 2) / 2), 1e-15, 'standardizer');
  });

  // SD_diff = SD·√(2(1 − r)) for equal SDs, so converting back must recover the per-arm SD exactly.
  it('returns to the parallel-group scale: SD_diff/√(2(1 − r)) recovers a common per-arm SD', () => {
    const arms = { meanE: 12, sdE: 3, meanC: 10, sdC: 3, n: 20 };
    const { sdDiff } = crossoverFromArms({ ...arms, r: 0.6 });
    const fromDifference = crossoverSmdFromDifference({ md: 2, sdDiff, n: 20, r: 0.6 });
    close(fromDifference.sdStandardizer, 3, 1e-12, 'standardizer');
    close(fromDifference.smd, crossoverSmdFromArms({ ...arms, r: 0.6 }).smd, 1e-12, 'smd');
  });

  // r = 1 would make the SE zero; SMD needs r strictly below 1.
  it('rejects r = 1, r below −1, n = 1 and non-positive SD_diff', () => {
    rejects(() => crossoverSmdFromArms({ ...HANDBOOK_ARMS, r: 1 }), /r must be at least -1 and below 1 \(got 1\)/);
    rejects(
      () => crossoverSmdFromDifference({ md: 1, sdDiff: 2, n: 10, r: 1 }),
      /r must be at least -1 and below 1 \(got 1\)/,
    );
    rejects(() => crossoverSmdFromDifference({ md: 1, sdDiff: 2, n: 10, r: -1.1 }), /got -1.1/);
    rejects(
      () => crossoverSmdFromDifference({ md: 1, sdDiff: 2, n: 1, r: 0.5 }),
      /n must be a whole number of at least 2/,
    );
    rejects(() => crossoverSmdFromDifference({ md: 1, sdDiff: 0, n: 10, r: 0.5 }), /sdDiff must be positive \(got 0\)/);
    rejects(
      () => crossoverSmdFromDifference({ md: Number.NaN, sdDiff: 1, n: 10, r: 0.5 }),
      /md must be a finite number/,
    );
    assert.ok(crossoverSmdFromDifference({ md: 1, sdDiff: 2, n: 10, r: -1 }).se > 0);
  });
});
