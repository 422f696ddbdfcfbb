/**
 * Simulation: the same seed gives the same runs, runs differ in their prior records, the summary averages the runs'
 * metrics, and one real dataset (Cohen et al. 2006, urinary incontinence, from the shared reference data) does better
 * than random order.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  atd,
  featurize,
  labelsOf,
  readLabelledCsv,
  rrf,
  simulate,
  simulateRun,
  type TextFields,
  wss,
} from '../src/index.js';
import { sharedOrSkip } from './support/shared.js';

// 60 records on two topics; the 6 about magnesium and cramps are relevant.
const topics = {
  relevant: ['magnesium', 'cramps', 'nocturnal', 'leg', 'muscle', 'randomised'],
  other: ['statin', 'myopathy', 'cohort', 'cholesterol', 'risk', 'adults', 'diet', 'exercise', 'sleep', 'muscle'],
};
function synthetic(): { records: TextFields[]; labels: Uint8Array } {
  const records: TextFields[] = [];
  const labels = new Uint8Array(60);
  for (let i = 0; i < 60; i++) {
    const relevant = i % 10 === 3;
    const pool = relevant ? topics.relevant : topics.other;
    const words = Array.from({ length: 6 }, (_, k) => pool[(i * 7 + k * 3) % pool.length]);
    records.push({ title: words.join(' '), abstract: `${topics.other[i % 10]} ${pool[(i + 1) % pool.length]}` });
    labels[i] = relevant ? 1 : 0;
  }
  return { records, labels };
}

describe('simulation', () => {
  const { records, labels } = synthetic();
  const { matrix } = featurize(records, { minDf: 1 });

  test('the same seed gives the same runs; another seed draws other prior records', () => {
    const a = simulate(matrix, labels, { runs: 3, seed: 7 });
    const b = simulate(matrix, labels, { runs: 3, seed: 7 });
    assert.deepEqual(
      a.perRun.map((r) => [r.prior, Array.from(r.positions)]),
      b.perRun.map((r) => [r.prior, Array.from(r.positions)]),
    );
    const priors = new Set(a.perRun.map((r) => r.prior.join()));
    assert.ok(priors.size > 1, 'runs draw different priors');
    const c = simulate(matrix, labels, { runs: 3, seed: 8 });
    assert.notDeepEqual(
      a.perRun.map((r) => r.prior),
      c.perRun.map((r) => r.prior),
    );
  });

  test('a run: prior records are one of each kind and not screened again', () => {
    const r = simulateRun(matrix, labels, { model: 'lr', seed: 3 });
    assert.equal(r.prior.length, 2);
    assert.equal(labels[r.prior[0]], 1);
    assert.equal(labels[r.prior[1]], 0);
    assert.equal(r.records, 58);
    assert.equal(r.relevant, 5);
    assert.equal(r.positions.length, 5);
    assert.equal(r.steps, r.positions[4], 'stops at the last relevant record');
  });

  test('the summary is the mean of the runs, and the separable topics are found first', () => {
    const s = simulate(matrix, labels, { runs: 4, seed: 1 });
    const mean = (f: (d: (typeof s.perRun)[number]) => number) => s.perRun.reduce((t, d) => t + f(d), 0) / 4;
    assert.equal(
      s.wss95.mean,
      mean((d) => wss(d, 0.95)),
    );
    assert.equal(
      s.rrf10.mean,
      mean((d) => rrf(d, 0.1)),
    );
    assert.equal(
      s.atd.mean,
      mean((d) => atd(d)),
    );
    assert.deepEqual(s.perRun[0].positions, [1, 2, 3, 4, 5]);
    assert.equal(s.curve.recall[20], 1);
    assert.equal(s.records, 60);
    assert.equal(s.relevant, 6);
    assert.ok(s.msPerStep > 0);
  });

  test('prior knowledge is checked against the dataset', () => {
    assert.throws(
      () => simulateRun(matrix, labels, { prior: { relevant: 0, irrelevant: 1 } }),
      /at least one relevant/,
    );
    assert.throws(() => simulateRun(matrix, labels, { prior: { relevant: 6, irrelevant: 1 } }), /leaves none to find/);
    assert.throws(() => simulateRun(matrix, new Uint8Array(60), {}), /no relevant record/);
  });
});

describe('simulation on a real dataset', () => {
  test('Cohen 2006 UrinaryIncontinence: 327 records, 40 included; better than random order', async (t) => {
    const dir = sharedOrSkip(t, 'screening/cohen2006');
    if (!dir) return;
    const { records, issues } = await readLabelledCsv(join(dir, 'UrinaryIncontinence.csv'));
    assert.deepEqual(issues, []);
    const labels = labelsOf(records, 'label_included');
    assert.equal(records.length, 327);
    assert.equal(
      labels.reduce((s, x) => s + x, 0),
      40,
    );
    const s = simulate(featurize(records).matrix, labels, { runs: 2, seed: 1 });
    assert.ok(s.wss95.mean > s.random.wss95 + 0.2, `WSS@95 ${s.wss95.mean} vs random ${s.random.wss95}`);
    assert.ok(s.atd.mean < s.random.atd, `ATD ${s.atd.mean} vs random ${s.random.atd}`);
    assert.ok(s.rrf10.mean > s.random.rrf10, `RRF@10 ${s.rrf10.mean} vs random ${s.random.rrf10}`);
  });
});
