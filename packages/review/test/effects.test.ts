// From reported data to (yi, vi): each shape and conversion checked against numbers worked out by hand from the
// formulas (Cochrane Handbook v6 §6.3, §6.5.2, §23.2.7; Wan et al. 2014; Luo et al. 2018; Hedges' g as in metafor).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { qnorm, qt } from '@evidens/meta';
import { type OutcomeData, type Study, studyEffect } from '../src/index.js';

const close = (actual: number | undefined, expected: number, tol = 1e-9) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) < tol, `${actual} ≠ ${expected}`);

const study = (design: Study['design'], id = 's1'): Study => ({
  id,
  label: 'Study 2001',
  year: 2001,
  authors: [],
  design,
  population: 'adults',
  inclusion: [],
  exclusion: [],
  arms: [
    { id: 'mg', name: 'Magnesium', role: 'intervention' },
    { id: 'pl', name: 'Placebo', role: 'comparator' },
  ],
  intervention: { agent: 'magnesium' },
  comparator: { description: 'placebo' },
  outcomes: [],
  subgroups: {},
  references: [],
});

const entry = (fields: Partial<OutcomeData>): OutcomeData => ({ study: 's1', outcome: 'o', ...fields });

function effect(
  data: Partial<OutcomeData>,
  design: Study['design'],
  measure: 'MD' | 'SMD' | 'RR' | 'OR' | 'RD',
  r?: number,
) {
  const out = studyEffect(entry(data), study(design), measure, r);
  if (!('effect' in out)) assert.fail(out.problem);
  return out.effect;
}

test('mean, SD and n per arm: MD = m1 − m2, v = sd1²/n1 + sd2²/n2, used as reported', () => {
  const e = effect(
    { arms: { intervention: { mean: 9.5, sd: 5.1, n: 21 }, comparator: { mean: 7.7, sd: 4.7, n: 17 } } },
    'parallel',
    'MD',
  );
  close(e.yi, 1.8, 1e-12);
  close(e.vi, 26.01 / 21 + 22.09 / 17, 1e-12);
  assert.equal(e.n, 38);
  assert.deepEqual(e.conversions, []);
  assert.equal(e.summary, 'Used as reported.');
  assert.equal(e.comparatorMean, 7.7);
});

test('median and IQR: Luo mean (w = 0.7 + 0.39/n) and Wan SD ((q3 − q1)/η(n)), with the method in words', () => {
  const e = effect(
    {
      arms: {
        intervention: { median: 3, q1: 2, q3: 6, n: 25, conversion: 'luo-wan' },
        comparator: { mean: 5, sd: 3, n: 25 },
      },
    },
    'parallel',
    'MD',
  );
  const w = 0.7 + 0.39 / 25;
  const mean = w * ((2 + 6) / 2) + (1 - w) * 3; // 3.7156
  const eta = 2 * qnorm((0.75 * 25 - 0.125) / (25 + 0.25));
  const sd = (6 - 2) / eta; // 3.1447…
  close(mean, 3.7156, 1e-12);
  close(e.yi, mean - 5, 1e-12);
  close(e.vi, sd ** 2 / 25 + 9 / 25, 1e-12);
  assert.equal(e.conversions[0].method, 'luo2018-wan2014-iqr');
  assert.equal(e.conversions[0].part, 'intervention');
  assert.equal(
    e.summary,
    'Intervention: mean and SD estimated from the median and IQR (Luo et al. 2018; Wan et al. 2014).',
  );
  assert.match(e.conversions[0].detail, /Wan et al\. 2014, formula 16/);
});

test('median and range: Wan SD (max − min)/ξ(n) and Luo mean', () => {
  const e = effect(
    {
      arms: {
        intervention: { median: 5, min: 1, max: 10, n: 30, conversion: 'luo-wan' },
        comparator: { median: 5, min: 1, max: 10, n: 30, conversion: 'luo-wan' },
      },
    },
    'parallel',
    'MD',
  );
  const xi = 2 * qnorm((30 - 0.375) / (30 + 0.25));
  close(e.yi, 0, 1e-12);
  close(e.vi, (2 * ((10 - 1) / xi) ** 2) / 30, 1e-12);
  assert.equal(e.conversions[1].method, 'luo2018-wan2014-range');
});

test('SD from the SE of a mean (SD = SE·√n) and from the CI of a mean with the t quantile', () => {
  const e = effect(
    {
      arms: {
        intervention: { mean: 10, se: 1.5, n: 25, conversion: 'sd-from-se' },
        comparator: { mean: 8, ci: [3, 9], n: 25, conversion: 'sd-from-ci-t' },
      },
    },
    'parallel',
    'MD',
  );
  const sdC = (Math.sqrt(25) * 6) / (2 * qt(0.975, 24)); // 7.2678…
  close(sdC, 7.2678, 1e-4);
  close(e.vi, 7.5 ** 2 / 25 + sdC ** 2 / 25, 1e-12);
  assert.deepEqual(
    e.conversions.map((c) => c.method),
    ['sd-from-se', 'sd-from-mean-ci-t'],
  );
});

