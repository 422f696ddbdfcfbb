/**
 * The stopping aid on hand-made screening histories. Upper bounds were computed independently with SciPy 1.17
 * (`max K with scipy.stats.hypergeom.cdf(k, n + U, K, n) >= 0.05`, minus k).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hypergeometricCdf, logFactorial, stoppingAid } from '../src/index.js';

describe('hypergeometric lower tail', () => {
  test('small cases against exact fractions', () => {
    // 10 records, 2 relevant, 3 drawn: P(none) = C(8,3)/C(10,3) = 56/120
    assert.ok(Math.abs(hypergeometricCdf(0, 10, 2, 3) - 56 / 120) < 1e-12);
    // 20 records, 5 relevant, 4 drawn: P(X ≤ 1) = (C(15,4) + 5·C(15,3))/C(20,4) = (1365 + 2275)/4845
    assert.ok(Math.abs(hypergeometricCdf(1, 20, 5, 4) - 3640 / 4845) < 1e-12);
    assert.equal(hypergeometricCdf(3, 20, 5, 3), 1);
  });

  test('log-factorials on both sides of the table', () => {
    assert.ok(Math.abs(logFactorial(10) - Math.log(3628800)) < 1e-12);
    let exact = 0;
    for (let i = 2; i <= 300; i++) exact += Math.log(i);
    assert.ok(Math.abs(logFactorial(300) - exact) < 1e-9);
  });
});

describe('stopping aid', () => {
  test('no relevant record among the last 50 of 100 screened, 900 left', () => {
    const history = [1, 1, 0, 1, ...Array<number>(96).fill(0)];
    const aid = stoppingAid(history, 1000, { window: 50 });
    assert.equal(aid.screened, 100);
    assert.equal(aid.relevantFound, 3);
    assert.equal(aid.unscreened, 900);
    assert.equal(aid.sinceLastRelevant, 96);
    assert.deepEqual(aid.window, { size: 50, relevant: 0 });
    assert.equal(aid.remaining.estimate, 0);
    assert.equal(aid.remaining.upper, 53); // SciPy: 53
    assert.equal(aid.recall.estimate, 1);
    assert.ok(Math.abs(aid.recall.lower - 3 / 56) < 1e-12);
    assert.match(aid.statement, /leaves 900 records unscreened/);
    assert.match(aid.statement, /96 records have been screened since the last relevant one/);
    assert.match(aid.statement, /at most 53 at 95% confidence/);
  });

  test('2 relevant among the last 50 of 200 screened, 2000 left: 2000·2/50 = 80 estimated', () => {
    const history = Array<number>(200).fill(0);
    for (const i of [0, 3, 10, 40, 160, 190]) history[i] = 1;
    const aid = stoppingAid(history, 2200, { window: 50 });
    assert.deepEqual(aid.window, { size: 50, relevant: 2 });
    assert.equal(aid.sinceLastRelevant, 9);
    assert.equal(aid.remaining.estimate, 80);
    assert.equal(aid.remaining.upper, 243); // SciPy: 243
    assert.ok(Math.abs(aid.recall.estimate - 6 / 86) < 1e-12);
  });

  test('the default window is the last quarter of those screened, at least 50', () => {
    assert.equal(stoppingAid(Array<number>(100).fill(0), 200).window.size, 50);
    assert.equal(stoppingAid(Array<number>(400).fill(0), 800).window.size, 100);
    assert.equal(stoppingAid([1, 0], 10).window.size, 2);
  });

  test('nothing found yet, and everything screened', () => {
    const none = stoppingAid(Array<number>(25).fill(0), 100);
    assert.equal(none.sinceLastRelevant, 25);
    assert.equal(none.remaining.upper, 9); // SciPy: 9
    assert.equal(none.recall.lower, 0);
    assert.match(none.statement, /No relevant record has been found in 25 screened/);
    const done = stoppingAid([1, 0, 0], 3);
    assert.equal(done.remaining.upper, 0);
    assert.match(done.statement, /risks nothing/);
  });

  test('guards: more screened than records, a bad level', () => {
    assert.throws(() => stoppingAid([0, 0, 0], 2), /total must be a number from 3/);
    assert.throws(() => stoppingAid([0], 2, { level: 1.5 }), /level must be/);
  });
});
