import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  iqrDivisor,
  meanFromIqr,
  meanFromRange,
  meanFromRangeAndIqr,
  meanSdFromQuantiles,
  rangeDivisor,
  sdFromDifferenceSe,
  sdFromIqr,
  sdFromMeanCi,
  sdFromRange,
  sdFromRangeAndIqr,
  sdFromSe,
  seFromCi,
  seFromP,
  seFromRatioCi,
  seFromRatioP,
} from '../src/convert/index.js';
import { pvalueT, pvalueZ, qnorm, qt } from '../src/distributions.js';
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

describe('seFromCi', () => {
  // Cochrane Handbook v5.1 §7.7.3.2 (v6 §6.5.2.2): a 95% CI is 3.92 SEs wide; "for 90% confidence intervals 3.92
  // should be replaced by 3.29, and for 99% confidence intervals it should be replaced by 5.15".
  it('uses the Handbook divisors 3.92, 3.29 and 5.15 for 95%, 90% and 99% intervals', () => {
    assert.equal((2 * seFromCi({ lower: 0, upper: 1 }).critical).toFixed(2), '3.92');
    assert.equal((2 * seFromCi({ lower: 0, upper: 1, level: 0.9 }).critical).toFixed(2), '3.29');
    assert.equal((2 * seFromCi({ lower: 0, upper: 1, level: 0.99 }).critical).toFixed(2), '5.15');
  });

  // Cochrane Handbook v5.1 §7.7.3.3 (v6 §6.5.2.3): for groups of 25 and 22 the t quantile has 25 + 22 − 2 = 45 df;
  // printed t tables give t(0.975, 45) = 2.014.
  it('uses the t quantile with the given df (Handbook example with 25 + 22 − 2 = 45 df)', () => {
    const result = seFromCi({ lower: 3.0, upper: 9.0, df: 45 });
    assert.equal(result.critical.toFixed(3), '2.014');
    close(result.se, 6 / (2 * result.critical), 1e-12, 'se');
    assert.equal(result.method, 'ci-t');
    assert.equal(result.df, 45);
    assert.match(result.description, /45 df/);
  });

  it('round-trips: a CI built as estimate ± z·SE gives back the SE and the estimate', () => {
    for (const [estimate, se, level] of [
      [6, 1.5, 0.95],
      [-0.3, 0.02, 0.9],
      [120, 15, 0.99],
    ]) {
      const z = qnorm((1 + level) / 2);
      const result = seFromCi({ lower: estimate - z * se, upper: estimate + z * se, level });
      close(result.se, se, 1e-12 * Math.max(1, se), 'se');
      close(result.midpoint, estimate, 1e-12 * Math.max(1, Math.abs(estimate)), 'midpoint');
      assert.equal(result.method, 'ci-normal');
      assert.equal(result.df, undefined);
    }
  });

  it('round-trips with a t quantile too', () => {
    const t = qt(0.975, 12);
    close(seFromCi({ lower: 10 - t * 2, upper: 10 + t * 2, df: 12 }).se, 2, 1e-12, 'se');
  });

  it('rejects equal, reversed or non-finite bounds and bad levels or df, naming the argument', () => {
    rejects(() => seFromCi({ lower: 3, upper: 3 }), /upper must be greater than lower/, /lower 3, upper 3/);
    rejects(() => seFromCi({ lower: 9, upper: 3 }), /upper must be greater than lower/);
    rejects(() => seFromCi({ lower: Number.NaN, upper: 3 }), /lower must be a finite number \(got NaN\)/);
    rejects(() => seFromCi({ lower: 0, upper: Number.POSITIVE_INFINITY }), /upper must be a finite number/);
    rejects(() => seFromCi({ lower: 0, upper: 1, level: 95 }), /level must be between 0 and 1 \(got 95\)/);
    rejects(() => seFromCi({ lower: 0, upper: 1, level: 0 }), /level/);
    rejects(() => seFromCi({ lower: 0, upper: 1, level: 1 }), /level/);
    rejects(() => seFromCi({ lower: 0, upper: 1, df: 0 }), /df must be positive \(got 0\)/);
    rejects(() => seFromCi({ lower: 0, upper: 1, df: -3 }), /df must be positive \(got -3\)/);
  });
});