test("SMD: Hedges' g with the exact J(m) = Γ(m/2)/(√(m/2)·Γ((m − 1)/2)) and v = 1/n1 + 1/n2 + g²/(2(n1 + n2))", () => {
  const e = effect(
    { arms: { intervention: { mean: 10, sd: 4, n: 20 }, comparator: { mean: 8, sd: 4, n: 20 } } },
    'parallel',
    'SMD',
  );
  // m = 38: Γ(19) = 18!, Γ(18.5) = √π·(0.5·1.5·…·17.5).
  let factorial = 1;
  for (let k = 2; k <= 18; k++) factorial *= k;
  let half = Math.sqrt(Math.PI);
  for (let k = 0; k <= 17; k++) half *= k + 0.5;
  const J = factorial / (Math.sqrt(19) * half);
  close(J, 1 - 3 / (4 * 38 - 1), 1e-4); // the familiar approximation
  const g = 0.5 * J;
  close(e.yi, g, 1e-12);
  close(e.vi, 1 / 20 + 1 / 20 + g ** 2 / 80, 1e-12);
});

test('events and n: log RR with v = 1/a − 1/n1 + 1/c − 1/n2, and ½ added to a table with a zero cell', () => {
  const e = effect(
    { arms: { intervention: { events: 12, n: 21 }, comparator: { events: 8, n: 17 } } },
    'parallel',
    'RR',
  );
  close(e.yi, Math.log(12 / 21 / (8 / 17)), 1e-12);
  close(e.vi, 1 / 12 - 1 / 21 + 1 / 8 - 1 / 17, 1e-12);
  assert.equal(e.eventsComparator, 8);
  const zero = effect(
    { arms: { intervention: { events: 0, n: 10 }, comparator: { events: 3, n: 10 } } },
    'parallel',
    'RR',
  );
  close(zero.yi, Math.log(0.5 / 11 / (3.5 / 11)), 1e-12);
  close(zero.vi, 1 / 0.5 - 1 / 11 + 1 / 3.5 - 1 / 11, 1e-12);
  assert.deepEqual(zero.warnings, ['½ added to each cell because of a zero cell']);
});

test('a reported MD with its 95% CI: SE = (upper − lower)/(2 × 1.959964)', () => {
  const e = effect(
    {
      effect: {
        measure: 'MD',
        estimate: -0.38,
        ci: [-1.32, 0.56],
        conversion: 'se-from-ci',
        nIntervention: 45,
        nComparator: 43,
      },
    },
    'parallel',
    'MD',
  );
  close(e.yi, -0.38, 1e-12);
  close(Math.sqrt(e.vi), 1.88 / (2 * 1.959963984540054), 1e-12);
  assert.equal(e.n, 88);
  assert.equal(e.summary, 'Effect: SE from the confidence interval (normal quantile).');
});

test('a reported RR with its CI is analysed on the log scale', () => {
  const e = effect(
    { effect: { measure: 'RR', estimate: 0.75, ci: [0.5, 1.125], conversion: 'se-from-ci' } },
    'parallel',
    'RR',
  );
  close(e.yi, Math.log(0.75), 1e-12);
  close(Math.sqrt(e.vi), (Math.log(1.125) - Math.log(0.5)) / (2 * 1.959963984540054), 1e-12);
  assert.equal(e.conversions[0].method, 'ratio-ci-normal');
});

test('an estimate with its exact P value: SE = |estimate|/z, or /t with df', () => {
  const z = effect({ effect: { measure: 'MD', estimate: 17, p: 0.032, conversion: 'se-from-p' } }, 'parallel', 'MD');
  close(Math.sqrt(z.vi), 17 / -qnorm(0.016), 1e-12);
  close(Math.sqrt(z.vi), 7.9276, 1e-4);
  const t = effect(
    { effect: { measure: 'MD', estimate: 3.8, p: 0.008, df: 45, conversion: 'se-from-p-t' } },
    'parallel',
    'MD',
  );
  close(Math.sqrt(t.vi), 3.8 / -qt(0.004, 45), 1e-12);
  assert.equal(t.conversions[0].method, 'p-t');
});

test('crossover, per-treatment means and SDs with r: SD_diff² = sdE² + sdC² − 2r·sdE·sdC, v = SD_diff²/n', () => {
  const data = { arms: { intervention: { mean: 11.8, sd: 7.6, n: 42 }, comparator: { mean: 11.1, sd: 7.3, n: 42 } } };
  const e = effect(data, 'crossover', 'MD', 0.5);
  close(e.yi, 0.7, 1e-12);
  close(e.vi, (57.76 + 53.29 - 2 * 0.5 * 7.6 * 7.3) / 42, 1e-12);
  assert.equal(e.n, 42, 'crossover participants are counted once');
  assert.equal(e.correlation, 0.5);
  assert.equal(e.correlationSource, 'analysis');
  assert.equal(
    e.summary,
    'Paired: paired SE from per-treatment SDs with an assumed within-person correlation (r = 0.5).',
  );
  const own = effect({ ...data, correlation: 0.8 }, 'crossover', 'MD', 0.5);
  assert.equal(own.correlation, 0.8, "the entry's own correlation wins");
  assert.equal(own.correlationSource, 'entry');
  const none = effect(data, 'crossover', 'MD', 0);
  close(none.vi, (57.76 + 53.29) / 42, 1e-12);
});

