// Summary-of-findings rows: absolute effects per 1000 from RR and OR, corresponding means from MD, participants,
// certainty and footnotes (Cochrane Handbook v6 ch. 14); and the large-effect proposal used for rating up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rma } from '@evidens/meta';
import { gradeOutcome, proposeLargeEffect, riskWith, runAnalysis, summaryOfFindings } from '../src/index.js';
import { arms, md, miniReview } from './support/mini-review.js';

const Z = 1.959963984540054;

test('RR: corresponding risk = ACR × RR, absolute effect per 1000 from the comparator risk', () => {
  // One study, 24/100 vs 30/100: RR 0.8, ACR 0.3 → 240 per 1000, 60 fewer.
  const review = miniReview({
    kind: 'binary',
    measure: 'RR',
    mid: 1.25,
    studies: [arms('s1', { events: 24, n: 100 }, { events: 30, n: 100 })],
  });
  const run = runAnalysis(review, 'a');
  const row = summaryOfFindings(review, run, gradeOutcome(review, run));
  const se = Math.sqrt(1 / 24 - 1 / 100 + 1 / 30 - 1 / 100);
  const [lo, hi] = [0.8 * Math.exp(-Z * se), 0.8 * Math.exp(Z * se)];
  assert.ok(Math.abs((row.relative?.estimate ?? 0) - 0.8) < 1e-12);
  assert.equal(row.relativeText, `RR 0.80 (${lo.toFixed(2)} to ${hi.toFixed(2)})`);
  assert.deepEqual(row.assumed, { value: 0.3, source: 'risk in the comparator groups' });
  const lower = Math.round(1000 * (0.3 * lo - 0.3));
  const upper = Math.round(1000 * (0.3 * hi - 0.3));
  assert.deepEqual(row.absolute, { estimate: -60, lower, upper, unit: 'per 1000' });
  assert.equal(row.absoluteText, `60 fewer per 1000 (${-lower} fewer to ${upper} more)`);
  assert.equal(row.participants, 200);
  assert.equal(row.studies, 1);
  assert.equal(row.capped, undefined, 'a risk below 1 is not capped');
});

test('RR: a risk the effect would lift above 1000 per 1000 is shown at 1000 and the row says it was capped', () => {
  /** The row of one study with `treated` and `control` events of `n` each. */
  const rowOf = (treated: number, control: number, n: number) => {
    const review = miniReview({
      kind: 'binary',
      measure: 'RR',
      mid: 1.25,
      studies: [arms('s1', { events: treated, n }, { events: control, n })],
    });
    const run = runAnalysis(review, 'a');
    return summaryOfFindings(review, run, gradeOutcome(review, run));
  };
  // 60/100 vs 30/100: RR 2, ACR 0.3 → 600 per 1000; the upper limit stays below 1 (0.3 × 2.87).
  assert.equal(rowOf(60, 30, 100).capped, undefined);
  // 80/100 vs 60/100: RR 1.33, ACR 0.6; the upper limit 1.33 × e^(1.96·SE) stays just below 1/0.6.
  const se = Math.sqrt(1 / 80 - 1 / 100 + 1 / 60 - 1 / 100);
  const upperRisk = 0.6 * (80 / 60) * Math.exp(Z * se);
  assert.ok(upperRisk < 1, `upper risk ${upperRisk}`);
  assert.equal(rowOf(80, 60, 100).capped, undefined);
  // 9/10 vs 6/10: RR 1.5, ACR 0.6; the upper limit lifts the risk above 1.
  const capped = rowOf(9, 6, 10);
  const seSmall = Math.sqrt(1 / 9 - 1 / 10 + 1 / 6 - 1 / 10);
  assert.ok(0.6 * 1.5 * Math.exp(Z * seSmall) > 1);
  assert.equal(capped.capped, true);
  assert.equal(capped.corresponding?.upper, 1);
  assert.equal(capped.absolute?.upper, 400);
});