describe('seFromRatioCi', () => {
  // Cochrane Handbook v5.1 §7.7.7.3 (v6 §6.3.2): for a ratio measure take natural logs of the limits, then apply the
  // difference-scale formula; the SE refers to the log ratio.
  it('logs the bounds before applying the difference formula', () => {
    const result = seFromRatioCi({ lower: 0.62, upper: 0.91 });
    close(result.se, (Math.log(0.91) - Math.log(0.62)) / (2 * qnorm(0.975)), 1e-15, 'se');
    close(result.logLower, Math.log(0.62), 0, 'logLower');
    close(result.logUpper, Math.log(0.91), 0, 'logUpper');
    assert.equal(result.method, 'ratio-ci-normal');
    assert.match(result.description, /§6\.3\.2/);
  });

  it('round-trips: exp(ln RR ± z·SE) gives back the SE and ln RR', () => {
    const logRr = Math.log(0.75);
    const z = qnorm(0.975);
    const result = seFromRatioCi({ lower: Math.exp(logRr - z * 0.2), upper: Math.exp(logRr + z * 0.2) });
    close(result.se, 0.2, 1e-12, 'se');
    close(result.logMidpoint, logRr, 1e-12, 'logMidpoint');
  });

  it('supports t quantiles', () => {
    const result = seFromRatioCi({ lower: 0.5, upper: 2, df: 20 });
    assert.equal(result.method, 'ratio-ci-t');
    close(result.se, (2 * Math.log(2)) / (2 * qt(0.975, 20)), 1e-12, 'se');
  });

  it('rejects non-positive ratio bounds and equal bounds', () => {
    rejects(() => seFromRatioCi({ lower: 0, upper: 2 }), /lower must be positive \(got 0\)/);
    rejects(() => seFromRatioCi({ lower: 0.5, upper: -2 }), /upper must be positive \(got -2\)/);
    rejects(() => seFromRatioCi({ lower: 1.2, upper: 1.2 }), /upper must be greater than lower/);
  });
});

