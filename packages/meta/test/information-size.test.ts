import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pnorm } from '../src/distributions.js';
import { MetaError } from '../src/errors.js';
import {
  adjustInformationSize,
  type BinaryInformationSizeInput,
  binaryInformationSize,
  continuousInformationSize,
  diversityD2,
  informationFraction,
} from '../src/information-size/index.js';

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

/**
 * Power of a two-sided z test at level α for a true difference δ whose SE is `se`, counting both rejection regions.
 * Used as an independent route: at the required information size this must equal the requested power.
 */
function zTestPower(delta: number, se: number, zAlpha: number): number {
  return pnorm(Math.abs(delta) / se - zAlpha) + pnorm(-Math.abs(delta) / se - zAlpha);
}

describe('binaryInformationSize', () => {
  // With N participants split equally, the SE of a risk difference under the average risk P̄ is √(4P̄(1 − P̄)/N); at
  // the unrounded IS a two-sided z test must have (to within the negligible far tail) exactly the requested power.
  it('gives a size at which a two-sided z test has the requested power', () => {
    for (const [controlRisk, rrr, alpha, power] of [
      [0.1, 0.2, 0.05, 0.8],
      [0.05, 0.25, 0.01, 0.9],
      [0.4, 0.1, 0.05, 0.9],
    ]) {
      const result = binaryInformationSize({ controlRisk, rrr, alpha, power });
      const p = result.meanRisk;
      const seAt = (n: number) => Math.sqrt((4 * p * (1 - p)) / n);
      close(zTestPower(result.delta, seAt(result.unrounded), result.zAlpha), power, 1e-5, 'power at IS');
      assert.ok(zTestPower(result.delta, seAt(result.required), result.zAlpha) >= power, 'power at rounded IS');
      assert.ok(zTestPower(result.delta, seAt(result.required - 1), result.zAlpha) < power, 'power one below');
    }
  });

  it('computes P̄ and δ from Pc and the RRR (Pc 10%, RRR 20% → Pe 8%, P̄ 9%, δ 2 points)', () => {
    const result = binaryInformationSize({ controlRisk: 0.1, rrr: 0.2 });
    close(result.experimentalRisk, 0.08, 1e-15, 'Pe');
    close(result.meanRisk, 0.09, 1e-15, 'P̄');
    close(result.delta, 0.02, 1e-15, 'δ');
    // Normal tables: z(0.975) = 1.959964, z(0.80) = 0.841621.
    close(result.unrounded, (4 * (1.959964 + 0.841621) ** 2 * 0.09 * 0.91) / 0.02 ** 2, 0.01, 'IS');
    assert.equal(result.required, 6429);
    assert.deepEqual([result.alpha, result.power, result.method], [0.05, 0.8, 'wetterslev2008-binary']);
  });

  it('gives the same size whether the effect is stated as an RRR, an RR or a risk difference', () => {
    const byRrr = binaryInformationSize({ controlRisk: 0.1, rrr: 0.2 });
    const byRr = binaryInformationSize({ controlRisk: 0.1, rr: 0.8 });
    const byRd = binaryInformationSize({ controlRisk: 0.1, riskDifference: -0.02 });
    close(byRr.unrounded, byRrr.unrounded, 1e-6, 'rr');
    close(byRd.unrounded, byRrr.unrounded, 1e-6, 'rd');
  });

  // Rounding is always up: 0.1 of a participant more still needs a whole participant.
  it('rounds the required size up to a whole participant, never down', () => {
    for (const rrr of [0.1, 0.15, 0.2, 0.33, 0.5]) {
      const { required, unrounded } = binaryInformationSize({ controlRisk: 0.2, rrr });
      assert.ok(Number.isInteger(required));
      assert.ok(required >= unrounded && required - unrounded < 1, `${required} vs ${unrounded}`);
    }
  });

  it('rejects bad risks, effects, error rates, and zero or several effects', () => {
    rejects(() => binaryInformationSize({ controlRisk: 0, rrr: 0.2 }), /controlRisk must be between 0 and 1 \(got 0\)/);
    rejects(() => binaryInformationSize({ controlRisk: 1, rrr: 0.2 }), /controlRisk must be between 0 and 1 \(got 1\)/);
    rejects(() => binaryInformationSize({ controlRisk: 0.1, rrr: 0 }), /rrr implies no difference between groups/);
    rejects(() => binaryInformationSize({ controlRisk: 0.1, rr: 1 }), /rr implies no difference/);
    rejects(
      () => binaryInformationSize({ controlRisk: 0.1, riskDifference: 0 }),
      /riskDifference implies no difference/,
    );
    rejects(
      () => binaryInformationSize({ controlRisk: 0.6, rr: 2 }),
      /rr implies an experimental risk of 1.2, outside \(0, 1\)/,
    );
    rejects(() => binaryInformationSize({ controlRisk: 0.1, rrr: 1 }), /rrr implies an experimental risk of 0/);
    rejects(() => binaryInformationSize({ controlRisk: 0.1, rrr: Number.NaN }), /rrr must be a finite number/);
    rejects(
      () => binaryInformationSize({ controlRisk: 0.1, rrr: 0.2, alpha: 0 }),
      /alpha must be between 0 and 1 \(got 0\)/,
    );
    rejects(
      () => binaryInformationSize({ controlRisk: 0.1, rrr: 0.2, alpha: 1 }),
      /alpha must be between 0 and 1 \(got 1\)/,
    );
    rejects(
      () => binaryInformationSize({ controlRisk: 0.1, rrr: 0.2, power: 1 }),
      /power must be between 0 and 1 \(got 1\)/,
    );
    rejects(
      () => binaryInformationSize({ controlRisk: 0.1, rrr: 0.2, power: 80 }),
      /power must be between 0 and 1 \(got 80\)/,
    );
    // Simulates untyped callers giving no effect, or two.
    const none = { controlRisk: 0.1 } as BinaryInformationSizeInput;
    rejects(() => binaryInformationSize(none), /exactly one of rrr, rr, riskDifference must be given \(got none\)/);
    const two = { controlRisk: 0.1, rrr: 0.2, rr: 0.8 } as unknown as BinaryInformationSizeInput;
    rejects(() => binaryInformationSize(two), /exactly one of rrr, rr, riskDifference must be given \(got rrr, rr\)/);
  });
});