test('OR: corresponding risk = OR·ACR/(1 − ACR + OR·ACR); an assumed risk from grade.yaml wins', () => {
  assert.ok(Math.abs(riskWith('OR', 0.3, Math.log(0.5)) - 0.15 / 0.85) < 1e-12);
  assert.ok(Math.abs(riskWith('RR', 0.3, Math.log(0.5)) - 0.15) < 1e-12);
  assert.equal(riskWith('RR', 0.6, Math.log(2)), 1, 'a risk is capped at 1');
  assert.ok(Math.abs(riskWith('RD', 0.3, -0.1) - 0.2) < 1e-12);
  const review = miniReview({
    kind: 'binary',
    measure: 'OR',
    studies: [arms('s1', { events: 20, n: 100 }, { events: 30, n: 100 })],
  });
  review.grade = [
    {
      analysis: 'a',
      start: 'high',
      decisions: {},
      assumedControl: 0.5,
      assumedControlSource: 'Cohort study of older adults',
      footnotes: ['A note.'],
    },
  ];
  const run = runAnalysis(review, 'a');
  const row = summaryOfFindings(review, run, gradeOutcome(review, run));
  const or = 20 / 80 / (30 / 70);
  assert.deepEqual(row.assumed, { value: 0.5, source: 'Cohort study of older adults' });
  assert.equal(row.absolute?.estimate, Math.round(1000 * ((or * 0.5) / (1 - 0.5 + or * 0.5) - 0.5)));
  assert.equal(row.footnotes.at(-1), 'A note.');
});

test('MD: the assumed mean is the comparator groups’ n-weighted mean; the text says lower or higher', () => {
  const review = miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid: 1,
    studies: [
      arms('s1', { mean: 4.5, sd: 2, n: 50 }, { mean: 5, sd: 2, n: 50 }),
      arms('s2', { mean: 3.8, sd: 2, n: 150 }, { mean: 4, sd: 2, n: 150 }),
    ],
  });
  const run = runAnalysis(review, 'a');
  const row = summaryOfFindings(review, run, gradeOutcome(review, run));
  const fit = run.fit;
  assert.ok(fit);
  assert.deepEqual(row.assumed, { value: (5 * 50 + 4 * 150) / 200, source: 'mean of the comparator groups' });
  assert.equal(row.corresponding?.estimate, 4.25 + fit.beta[0]);
  const word = (x: number) => `${Math.abs(x).toFixed(2)} ${x > 0 ? 'higher' : 'lower'}`;
  assert.equal(row.absoluteText, `MD ${word(fit.beta[0])} (${word(fit.ciLb[0])} to ${word(fit.ciUb[0])})`);
  assert.equal(row.absolute?.unit, 'points');
  assert.equal(row.participants, 400);
});

test('footnotes explain every level moved, with the reason; certainty is the graded one', () => {
  const review = miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid: 1,
    studies: [md('s', 0.5, 0.4, [40, 40], 'low')],
  });
  const run = runAnalysis(review, 'a');
  const grade = gradeOutcome(review, run);
  const row = summaryOfFindings(review, run, grade);
  assert.equal(row.certainty, 'moderate');
  assert.deepEqual(row.footnotes, [
    'Imprecision: downgraded one level. 95% CI MD -0.28 to MD 1.28 crosses the MID threshold MD 1.00',
  ]);
});

test('large effect: rating up for evidence that starts low, by the RR thresholds 2 and 5', () => {
  const fitAt = (rr: number) => rma({ yi: [Math.log(rr)], vi: [0.01] });
  assert.equal(proposeLargeEffect(fitAt(0.4), 'RR', 'low').judgement, 'yes');
  assert.equal(proposeLargeEffect(fitAt(0.15), 'RR', 'low').judgement, 'very-large');
  assert.equal(proposeLargeEffect(fitAt(1.5), 'RR', 'low').judgement, 'no');
  assert.equal(proposeLargeEffect(fitAt(0.15), 'RR', 'high').judgement, 'no', 'randomised evidence is not rated up');
  assert.equal(proposeLargeEffect(fitAt(0.15), 'MD', 'low').basis, 'reviewer');
});
