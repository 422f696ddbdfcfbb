// GRADE proposals on constructed cases (GRADE handbook ch. 5; Guyatt et al. 2011, J Clin Epidemiol 64), the
// reviewer's confirmations and changes, and the certainty they give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  certaintyFrom,
  type GradeProposal,
  gradeOutcome,
  proposeGrade,
  type Review,
  runAnalysis,
} from '../src/index.js';
import { arms, md, miniReview } from './support/mini-review.js';

const proposal = (review: Review, domain: GradeProposal['domain']) => {
  const found = proposeGrade(review, runAnalysis(review, 'a'), 'high').find((p) => p.domain === domain);
  assert.ok(found);
  return found;
};

// Five studies whose spread gives I² ≈ 80% (REML): pooled MD 0.22, prediction interval about −0.90 to 1.34.
const spread = (mid: number) =>
  miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid,
    studies: [-0.5, 0.3, 0.9, -0.2, 0.6].map((y, i) => md(`s${i}`, y, Math.sqrt(0.065), [100, 100])),
  });

test('inconsistency: I² 80% with a prediction interval crossing no effect → serious', () => {
  const p = proposal(spread(1), 'inconsistency');
  assert.ok((p.data.I2 as number) > 79 && (p.data.I2 as number) < 81, String(p.data.I2));
  assert.equal(p.judgement, 'serious');
  assert.equal(p.basis, 'data');
  assert.match(
    p.reason,
    /^I² = 80%, τ² = 0\.26, P\(Q\) = .*prediction interval MD -0\.90 to MD 1\.34: substantial heterogeneity/,
  );
});

test('inconsistency: the same spread with a prediction interval beyond both MID thresholds → very serious', () => {
  assert.equal(proposal(spread(0.5), 'inconsistency').judgement, 'very-serious');
});

test('inconsistency: I² = 0 → not serious; large I² all in one direction → not serious; one study → not assessed', () => {
  const low = miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid: 1,
    studies: [0.1, 0.2, 0.15].map((y, i) => md(`s${i}`, y, 0.2)),
  });
  assert.equal(proposal(low, 'inconsistency').judgement, 'not-serious');
  const sameWay = miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid: 1,
    studies: [0.8, 1.6, 2.6, 1.2, 2.0].map((y, i) => md(`s${i}`, y, 0.2)),
  });
  const p = proposal(sameWay, 'inconsistency');
  assert.ok((p.data.I2 as number) > 90);
  assert.equal(p.judgement, 'not-serious');
  assert.match(p.reason, /differ in size rather than direction/);
  const one = proposal(miniReview({ kind: 'continuous', measure: 'MD', studies: [md('s', 1, 0.5)] }), 'inconsistency');
  assert.deepEqual(
    [one.judgement, one.basis, one.reason],
    ['not-serious', 'not-assessed', 'a single study: inconsistency cannot be assessed'],
  );
});

test('imprecision: a CI crossing the MID → serious; reaching both thresholds → very serious', () => {
  // One study: CI = 0.5 ± 1.96 × 0.4 = −0.28 to 1.28, crossing +1 only.
  const one = miniReview({ kind: 'continuous', measure: 'MD', mid: 1, studies: [md('s', 0.5, 0.4)] });
  const p = proposal(one, 'imprecision');
  assert.equal(p.judgement, 'serious');
  assert.equal(p.reason, '95% CI MD -0.28 to MD 1.28 crosses the MID threshold MD 1.00');
  const wide = miniReview({ kind: 'continuous', measure: 'MD', mid: 1, studies: [md('s', 0, 0.8)] });
  assert.equal(proposal(wide, 'imprecision').judgement, 'very-serious');
});