describe('seFromP', () => {
  // Cochrane Handbook v6 §6.3.1 (v5.1 §7.7.7.2): "The Z value that corresponds to a P value of 0.008 is Z = 2.652".
  it('finds Z = 2.652 for P = 0.008 (Handbook §6.3.1)', () => {
    const result = seFromP({ estimate: 1, p: 0.008 });
    assert.equal(result.statistic.toFixed(3), '2.652');
    close(result.se, 1 / result.statistic, 1e-15, 'se');
    assert.equal(result.method, 'p-normal');
  });

  // Cochrane Handbook v5.1 §7.7.3.3 (v6 §6.5.2.3): difference in means 3.8, P = 0.008, groups of 25 and 22:
  // t = 2.78 with 45 df, so "the standard error of the difference in means is obtained by dividing 3.8 by 2.78,
  // which gives 1.37".
  it('reproduces the Handbook t-test example: MD 3.8, P = 0.008, 45 df → t 2.78, SE 1.37', () => {
    const result = seFromP({ estimate: 3.8, p: 0.008, df: 25 + 22 - 2 });
    assert.equal(result.statistic.toFixed(2), '2.78');
    assert.equal(result.se.toFixed(2), '1.37');
    assert.equal(result.method, 'p-t');
  });

  // Altman & Bland, BMJ 2011;343:d2090: zinc trial, difference 17 percentage points, P = 0.032; with their
  // approximation z = 2.141, SE = 7.940 and 95% CI 1.4 to 32.6. The exact quantile (z = 2.144) differs from their
  // closed-form approximation in the third decimal, so the SE agrees to 0.02 and the limits to 0.1.
  it('agrees with Altman & Bland (BMJ 2011) for the zinc trial example', () => {
    const result = seFromP({ estimate: 17, p: 0.032 });
    close(result.statistic, 2.141, 0.005, 'z');
    close(result.se, 7.94, 0.02, 'se');
    close(17 - 1.96 * result.se, 1.4, 0.1, 'lower limit');
    close(17 + 1.96 * result.se, 32.6, 0.1, 'upper limit');
  });

  // Altman & Bland's approximation z = −0.862 + √(0.743 − 2.404·ln P) is an independent route to the quantile;
  // they describe it as accurate for ordinary P values.
  it('is within 0.015 of the Altman & Bland closed-form z for P from 0.001 to 0.2', () => {
    for (const p of [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]) {
      const approximate = -0.862 + Math.sqrt(0.743 - 2.404 * Math.log(p));
      close(seFromP({ estimate: 1, p }).statistic, approximate, 0.015, `z at P = ${p}`);
    }
  });

  it('round-trips with the two-sided P value of z and t statistics, keeping precision for small P', () => {
    for (const z of [0.5, 1.96, 4, 7]) {
      close(seFromP({ estimate: -z * 0.3, p: pvalueZ(z) }).se, 0.3, 1e-7, `se at z = ${z}`);
    }
    for (const t of [0.8, 2.5, 6]) {
      close(seFromP({ estimate: t * 1.7, p: pvalueT(t, 9), df: 9 }).se, 1.7, 1e-8, `se at t = ${t}`);
    }
  });

  it('rejects a zero estimate, P outside (0, 1) and bad df', () => {
    rejects(() => seFromP({ estimate: 0, p: 0.04 }), /estimate must not be zero/);
    rejects(() => seFromP({ estimate: Number.NaN, p: 0.04 }), /estimate must be a finite number/);
    rejects(() => seFromP({ estimate: 1, p: 0 }), /p must be between 0 and 1 \(got 0\)/);
    rejects(() => seFromP({ estimate: 1, p: 1 }), /p must be between 0 and 1 \(got 1\)/);
    rejects(() => seFromP({ estimate: 1, p: 1.2 }), /p must be between 0 and 1 \(got 1.2\)/);
    rejects(() => seFromP({ estimate: 1, p: 0.04, df: 0 }), /df must be positive \(got 0\)/);
  });

  // The normal quantile loses accuracy for tiny P and underflows near 1e-17; an infinite statistic would mean SE = 0.
  it('converts tiny P values on the normal route with the tail quantile, never a zero SE', () => {
    // R: qnorm(1e-20 / 2) = -9.336044849; the SE follows as |estimate|/|z|.
    const tiny = seFromP({ estimate: 2, p: 1e-20 });
    close(tiny.se, 2 / tiny.statistic, 1e-15, 'se');
    close(tiny.statistic, 9.336044849, 1e-9, 'statistic');
    rejects(() => seFromP({ estimate: 2, p: 0 }), /p must be between 0 and 1/);
    close(seFromP({ estimate: 2, p: 1e-20, df: 30 }).se, 2 / -qt(0.5e-20, 30), 1e-12, 't route still works');
  });
});

describe('seFromRatioP', () => {
  // Altman & Bland, BMJ 2011;343:d2090, case (b): for a ratio, use the log estimate in the same steps.
  it('works on the log scale and round-trips with the P value of ln(ratio)/SE', () => {
    const p = pvalueZ(Math.log(0.3) / 0.55);
    const result = seFromRatioP({ ratio: 0.3, p });
    close(result.se, 0.55, 1e-9, 'se');
    close(result.logEstimate, Math.log(0.3), 0, 'logEstimate');
    assert.equal(result.method, 'ratio-p-normal');
    assert.equal(seFromRatioP({ ratio: 2, p: 0.01, df: 30 }).method, 'ratio-p-t');
  });

  it('rejects a ratio of 1 or below zero', () => {
    rejects(() => seFromRatioP({ ratio: 1, p: 0.5 }), /ratio must not be 1 \(got 1\)/);
    rejects(() => seFromRatioP({ ratio: 0, p: 0.5 }), /ratio must be positive \(got 0\)/);
    rejects(() => seFromRatioP({ ratio: -2, p: 0.5 }), /ratio must be positive \(got -2\)/);
  });
});

