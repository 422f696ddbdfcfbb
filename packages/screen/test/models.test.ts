/**
 * The learners on tiny data: a naive Bayes score worked out by hand, every model separating separable data, and the
 * incremental updates agreeing with training from scratch.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  classWeights,
  createLearner,
  fromRows,
  type Learner,
  linearModel,
  lrStep,
  MODELS,
  naiveBayes,
  svmStep,
} from '../src/index.js';

// Records 0–2 relevant (feature 0), 3–5 irrelevant (feature 1); feature 2 is shared noise.
const separable = fromRows(3, [
  [
    [0, 0.9],
    [2, 0.436],
  ],
  [[0, 1]],
  [
    [0, 0.8],
    [2, 0.6],
  ],
  [
    [1, 0.9],
    [2, 0.436],
  ],
  [[1, 1]],
  [
    [1, 0.8],
    [2, 0.6],
  ],
]);

function scores(learner: Learner): number[] {
  learner.fit();
  return Array.from(learner.scores(new Float64Array(separable.rows)));
}

describe('class weights', () => {
  test('balanced: each class carries half the total weight', () => {
    const w = classWeights(2, 98, 'balanced');
    assert.equal(w.relevant, 25);
    assert.ok(Math.abs(w.irrelevant * 98 - 50) < 1e-12);
    assert.deepEqual(classWeights(2, 98, 'none'), { relevant: 1, irrelevant: 1 });
  });

  test("double: the expected copies of ASReview's resample, worked out by hand", () => {
    // 10 relevant of 500: v₁ = 2.155·49^0.94 = 83.605, v₀ = 1 − 0.211/(1 + ln 500) = 0.97075,
    // s = 836.05/(836.05 + 475.67) = 0.63737, w₁ = 0.63737·500/10 = 31.868, w₀ = 0.36263·500/490 = 0.37003.
    const w = classWeights(10, 490, 'double');
    assert.ok(Math.abs(w.relevant - 31.8685) < 1e-3, `${w.relevant}`);
    assert.ok(Math.abs(w.irrelevant - 0.37003) < 1e-4, `${w.irrelevant}`);
    // The training set keeps its size: w₁·n₁ + w₀·n₀ = n.
    assert.ok(Math.abs(w.relevant * 10 + w.irrelevant * 490 - 500) < 1e-9);
    // 1 + 1: v₁ = 2.155, v₀ = 1 − 0.211/(1 + ln 2) = 0.87538, s = 0.71113.
    const prior = classWeights(1, 1, 'double');
    assert.ok(Math.abs(prior.relevant - 1.42226) < 1e-4 && Math.abs(prior.irrelevant - 0.57774) < 1e-4);
    assert.deepEqual(classWeights(0, 5, 'double'), { relevant: 1, irrelevant: 1 });
  });
});

describe('naive Bayes', () => {
  test('a score by hand: θ₁ = (2/3, 1/3), θ₀ = (1/3, 2/3), so (0.6, 0.8) scores 0.6·ln 2 − 0.8·ln 2', () => {
    const m = fromRows(2, [
      [[0, 1]],
      [[1, 1]],
      [
        [0, 0.6],
        [1, 0.8],
      ],
    ]);
    const nb = naiveBayes(m, { alpha: 1, balance: 'none' });
    nb.setLabel(0, 1);
    nb.setLabel(1, 0);
    nb.fit();
    const s = nb.scores(new Float64Array(3));
    assert.ok(Math.abs(s[2] - -0.2 * Math.LN2) < 1e-12, `got ${s[2]}`);
    assert.ok(Math.abs(s[0] - Math.LN2) < 1e-12);
  });

  test('incremental counts equal counts from scratch, through additions, a relabel and a removal', () => {
    for (const variant of ['multinomial', 'complement'] as const) {
      const inc = naiveBayes(separable, { variant });
      for (const [i, label] of [
        [0, 1],
        [3, 0],
        [4, 1],
        [5, 0],
        [2, 1],
      ] as const) {
        inc.setLabel(i, label);
        inc.fit();
      }
      inc.setLabel(4, 0); // relabelled
      inc.setLabel(2, null); // taken out
      const fresh = naiveBayes(separable, { variant });
      for (const [i, label] of [
        [0, 1],
        [3, 0],
        [4, 0],
        [5, 0],
      ] as const)
        fresh.setLabel(i, label);
      const a = scores(inc);
      const b = scores(fresh);
      for (const [i, x] of a.entries())
        assert.ok(Math.abs(x - b[i]) < 1e-12, `${variant} record ${i}: ${x} vs ${b[i]}`);
      assert.deepEqual(inc.counts, { relevant: 1, irrelevant: 3 });
    }
  });
});

describe('dual coordinate steps', () => {
  test('SVM: from α = 0 with margin 0, q = 2, C = 1: α = 1/(2 + 0.5) = 0.4', () => {
    assert.ok(Math.abs(svmStep(0, 0, 2, 1) - 0.4) < 1e-15);
    assert.equal(svmStep(0, 5, 2, 1), 0); // far on the right side: stays out of the model
  });

  test('LR: the new α solves g + q(u − α) + ln(u/(C − u)) = 0 inside (0, C)', () => {
    for (const [alpha, margin, q, c] of [
      [0.5, 0, 2, 1],
      [1e-8, -3, 2, 10],
      [0.2, 4, 1.5, 0.5],
    ]) {
      const u = lrStep(alpha, margin, q, c);
      assert.ok(u > 0 && u < c);
      const h = margin + q * (u - alpha) + Math.log(u / (c - u));
      assert.ok(Math.abs(h) < 1e-8, `h(${u}) = ${h}`);
    }
  });
});

describe('every model separates separable data from one record of each class', () => {
  for (const name of MODELS) {
    test(name, () => {
      const learner = createLearner(name, separable);
      learner.setLabel(0, 1);
      learner.setLabel(3, 0);
      const s = scores(learner);
      for (const rel of [1, 2]) for (const irr of [4, 5]) assert.ok(s[rel] > s[irr], `${name}: ${s}`);
    });
  }
});

describe('linear models: warm-started updates reach the model trained from scratch', () => {
  for (const loss of ['lr', 'svm'] as const) {
    test(loss, () => {
      const warm = linearModel(separable, { loss, epochs: 3, seed: 5, tolerance: 0 });
      for (const [i, label] of [
        [0, 1],
        [3, 0],
        [1, 1],
        [4, 0],
        [5, 1],
      ] as const) {
        warm.setLabel(i, label);
        warm.fit();
      }
      warm.setLabel(5, 0); // relabelled: its old contribution leaves the model
      for (let k = 0; k < 100; k++) warm.fit();
      const scratch = linearModel(separable, { loss, epochs: 300, seed: 9, tolerance: 0 });
      for (const [i, label] of [
        [0, 1],
        [3, 0],
        [1, 1],
        [4, 0],
        [5, 0],
      ] as const)
        scratch.setLabel(i, label);
      const a = scores(warm);
      const b = scores(scratch);
      for (const [i, x] of a.entries()) assert.ok(Math.abs(x - b[i]) < 1e-6, `${loss} record ${i}: ${x} vs ${b[i]}`);
    });
  }
});