test('imprecision: a CI inside the MID but short of the optimal information size → serious', () => {
  // MID 1 and SD 5: OIS = 4(z₀.₉₇₅ + z₀.₈)² × 25 / 1² = 784.9 → 785 participants (Wetterslev et al. 2008).
  const few = miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid: 1,
    studies: [
      arms('s1', { mean: 10, sd: 5, n: 150 }, { mean: 10, sd: 5, n: 150 }),
      arms('s2', { mean: 10.1, sd: 5, n: 150 }, { mean: 10, sd: 5, n: 150 }),
    ],
  });
  const p = proposal(few, 'imprecision');
  assert.equal(p.judgement, 'serious');
  assert.equal(p.data.ois, 785);
  assert.equal(p.data.participants, 600);
  assert.equal(
    p.reason,
    '95% CI MD -0.75 to MD 0.85 does not cross the MID, but 600 participants fall short of the optimal information size of 785 ' +
      '(IS = 4(z₁₋α/₂ + z₁₋β)²·σ²/δ² with δ = 1, σ = 5, α = 0.05, power = 0.8, rounded up (Wetterslev et al. 2008))',
  );
  const many = miniReview({
    kind: 'continuous',
    measure: 'MD',
    mid: 1,
    studies: [
      arms('s1', { mean: 10.1, sd: 5, n: 400 }, { mean: 10, sd: 5, n: 400 }),
      arms('s2', { mean: 10.2, sd: 5, n: 150 }, { mean: 10, sd: 5, n: 150 }),
    ],
  });
  const q = proposal(many, 'imprecision');
  assert.equal(q.judgement, 'not-serious');
  assert.match(q.reason, /1100 participants reach the optimal information size of 785$/);
});

test('imprecision for a risk ratio: MID as a ratio, OIS from the comparator risk', () => {
  // Comparator risk 40/200 = 0.2, MID 1.25 in the good direction: Pe = 0.25, OIS = 4(z₀.₉₇₅ + z₀.₈)²·p̄(1 − p̄)/δ².
  const review = miniReview({
    kind: 'binary',
    measure: 'RR',
    mid: 1.25,
    direction: 'higher-is-better',
    studies: [arms('s1', { events: 42, n: 200 }, { events: 40, n: 200 })],
  });
  const p = proposal(review, 'imprecision');
  const z = 1.959963984540054 + 0.8416212335729143;
  assert.equal(p.data.ois, Math.ceil((4 * z * z * 0.225 * 0.775) / 0.05 ** 2));
  assert.equal(p.judgement, 'very-serious', 'RR 1.05 (0.71 to 1.55) reaches both 0.8 and 1.25');
});

test('imprecision without a MID is judged against no effect', () => {
  const review = miniReview({ kind: 'continuous', measure: 'MD', studies: [md('s', 0.5, 0.4)] });
  const p = proposal(review, 'imprecision');
  assert.equal(p.judgement, 'serious');
  assert.match(p.reason, /includes no effect \(no MID set for o\)$/);
});

test('publication bias: fewer than 10 studies → not assessed, with that reason', () => {
  const p = proposal(spread(1), 'publicationBias');
  assert.deepEqual(
    [p.judgement, p.basis, p.reason],
    [
      'not-serious',
      'not-assessed',
      'not tested: 5 studies, fewer than the 10 a funnel asymmetry test needs (Cochrane Handbook v6 §13.3.5.4)',
    ],
  );
});