describe('sdFromSe', () => {
  // Cochrane Handbook v6 §6.5.2.2: SD = SE × √N for the SE of a group mean.
  it('multiplies by √n and inverts SE = SD/√n', () => {
    assert.equal(sdFromSe({ se: 1.5, n: 25 }).sd, 7.5);
    const sd = 3.7;
    close(sdFromSe({ se: sd / Math.sqrt(41), n: 41 }).sd, sd, 1e-12, 'sd');
    assert.equal(sdFromSe({ se: 1, n: 4 }).method, 'sd-from-se');
  });

  it('rejects n below 2 or fractional, and non-positive SEs', () => {
    rejects(() => sdFromSe({ se: 1, n: 1 }), /n must be a whole number of at least 2 \(got 1\)/);
    rejects(() => sdFromSe({ se: 1, n: 10.5 }), /n must be a whole number of at least 2 \(got 10.5\)/);
    rejects(() => sdFromSe({ se: -2, n: 10 }), /se must be positive \(got -2\)/);
    rejects(() => sdFromSe({ se: 0, n: 10 }), /se must be positive \(got 0\)/);
  });
});

describe('sdFromDifferenceSe', () => {
  // Cochrane Handbook v5.1 §7.7.3.3 (v6 §6.5.2.3): the SE 1.37 of the 25-versus-22 example converts to a
  // within-group SD by SD = SE/√(1/25 + 1/22); the arithmetic gives 4.69.
  it('continues the Handbook example: SE 1.37 with groups of 25 and 22 → SD 4.69', () => {
    assert.equal(sdFromDifferenceSe({ se: 1.37, n1: 25, n2: 22 }).sd.toFixed(2), '4.69');
  });

  it('round-trips with SE = SD·√(1/n1 + 1/n2)', () => {
    const se = 5 * Math.sqrt(1 / 30 + 1 / 12);
    close(sdFromDifferenceSe({ se, n1: 30, n2: 12 }).sd, 5, 1e-12, 'sd');
  });

  it('rejects empty groups and a total below 3', () => {
    rejects(() => sdFromDifferenceSe({ se: 1, n1: 0, n2: 10 }), /n1 must be a whole number of at least 1 \(got 0\)/);
    rejects(() => sdFromDifferenceSe({ se: 1, n1: 1, n2: 1 }), /n1 \+ n2 must be a whole number of at least 3/);
    rejects(() => sdFromDifferenceSe({ se: 0, n1: 5, n2: 5 }), /se must be positive/);
  });
});

describe('sdFromMeanCi', () => {
  // Cochrane Handbook v5.1 §7.7.3.2 (v6 §6.5.2.2): SD = √N × (upper − lower)/3.92; for a sample of 25 the t value
  // is 2.0639 and "the divisor, 3.92, in the formula above would be replaced by 2 × 2.0639 = 4.128".
  it('divides the width by 3.92, or by 4.128 with the t quantile for n = 25 (Handbook §6.5.2.2)', () => {
    const normal = sdFromMeanCi({ lower: 3.0, upper: 9.0, n: 25 });
    assert.equal(((Math.sqrt(25) * 6) / normal.sd).toFixed(2), '3.92');
    assert.equal(normal.method, 'sd-from-mean-ci-normal');
    const t = sdFromMeanCi({ lower: 3.0, upper: 9.0, n: 25, distribution: 't' });
    assert.equal(t.critical.toFixed(4), '2.0639');
    assert.equal(((Math.sqrt(25) * 6) / t.sd).toFixed(3), '4.128');
    assert.equal(t.method, 'sd-from-mean-ci-t');
    close(t.se * Math.sqrt(25), t.sd, 1e-12, 'sd = se·√n');
  });

  it('rejects n = 1, an unknown distribution and a zero-width interval', () => {
    rejects(() => sdFromMeanCi({ lower: 1, upper: 2, n: 1 }), /n must be a whole number of at least 2 \(got 1\)/);
    rejects(
      // Simulates an untyped caller.
      () => sdFromMeanCi({ lower: 1, upper: 2, n: 10, distribution: 'z' as 'normal' }),
      /distribution must be one of normal, t \(got z\)/,
    );
    rejects(() => sdFromMeanCi({ lower: 2, upper: 2, n: 10 }), /upper must be greater than lower/);
  });
});

