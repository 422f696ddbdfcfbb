/**
 * A screening: prior knowledge required before a ranking, rankings that follow the decisions, and blind
 * dual screening (each reviewer's model sees agreed decisions and their own, never the other's unagreed ones).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { featurize, Screening } from '../src/index.js';

const records = [
  { title: 'Magnesium for nocturnal leg cramps: a randomised trial' },
  { title: 'Quinine and magnesium for leg cramps in older adults' },
  { title: 'Magnesium sulfate for muscle cramps in pregnancy: randomised trial' },
  { title: 'Leg cramps treated with magnesium citrate' },
  { title: 'Statins and the risk of myopathy in older adults' },
  { title: 'Statin therapy and muscle symptoms: a cohort' },
  { title: 'Myopathy under statin treatment in a cohort of older adults' },
  { title: 'Cohort of statin users and myopathy risk' },
];
const { matrix } = featurize(records, { minDf: 1 });

describe('one reviewer', () => {
  test('no ranking without one relevant and one irrelevant record', () => {
    const s = new Screening(matrix);
    assert.throws(() => s.nextFor('ana'), /ana needs at least one relevant and one irrelevant record.*0 relevant, 0/);
    s.decide({ record: 0, reviewer: 'ana', include: true });
    assert.throws(() => s.rankFor('ana'), /has 1 relevant, 0 irrelevant/);
  });

  test('the ranking puts records like the relevant one first, and leaves out what was decided', () => {
    for (const model of ['nb', 'lr', 'svm'] as const) {
      const s = new Screening(matrix, { model });
      s.decide({ record: 0, reviewer: 'ana', include: true });
      s.decide({ record: 4, reviewer: 'ana', include: false });
      const rank = Array.from(s.rankFor('ana'));
      assert.equal(rank.length, 6);
      assert.ok(!rank.includes(0) && !rank.includes(4));
      assert.deepEqual(new Set(rank.slice(0, 3)), new Set([1, 2, 3]), `${model}: ${rank}`);
      assert.ok(rank.slice(0, 3).includes(s.nextFor('ana') ?? -1));
    }
  });

  test('a changed decision replaces the old one', () => {
    const s = new Screening(matrix);
    s.decide({ record: 0, reviewer: 'ana', include: true });
    s.decide({ record: 4, reviewer: 'ana', include: false });
    s.decide({ record: 5, reviewer: 'ana', include: true });
    s.decide({ record: 5, reviewer: 'ana', include: false });
    assert.equal(s.trainingLabel('ana', 5), 0);
    assert.equal(s.stoppingFor('ana').screened, 3);
    assert.equal(s.stoppingFor('ana').relevantFound, 1);
  });

  test('errors: an unknown record, an unknown model, bad query shares', () => {
    const s = new Screening(matrix);
    assert.throws(() => s.decide({ record: 8, reviewer: 'ana', include: true }), /record must be an index from 0 to 7/);
    assert.throws(() => new Screening(matrix, { model: 'knn' as 'nb' }), /model must be one of nb, lr, svm/);
    assert.throws(() => new Screening(matrix, { query: { random: 0.7, uncertainty: 0.5 } }), /at most|from 0 to 1/);
  });

  test('the same seed gives the same picks with random and uncertainty shares', () => {
    const picks = () => {
      const s = new Screening(matrix, { query: { random: 0.3, uncertainty: 0.3 }, seed: 4 });
      s.decide({ record: 0, reviewer: 'ana', include: true });
      s.decide({ record: 4, reviewer: 'ana', include: false });
      const out: number[] = [];
      for (let next = s.nextFor('ana'); next !== null; next = s.nextFor('ana')) {
        out.push(next);
        s.decide({ record: next, reviewer: 'ana', include: next < 4 });
      }
      return out;
    };
    const a = picks();
    assert.equal(a.length, 6);
    assert.deepEqual(a, picks());
  });
});

describe('two reviewers, blind', () => {
  test("a reviewer's model does not see the other's unagreed decisions", () => {
    const s = new Screening(matrix);
    s.decide({ record: 0, reviewer: 'ana', include: true });
    s.decide({ record: 4, reviewer: 'ana', include: false });
    s.decide({ record: 1, reviewer: 'bo', include: true });
    assert.equal(s.trainingLabel('bo', 0), null);
    assert.equal(s.trainingLabel('ana', 1), null);
    assert.throws(() => s.rankFor('bo'), /bo needs at least one relevant and one irrelevant/);
    // ana's ranking still holds record 1, which only bo has decided
    assert.ok(Array.from(s.rankFor('ana')).includes(1));
  });

  test('agreed decisions train both models; a conflict trains each on their own until it is resolved', () => {
    const s = new Screening(matrix);
    for (const reviewer of ['ana', 'bo']) {
      s.decide({ record: 0, reviewer, include: true });
      s.decide({ record: 4, reviewer, include: false });
    }
    s.decide({ record: 2, reviewer: 'ana', include: true });
    s.decide({ record: 2, reviewer: 'bo', include: false });
    assert.equal(s.trainingLabel('ana', 2), 1);
    assert.equal(s.trainingLabel('bo', 2), 0);
    s.resolve(2, true);
    assert.equal(s.trainingLabel('bo', 2), 1);
    // a third reviewer joining later starts from what is agreed and settled
    assert.equal(s.trainingLabel('cy', 0), 1);
    assert.equal(s.trainingLabel('cy', 2), 1);
    assert.ok(!Array.from(s.rankFor('cy')).includes(2));
  });

  test('after agreement both rankings equal a single reviewer who made the same decisions', () => {
    const dual = new Screening(matrix);
    const single = new Screening(matrix);
    for (const [record, include] of [
      [0, true],
      [4, false],
      [1, true],
    ] as const) {
      for (const reviewer of ['ana', 'bo']) dual.decide({ record, reviewer, include });
      single.decide({ record, reviewer: 'solo', include });
    }
    assert.deepEqual(Array.from(dual.rankFor('ana')), Array.from(single.rankFor('solo')));
    assert.deepEqual(Array.from(dual.rankFor('bo')), Array.from(single.rankFor('solo')));
  });
});