describe('continuousInformationSize', () => {
  // Lehr's rule (Stat Med 1992;11:1099): about 16/Δ² participants per group for α = 0.05 (two-sided) and 80% power,
  // where Δ = δ/σ; the exact normal formula gives 15.7/Δ², so half the IS must lie within 2% of 16/Δ².
  it('agrees with Lehr’s 16/Δ² per group within 2%', () => {
    for (const [difference, sd] of [
      [0.5, 1],
      [2, 10],
      [3, 3],
    ]) {
      const { unrounded } = continuousInformationSize({ difference, sd });
      const lehr = 16 / (difference / sd) ** 2;
      assert.ok(Math.abs(unrounded / 2 / lehr - 1) < 0.02, `${unrounded / 2} vs ${lehr}`);
    }
  });

  it('gives 126 participants for a half-SD difference and the requested power by the z-test route', () => {
    const result = continuousInformationSize({ difference: -0.5, sd: 1 });
    assert.equal(result.required, 126);
    close(zTestPower(0.5, Math.sqrt(4 / result.unrounded), result.zAlpha), 0.8, 1e-5, 'power (far tail adds ~1e-6)');
    assert.equal(result.method, 'wetterslev2008-continuous');
  });

  it('rejects a zero difference, a non-positive SD and bad error rates', () => {
    rejects(() => continuousInformationSize({ difference: 0, sd: 1 }), /difference must not be zero/);
    rejects(() => continuousInformationSize({ difference: 1, sd: 0 }), /sd must be positive \(got 0\)/);
    rejects(() => continuousInformationSize({ difference: 1, sd: -2 }), /sd must be positive \(got -2\)/);
    rejects(
      () => continuousInformationSize({ difference: Number.POSITIVE_INFINITY, sd: 1 }),
      /difference must be a finite/,
    );
    rejects(() => continuousInformationSize({ difference: 1, sd: 1, alpha: -0.05 }), /alpha must be between 0 and 1/);
    rejects(
      () => continuousInformationSize({ difference: 1, sd: 1, power: 0 }),
      /power must be between 0 and 1 \(got 0\)/,
    );
    // The formula squares z_{1−α/2} + z_{1−β}; a negative sum would return the size for some other power.
    rejects(
      () => continuousInformationSize({ difference: 1, sd: 1, power: 0.01 }),
      /power must be greater than alpha\/2 \(got power 0.01, alpha 0.05\)/,
    );
    // The normal quantile keeps its precision far into the tail, so even a tiny α gives a finite size.
    assert.ok(Number.isFinite(continuousInformationSize({ difference: 1, sd: 1, alpha: 1e-300 }).required));
    assert.ok(continuousInformationSize({ difference: 1, sd: 1, power: 0.3 }).required > 0);
  });
});