// Wan et al. 2014, BMC Med Res Methodol 14:135, Table 1: values of ξ(n) "in the formula (7) and the formula (12)"
// for n ≤ 50 (index 0 is n = 1).
const WAN_TABLE_1 = [
  0, 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.97, 3.078, 3.173, 3.259, 3.336, 3.407, 3.472, 3.532, 3.588,
  3.64, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931, 3.964, 3.997, 4.027, 4.057, 4.086, 4.113, 4.139, 4.165, 4.189,
  4.213, 4.236, 4.259, 4.28, 4.301, 4.322, 4.341, 4.361, 4.379, 4.398, 4.415, 4.433, 4.45, 4.466, 4.482, 4.498,
];

describe('rangeDivisor and iqrDivisor', () => {
  it('matches Wan et al. 2014 Table 1 within 0.5% for n = 10…50 and within 5% below that', () => {
    for (let n = 2; n <= 50; n++) {
      const relative = Math.abs(rangeDivisor(n) / WAN_TABLE_1[n - 1] - 1);
      assert.ok(relative < (n >= 10 ? 0.005 : 0.05), `ξ(${n}) = ${rangeDivisor(n)} vs Table 1 ${WAN_TABLE_1[n - 1]}`);
    }
  });

  // Cochrane Handbook v6 §6.5.2.5: for large samples from a normal distribution the IQR is about 1.35 SDs.
  it('η(n) tends to 2Φ⁻¹(0.75) = 1.349 (the Handbook IQR/1.35 rule) and ξ(n) grows with n', () => {
    close(iqrDivisor(1_000_000), 1.349, 0.0005, 'η(10⁶)');
    assert.ok(iqrDivisor(10) < iqrDivisor(100));
    assert.ok(rangeDivisor(10) < rangeDivisor(100));
  });

  // Table 1 gives ξ(1) = 0: a single observation has no range, so n = 1 must fail rather than divide by zero.
  it('rejects n = 1 (ξ(1) = η(1) = 0) and fractional n', () => {
    rejects(() => rangeDivisor(1), /n must be a whole number of at least 2 \(got 1\)/);
    rejects(() => iqrDivisor(1), /n must be a whole number of at least 2 \(got 1\)/);
    rejects(() => rangeDivisor(12.5), /got 12.5/);
  });
});

describe('Wan et al. 2014 SD estimators', () => {
  // The metaBLUE R package documentation (Wan.std example: X = c(1, 4, 10), n = 30, type "S1") prints
  // sigmahat 2.205578, an independent implementation of formula 7.
  it('reproduces the published Wan.std example: min 1, median 4, max 10, n 30 → SD 2.205578', () => {
    const result = sdFromRange({ min: 1, median: 4, max: 10, n: 30 });
    assert.equal(result.sd.toFixed(6), '2.205578');
    assert.equal(result.method, 'wan2014-range');
    assert.match(result.description, /formula 7/);
  });

  // For a normal sample of size 25 Table 1 gives an expected range of 3.931 SDs; a sample with exactly that range
  // should give back an SD close to 1 (the quantile form of ξ differs from the table by 0.07%).
  it('gives back σ for a range equal to the expected range of Table 1', () => {
    close(sdFromRange({ min: -3.931 / 2, max: 3.931 / 2, n: 25 }).sd, 1, 0.001, 'sd');
  });

  it('gives back σ from the population IQR of a normal for large n (formula 16)', () => {
    const halfIqr = 2 * qnorm(0.75);
    const result = sdFromIqr({ q1: 10 - halfIqr, q3: 10 + halfIqr, n: 100_000 });
    close(result.sd, 2, 0.001, 'sd');
    assert.equal(result.method, 'wan2014-iqr');
    assert.match(result.description, /formula 16/);
  });

  // Wan et al. formula 12 is the average of the range-based and the IQR-based estimates.
  it('averages the range and IQR estimates for the five-number summary (formula 12)', () => {
    const five = { min: 1, q1: 2, median: 3, q3: 6, max: 10, n: 25 };
    const both = sdFromRangeAndIqr(five);
    close(both.sd, (sdFromRange(five).sd + sdFromIqr(five).sd) / 2, 1e-12, 'sd');
    assert.equal(both.method, 'wan2014-range-iqr');
    assert.equal(both.rangeDivisor, rangeDivisor(25));
    assert.equal(both.iqrDivisor, iqrDivisor(25));
  });
});