test("publication bias: 12 studies, small ones with larger effects → Egger's test serious; a symmetric funnel → not serious", () => {
  const ses = [0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];
  const asymmetric = miniReview({
    kind: 'continuous',
    measure: 'MD',
    studies: ses.map((se, i) => md(`s${i}`, 0.1 + 2 * se + (i % 2 ? 0.02 : -0.02), se)),
  });
  const p = proposal(asymmetric, 'publicationBias');
  assert.equal(p.judgement, 'serious');
  assert.ok((p.data.pval as number) < 0.1);
  assert.match(p.reason, /^Egger's test: t = .*, P = .* \(12 studies\): the funnel plot is asymmetric$/);
  const symmetric = miniReview({
    kind: 'continuous',
    measure: 'MD',
    studies: ses.map((se, i) => md(`s${i}`, 0.1 + (i % 2 ? se : -se), se)),
  });
  assert.equal(proposal(symmetric, 'publicationBias').judgement, 'not-serious');
});

test('risk of bias from the share of weight: most weight at high risk → very serious; at some concerns → serious', () => {
  const shares = (rob: ('low' | 'some-concerns' | 'high')[]) =>
    miniReview({
      kind: 'continuous',
      measure: 'MD',
      model: 'common',
      studies: rob.map((r, i) => md(`s${i}`, 0, 1, undefined, r)),
    });
  // Equal variances, common effect: each of four studies has 25% of the weight.
  const high = proposal(shares(['high', 'high', 'low', 'some-concerns']), 'riskOfBias');
  assert.equal(high.judgement, 'very-serious');
  assert.equal(
    high.reason,
    '50% of the weight is from results at high risk of bias, 25% with some concerns, 25% at low risk',
  );
  assert.equal(proposal(shares(['high', 'some-concerns', 'low', 'low']), 'riskOfBias').judgement, 'serious');
  assert.equal(proposal(shares(['some-concerns', 'low', 'low', 'low']), 'riskOfBias').judgement, 'not-serious');
  const unassessed = miniReview({
    kind: 'continuous',
    measure: 'MD',
    model: 'common',
    studies: [md('a', 0, 1), md('b', 0, 1, undefined, 'low')],
  });
  const p = proposal(unassessed, 'riskOfBias');
  assert.equal(p.judgement, 'serious');
  assert.match(p.reason, /50% without a complete RoB 2 assessment$/);
});

test('domains the data cannot judge are left to the reviewer', () => {
  const review = spread(1);
  for (const domain of ['indirectness', 'doseResponse', 'plausibleConfounding', 'largeEffect'] as const) {
    assert.equal(proposal(review, domain).basis, 'reviewer', domain);
  }
});

test('certainty: start high, down one level per serious and two per very serious, up for raising domains, within limits', () => {
  assert.equal(certaintyFrom('high', [0, 0, 0, 0, 0, 0, 0, 0]), 'high');
  assert.equal(certaintyFrom('high', [-1, 0, 0, 0, 0, 0, 0, 0]), 'moderate');
  assert.equal(certaintyFrom('high', [-1, 0, 0, -1, 0, 0, 0, 0]), 'low');
  assert.equal(certaintyFrom('high', [-2, -1, 0, -2, 0, 0, 0, 0]), 'very-low');
  assert.equal(certaintyFrom('low', [0, 0, 0, 0, 0, 2, 0, 0]), 'high');
  assert.equal(certaintyFrom('low', [0, 0, 0, 0, 0, 1, 1, 0]), 'high');
  assert.equal(certaintyFrom('low', [-1, 0, 0, 0, 0, 0, 0, 0]), 'very-low');
});

test('the reviewer confirms or changes each proposal with a reason; the certainty follows the decisions', () => {
  const review = spread(1);
  review.grade = [
    {
      analysis: 'a',
      start: 'high',
      decisions: {
        inconsistency: { judgement: 'serious', reason: 'Trials disagree on direction' },
        imprecision: {
          judgement: 'serious',
          reason: 'Fewer participants than one adequately powered trial would need',
        },
      },
      footnotes: [],
    },
  ];
  const g = gradeOutcome(review, runAnalysis(review, 'a'));
  const by = Object.fromEntries(g.domains.map((d) => [d.domain, d]));
  assert.equal(by.inconsistency.status, 'confirmed');
  assert.equal(by.inconsistency.reason, 'Trials disagree on direction');
  assert.equal(
    by.imprecision.proposal.judgement,
    'not-serious',
    'the CI is inside the MID; no SD for the information size',
  );
  assert.equal(by.imprecision.status, 'changed');
  assert.equal(by.imprecision.judgement, 'serious');
  assert.equal(by.riskOfBias.status, 'proposed');
  assert.equal(by.riskOfBias.judgement, 'serious', 'no RoB assessments: all weight unassessed');
  assert.deepEqual(g.pending, [
    'riskOfBias',
    'indirectness',
    'publicationBias',
    'largeEffect',
    'doseResponse',
    'plausibleConfounding',
  ]);
  assert.equal(g.certainty, 'very-low', 'high − 1 (risk of bias) − 1 (inconsistency) − 1 (imprecision)');
});