test('crossover, a paired difference: SE = SD_diff/√n, or from the paired t test P value on n − 1 df', () => {
  const sd = effect({ paired: { md: 0.5, sd: 2, n: 10 } }, 'crossover', 'MD');
  close(sd.vi, 0.4, 1e-12);
  assert.deepEqual(sd.conversions, []);
  const p = effect({ paired: { md: 1.2, p: 0.04, n: 20, conversion: 'se-from-p-t' } }, 'crossover', 'MD');
  close(Math.sqrt(p.vi), 1.2 / -qt(0.02, 19), 1e-12);
  assert.equal(p.conversions[0].method, 'paired-p');
});

test('crossover period data by sequence: MD = (d₁ + d₂)/2, v = (v₁ + v₂)/4, so period effects cancel', () => {
  const e = effect(
    {
      sequences: [
        { sequence: 'mg-first', intervention: { mean: 10, sd: 4, n: 20 }, comparator: { mean: 12, sd: 4, n: 20 } },
        { sequence: 'pl-first', intervention: { mean: 9, sd: 3, n: 10 }, comparator: { mean: 10, sd: 3, n: 10 } },
      ],
    },
    'crossover',
    'MD',
    0.5,
  );
  // Within sequence: SD_diff² = 16 + 16 − 16 = 16 → v₁ = 16/20; 9 + 9 − 9 = 9 → v₂ = 9/10.
  close(e.yi, -1.5, 1e-12);
  close(e.vi, (0.8 + 0.9) / 4, 1e-12);
  assert.equal(e.n, 30);
  assert.equal(e.conversions.at(-1)?.method, 'period-adjusted-sequences');
});

test('a change of unit: cramps per 4 weeks analysed per week (× 0.25), recorded first among the conversions', () => {
  const e = effect(
    {
      arms: { intervention: { mean: 11.8, sd: 7.6, n: 42 }, comparator: { mean: 11.1, sd: 7.3, n: 42 } },
      rescale: { factor: 0.25, reason: 'cramps per 4 weeks as cramps per week' },
    },
    'crossover',
    'MD',
    0.5,
  );
  close(e.yi, 0.7 * 0.25, 1e-12);
  close(e.vi, (0.0625 * (57.76 + 53.29 - 2 * 0.5 * 7.6 * 7.3)) / 42, 1e-12);
  assert.equal(
    e.summary,
    'Data: values multiplied by 0.25 (cramps per 4 weeks as cramps per week); paired: paired SE from per-treatment SDs with an assumed within-person correlation (r = 0.5).',
  );
  const ci = effect(
    {
      effect: { measure: 'MD', estimate: 2, ci: [1, 3], conversion: 'se-from-ci' },
      rescale: { factor: 0.5, reason: 'per fortnight' },
    },
    'parallel',
    'MD',
  );
  close(ci.yi, 1, 1e-12);
  close(Math.sqrt(ci.vi), 1 / (2 * 1.959963984540054), 1e-12);
  const out = studyEffect(
    entry({
      arms: { intervention: { events: 1, n: 10 }, comparator: { events: 2, n: 10 } },
      rescale: { factor: 2, reason: 'x' },
    }),
    study('parallel'),
    'RR',
    undefined,
  );
  assert.deepEqual(out, { problem: 'rescale applies to continuous outcomes, not to RR' });
});

test('what cannot be computed is said, not guessed', () => {
  const problem = (data: Partial<OutcomeData>, design: Study['design'], measure: 'MD' | 'RR', r?: number) => {
    const out = studyEffect(entry(data), study(design), measure, r);
    assert.ok('problem' in out);
    return out.problem;
  };
  const arms = { arms: { intervention: { mean: 1, sd: 1, n: 10 }, comparator: { mean: 2, sd: 1, n: 10 } } };
  assert.equal(
    problem(arms, 'crossover', 'MD'),
    'a within-person correlation is needed: set crossoverCorrelation on the analysis or correlation on the entry',
  );
  assert.equal(
    problem({ effect: { measure: 'OR', estimate: 2, se: 0.3 } }, 'parallel', 'RR'),
    'the reported effect is a OR, the analysis uses RR',
  );
  assert.equal(
    problem({ arms: { intervention: { events: 1, n: 10 }, comparator: { events: 2, n: 10 } } }, 'crossover', 'RR', 0.5),
    'crossover data cannot give RR; report an effect estimate instead',
  );
  assert.match(
    problem(
      {
        arms: {
          intervention: { mean: 1, se: 1, n: 1, conversion: 'sd-from-se' },
          comparator: { mean: 1, sd: 1, n: 5 },
        },
      },
      'parallel',
      'MD',
    ),
    /n must be/,
  );
});