describe('Luo et al. 2018 mean estimators', () => {
  // The metaBLUE R package documentation (Luo.mean example: X = c(1, 4, 10), n = 30, type "S1") prints
  // muhat 4.356748, an independent implementation of the scenario S1 estimator.
  it('reproduces the published Luo.mean example: min 1, median 4, max 10, n 30 → mean 4.356748', () => {
    const result = meanFromRange({ min: 1, median: 4, max: 10, n: 30 });
    assert.equal(result.mean.toFixed(6), '4.356748');
    assert.equal(result.method, 'luo2018-range');
  });

  it('computes the quartile weight 0.7 + 0.39/n by hand at n = 39 (weight 0.71)', () => {
    const result = meanFromIqr({ q1: 2, median: 3, q3: 6, n: 39 });
    close(result.midQuartileWeight, 0.71, 1e-15, 'weight');
    close(result.mean, 0.71 * 4 + 0.29 * 3, 1e-12, 'mean');
    assert.equal(result.method, 'luo2018-iqr');
  });

  // At n = 16, n^0.75 = 8 and n^0.55 = 2^2.2, so the weights can be written down exactly.
  it('computes the five-number weights by hand at n = 16', () => {
    const result = meanFromRangeAndIqr({ min: 1, q1: 2, median: 3, q3: 6, max: 10, n: 16 });
    const w1 = 2.2 / 10.2;
    const w2 = 0.7 - 0.72 / 2 ** 2.2;
    close(result.midRangeWeight, w1, 1e-12, 'w1');
    close(result.midQuartileWeight, w2, 1e-12, 'w2');
    close(result.mean, w1 * 5.5 + w2 * 4 + (1 - w1 - w2) * 3, 1e-12, 'mean');
    assert.equal(result.method, 'luo2018-range-iqr');
  });

  it('returns the median for symmetric summaries, whatever the weights', () => {
    for (const n of [2, 7, 50, 1000]) {
      close(meanFromRange({ min: 0, median: 5, max: 10, n }).mean, 5, 1e-12, 'range');
      close(meanFromIqr({ q1: 3, median: 5, q3: 7, n }).mean, 5, 1e-12, 'iqr');
      close(meanFromRangeAndIqr({ min: 0, q1: 3, median: 5, q3: 7, max: 10, n }).mean, 5, 1e-12, 'five');
    }
  });

  it('has weights that sum to 1 and approach their large-sample limits', () => {
    const large = meanFromRangeAndIqr({ min: 0, q1: 1, median: 2, q3: 4, max: 9, n: 10_000_000 });
    close(large.midRangeWeight + large.midQuartileWeight + large.medianWeight, 1, 1e-15, 'sum');
    close(large.midRangeWeight, 0, 0.001, 'w1 → 0');
    close(large.midQuartileWeight, 0.7, 0.001, 'w2 → 0.7');
    close(meanFromRange({ min: 0, median: 2, max: 9, n: 10_000_000 }).midRangeWeight, 0, 0.001, 'S1 weight → 0');
    close(meanFromIqr({ q1: 1, median: 2, q3: 4, n: 10_000_000 }).midQuartileWeight, 0.7, 1e-6, 'S2 weight → 0.7');
  });
});