/** DerSimonian–Laird τ² and Higgins' I², computed here independently of the module. */
function dersimonianLaird(yi: number[], vi: number[]): { tau2: number; i2: number } {
  const w = vi.map((v) => 1 / v);
  const sw = w.reduce((a, b) => a + b, 0);
  const mean = w.reduce((a, wi, i) => a + wi * yi[i], 0) / sw;
  const q = w.reduce((a, wi, i) => a + wi * (yi[i] - mean) ** 2, 0);
  const df = yi.length - 1;
  const c = sw - w.reduce((a, wi) => a + wi * wi, 0) / sw;
  return { tau2: Math.max(0, (q - df) / c), i2: Math.max(0, (q - df) / q) };
}

describe('diversityD2', () => {
  // Wetterslev et al. 2009: with equal within-study variances v, D² = τ²/(v + τ²).
  it('reduces to τ²/(v + τ²) for equal within-study variances', () => {
    const result = diversityD2({ vi: [0.2, 0.2, 0.2, 0.2], tau2: 0.05 });
    close(result.d2, 0.05 / 0.25, 1e-15, 'D²');
    close(result.vFixed, 0.05, 1e-15, 'v_F');
    close(result.vRandom, 0.0625, 1e-15, 'v_R');
  });

  // Wetterslev et al. 2009 prove D² ≥ I² for DerSimonian–Laird meta-analyses.
  it('is at least I² for DerSimonian–Laird meta-analyses', () => {
    const datasets: Array<[number[], number[]]> = [
      [
        [0.1, 0.5, -0.2, 0.8, 0.3],
        [0.04, 0.09, 0.05, 0.2, 0.1],
      ],
      [
        [-1.2, -0.4, -0.9, 0.1],
        [0.3, 0.05, 0.12, 0.4],
      ],
      [
        [2, 2.5, 1.1, 3.4, 2.2, 0.9],
        [0.5, 0.25, 0.3, 0.8, 0.2, 0.6],
      ],
    ];
    for (const [yi, vi] of datasets) {
      const { tau2, i2 } = dersimonianLaird(yi, vi);
      assert.ok(tau2 > 0, 'the example should be heterogeneous');
      const { d2 } = diversityD2({ vi, tau2 });
      assert.ok(d2 >= i2 - 1e-12, `D² ${d2} < I² ${i2}`);
    }
  });

  it('is 0 without between-study variance, for one study too', () => {
    assert.equal(diversityD2({ vi: [0.1, 0.3], tau2: 0 }).d2, 0);
    close(diversityD2({ vi: [0.3], tau2: 0.1 }).d2, 0.25, 1e-15, 'one study');
  });

  it('rejects an empty or invalid variance list and a negative τ²', () => {
    rejects(() => diversityD2({ vi: [], tau2: 0.1 }), /vi must list at least one within-study variance/);
    rejects(() => diversityD2({ vi: [0.1, 0, 0.2], tau2: 0.1 }), /vi\[1\] must be positive \(got 0\)/);
    rejects(() => diversityD2({ vi: [0.1, Number.NaN], tau2: 0.1 }), /vi\[1\] must be a finite number/);
    rejects(() => diversityD2({ vi: [0.1], tau2: -0.01 }), /tau2 must not be negative \(got -0.01\)/);
  });
});

