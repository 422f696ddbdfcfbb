// Running the fixture's analyses: study effects, the pooled model (checked against the engine fitted directly),
// subgroups, sensitivity analyses, unusable data, and the correlation sensitivity for crossover trials.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rma } from '@evidens/meta';
import { crossoverSensitivity, loadReview, type Review, runAnalysis } from '../src/index.js';

const load = async () => (await loadReview(new URL('./fixtures/good', import.meta.url).pathname)).review;

test('the MD analysis uses each study once, in data.yaml order, and pools them as rma would', async () => {
  const review = await load();
  const run = runAnalysis(review, 'cramps-md');
  assert.deepEqual(
    run.effects.map((e) => [e.study, e.shape]),
    [
      ['alpha-2008', 'arms'],
      ['beta-2002', 'arms'],
      ['gamma-1999', 'arms'],
      ['delta-2017', 'effect'],
    ],
  );
  const direct = rma({ yi: run.effects.map((e) => e.yi), vi: run.effects.map((e) => e.vi), method: 'REML' });
  assert.equal(run.fit?.beta[0], direct.beta[0]);
  assert.equal(run.fit?.method, 'REML');
  assert.deepEqual(run.fit?.slab, ['Alpha 2008', 'Beta 2002', 'Gamma 1999', 'Delta 2017']);
  assert.equal(run.correlation, 0.5);
  assert.deepEqual(run.issues, []);
});

test('subgroups by the study key named in the analysis', async () => {
  const run = runAnalysis(await load(), 'cramps-md');
  assert.deepEqual(
    run.subgroups?.subgroups.map((s) => [s.name, s.fit.k]),
    [
      ['idiopathic', 3],
      ['pregnancy', 1],
    ],
  );
  assert.equal(run.subgroups?.QbDf, 1);
});

test('a sensitivity analysis leaves out results by RoB 2 judgement, saying why for each', async () => {
  const run = runAnalysis(await load(), 'cramps-md');
  const s = run.sensitivity[0];
  assert.equal(s.sensitivity.id, 'no-high-rob');
  // No result is at high risk; beta-2002 has no assessment, so it cannot be shown to be below high.
  assert.deepEqual(s.excluded, [
    { study: 'beta-2002', reason: 'no complete RoB 2 assessment, left out by sensitivity analysis no-high-rob' },
  ]);
  assert.equal(s.fit?.k, 3);
});

test('the RR analysis pools log risk ratios from events and n', async () => {
  const run = runAnalysis(await load(), 'responders-rr');
  assert.equal(run.effects.length, 2);
  assert.ok(Math.abs((run.effects[0].yi ?? 0) - Math.log(12 / 21 / (8 / 17))) < 1e-12);
  assert.equal(run.fit?.k, 2);
});

test('data that cannot be used become issues naming the data.yaml entry; the rest is still pooled', async () => {
  const review = await load();
  const broken: Review = {
    ...review,
    analyses: review.analyses.map((a) => (a.id === 'cramps-md' ? { ...a, crossoverCorrelation: undefined } : a)),
  };
  const run = runAnalysis(broken, 'cramps-md');
  assert.deepEqual(
    run.issues.map((i) => i.message),
    [
      'data.yaml line 13: data[2] cannot be used in analysis cramps-md: a within-person correlation is needed: set crossoverCorrelation on the analysis or correlation on the entry',
    ],
  );
  assert.deepEqual(
    run.excluded.map((e) => e.study),
    ['gamma-1999'],
  );
  assert.equal(run.fit?.k, 3);
});

test('two results of a study for one analysis are not silently reduced to one', async () => {
  const review = await load();
  const twice: Review = {
    ...review,
    data: [
      ...review.data,
      { ...review.data[0], timepoint: '4 weeks', at: { file: 'data.yaml', line: 99, path: 'data[6]' } },
    ],
  };
  const run = runAnalysis(twice, 'cramps-md');
  assert.match(run.issues[0].message, /^data\.yaml line 99: data\[6\] gives a second result of study alpha-2008/);
  assert.ok(!run.effects.some((e) => e.study === 'alpha-2008'));
});

test('the correlation sensitivity re-runs the analysis for r = 0, 0.1, …, 0.9', async () => {
  const review = await load();
  const s = crossoverSensitivity(review, 'cramps-md');
  assert.deepEqual(
    s.rows.map((r) => r.r),
    [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
  );
  assert.deepEqual(s.dependent, ['gamma-1999']);
  assert.deepEqual(s.warnings, []);
  const atHalf = s.rows[5];
  assert.equal(atHalf.estimate, runAnalysis(review, 'cramps-md').fit?.beta[0]);
  // A higher correlation shrinks the crossover's variance, so its weight and the pooled estimate move towards it.
  for (let i = 1; i < s.rows.length; i++) assert.ok((s.rows[i].estimate ?? 0) > (s.rows[i - 1].estimate ?? 0));
  assert.ok(s.rows.every((r) => r.k === 4));
  const none = crossoverSensitivity(review, 'responders-rr', [0, 0.5]);
  assert.deepEqual(none.warnings, ['no study in the analysis depends on the assumed correlation']);
});