describe('meanSdFromQuantiles', () => {
  it('picks the scenario from the values present and combines Luo and Wan', () => {
    const range = meanSdFromQuantiles({ n: 30, median: 4, min: 1, max: 10 });
    assert.equal(range.scenario, 'range');
    assert.equal(range.method, 'luo2018-wan2014-range');
    assert.equal(range.mean.toFixed(6), '4.356748');
    assert.equal(range.sd.toFixed(6), '2.205578');
    assert.match(range.description, /Luo et al\. 2018.*Wan et al\. 2014, formula 7/);

    const iqr = meanSdFromQuantiles({ n: 25, median: 3, q1: 2, q3: 6 });
    assert.equal(iqr.scenario, 'iqr');
    assert.equal(iqr.mean, meanFromIqr({ q1: 2, median: 3, q3: 6, n: 25 }).mean);
    assert.equal(iqr.sd, sdFromIqr({ q1: 2, q3: 6, n: 25 }).sd);

    const five = meanSdFromQuantiles({ n: 25, median: 3, min: 1, q1: 2, q3: 6, max: 10 });
    assert.equal(five.scenario, 'range-iqr');
    assert.equal(five.method, 'luo2018-wan2014-range-iqr');
    assert.equal(five.sdStep.method, 'wan2014-range-iqr');
    assert.equal(five.meanStep.method, 'luo2018-range-iqr');
  });

  it('allows the median to coincide with a quartile', () => {
    assert.ok(meanSdFromQuantiles({ n: 20, median: 2, q1: 2, q3: 6 }).sd > 0);
  });

  it('rejects a half-given pair or no spread at all, naming the missing value', () => {
    rejects(() => meanSdFromQuantiles({ n: 20, median: 2, min: 1 }), /max must be given together with min/);
    rejects(() => meanSdFromQuantiles({ n: 20, median: 2, q3: 5 }), /q1 must be given together with q3/);
    rejects(() => meanSdFromQuantiles({ n: 20, median: 2 }), /min and max, or q1 and q3, must be given/);
  });

  it('rejects out-of-order quantiles, zero spread, non-finite values and bad n', () => {
    rejects(
      () => meanSdFromQuantiles({ n: 20, median: 1, q1: 2, q3: 6 }),
      /q1 must not exceed median \(got q1 2, median 1\)/,
    );
    rejects(
      () => meanSdFromQuantiles({ n: 20, median: 7, q1: 2, q3: 6 }),
      /median must not exceed q3 \(got median 7, q3 6\)/,
    );
    rejects(
      () => meanSdFromQuantiles({ n: 20, median: 3, min: 2.5, q1: 2, q3: 6, max: 10 }),
      /min must not exceed q1 \(got min 2.5, q1 2\)/,
    );
    rejects(
      () => meanSdFromQuantiles({ n: 20, median: 3, min: 1, q1: 2, q3: 6, max: 5 }),
      /q3 must not exceed max \(got q3 6, max 5\)/,
    );
    rejects(
      () => meanSdFromQuantiles({ n: 20, median: 3, q1: 3, q3: 3 }),
      /q3 must be greater than q1 \(got q1 3, q3 3\)/,
    );
    rejects(() => meanSdFromQuantiles({ n: 20, median: 3, min: 3, max: 3 }), /max must be greater than min/);
    rejects(() => meanSdFromQuantiles({ n: 20, median: Number.NaN, q1: 1, q3: 5 }), /median must be a finite number/);
    rejects(
      () => meanSdFromQuantiles({ n: 20, median: 3, q1: 1, q3: Number.POSITIVE_INFINITY }),
      /q3 must be a finite/,
    );
    rejects(
      () => meanSdFromQuantiles({ n: 1, median: 3, q1: 1, q3: 5 }),
      /n must be a whole number of at least 2 \(got 1\)/,
    );
    rejects(() => meanSdFromQuantiles({ n: 20.5, median: 3, min: 1, max: 5 }), /got 20.5/);
  });
});