describe('adjustInformationSize', () => {
  const base = binaryInformationSize({ controlRisk: 0.1, rrr: 0.2 });

  it('multiplies the unrounded size by 1/(1 − D²) and rounds up once', () => {
    const result = adjustInformationSize(base, { d2: 0.25 });
    close(result.factor, 4 / 3, 1e-15, 'factor');
    close(result.unrounded, (base.unrounded * 4) / 3, 1e-9, 'unrounded');
    assert.equal(result.required, Math.ceil((base.unrounded * 4) / 3));
    assert.deepEqual([result.measure, result.value, result.method], ['D2', 0.25, 'diversity-adjusted']);
    assert.equal(adjustInformationSize(1000, { d2: 0 }).required, 1000);
  });

  it('offers the I² adjustment, which is never larger than the D² one for the same data', () => {
    const vi = [0.04, 0.09, 0.05, 0.2, 0.1];
    const { tau2, i2 } = dersimonianLaird([0.1, 0.5, -0.2, 0.8, 0.3], vi);
    const byI2 = adjustInformationSize(base, { i2 });
    const byData = adjustInformationSize(base, { vi, tau2 });
    assert.equal(byI2.method, 'inconsistency-adjusted');
    assert.equal(byData.method, 'diversity-adjusted');
    close(byData.value, diversityD2({ vi, tau2 }).d2, 0, 'D² from data');
    assert.ok(byI2.required <= byData.required);
  });

  // D² = 1 would mean all variation is between studies: no finite information size suffices.
  it('rejects D² or I² of 1 or more, negative values and a non-positive base', () => {
    rejects(() => adjustInformationSize(base, { d2: 1 }), /d2 must be at least 0 and below 1 \(got 1\)/);
    rejects(() => adjustInformationSize(base, { d2: -0.1 }), /d2 must be at least 0 and below 1 \(got -0.1\)/);
    rejects(() => adjustInformationSize(base, { i2: 1 }), /i2 must be at least 0 and below 1 \(got 1\)/);
    rejects(() => adjustInformationSize(base, { i2: 45 }), /i2 .* \(got 45\)/);
    rejects(() => adjustInformationSize(0, { d2: 0.2 }), /base must be positive \(got 0\)/);
    rejects(() => adjustInformationSize(base, { vi: [], tau2: 0.1 }), /vi must list at least one/);
  });
});

describe('informationFraction', () => {
  it('reports the fraction accrued, the shortfall and whether the size is reached', () => {
    const halfway = informationFraction({
      accrued: 3200,
      required: binaryInformationSize({ controlRisk: 0.1, rrr: 0.2 }),
    });
    assert.equal(halfway.required, 6429);
    close(halfway.fraction, 3200 / 6429, 1e-15, 'fraction');
    assert.equal(halfway.shortfall, 3229);
    assert.equal(halfway.reached, false);
    assert.equal(halfway.method, 'information-fraction');

    const beyond = informationFraction({ accrued: 8000, required: 6429 });
    assert.deepEqual([beyond.shortfall, beyond.reached], [0, true]);
    assert.ok(beyond.fraction > 1);
    const exact = informationFraction({ accrued: 126, required: 126 });
    assert.deepEqual([exact.fraction, exact.shortfall, exact.reached], [1, 0, true]);
    assert.equal(informationFraction({ accrued: 0, required: 10 }).fraction, 0);
  });

  it('rejects negative accrual and a non-positive required size', () => {
    rejects(() => informationFraction({ accrued: -1, required: 100 }), /accrued must not be negative \(got -1\)/);
    rejects(() => informationFraction({ accrued: 10, required: 0 }), /required must be positive \(got 0\)/);
    rejects(() => informationFraction({ accrued: Number.NaN, required: 10 }), /accrued must be a finite number/);
  });
});
