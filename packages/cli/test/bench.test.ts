/**
 * `evidens bench meta` and its data: the generator is deterministic from the seed and draws from the documented
 * recipe; the command prints the JSON fields the benchmark script reads.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { datasetStream, RECIPE } from '../src/bench/datasets.js';
import { mulberry32, normal } from '../src/bench/prng.js';
import { assertUserError, run } from './support/run.js';

describe('benchmark data', () => {
  test('mulberry32 from seed 1 gives the reference implementation’s first outputs', () => {
    const u = mulberry32(1);
    assert.deepEqual([u(), u(), u()], [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  test('normal deviates have mean 0 and variance 1', () => {
    const next = normal(mulberry32(7));
    const z = Float64Array.from({ length: 200_001 }, next);
    const mean = z.reduce((s, x) => s + x, 0) / z.length;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / (z.length - 1);
    assert.ok(Math.abs(mean) < 0.01, `mean ${mean}`);
    assert.ok(Math.abs(variance - 1) < 0.01, `variance ${variance}`);
  });

  test('datasets follow the recipe: vi uniform on (0.01, 0.5), yi normal around 0.3 with variance 0.1 + vi', () => {
    const { yi, vi } = datasetStream(42, 1000)(200);
    let sumY = 0;
    let sumZ2 = 0;
    for (let i = 0; i < yi.length; i++) {
      assert.ok(vi[i] >= RECIPE.viMin && vi[i] < RECIPE.viMax);
      sumY += yi[i];
      sumZ2 += (yi[i] - RECIPE.mu) ** 2 / (RECIPE.tau2 + vi[i]);
    }
    assert.ok(Math.abs(sumY / yi.length - RECIPE.mu) < 0.01);
    assert.ok(Math.abs(sumZ2 / yi.length - 1) < 0.02);
  });

  test('the same seed gives the same datasets, in one batch or several', () => {
    const one = datasetStream(5, 10)(6);
    const next = datasetStream(5, 10);
    const parts = [next(2), next(4)];
    assert.deepEqual([...one.yi], [...parts[0].yi, ...parts[1].yi]);
    assert.notDeepEqual([...one.yi], [...datasetStream(6, 10)(6).yi]);
  });
});

describe('evidens bench meta', () => {
  test('prints the fields, and the same numbers for the same seed', async () => {
    const args = ['bench', 'meta', '--fits', '30', '--k', '15', '--method', 'DL', '--seed', '9'];
    const a = await run(args);
    assert.equal(a.code, 0, a.stderr);
    const out = JSON.parse(a.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(out), [
      'fits',
      'k',
      'method',
      'test',
      'seed',
      'seconds',
      'fits_per_second',
      'failures',
      'generate_seconds',
      'mean_estimate',
      'mean_tau2',
    ]);
    assert.equal(out.fits, 30);
    assert.equal(out.k, 15);
    assert.equal(out.method, 'DL');
    assert.ok((out.seconds as number) > 0);
    assert.equal(out.fits_per_second, 30 / (out.seconds as number));
    const b = JSON.parse((await run(args)).stdout) as Record<string, unknown>;
    assert.equal(b.mean_estimate, out.mean_estimate);
    assert.equal(b.mean_tau2, out.mean_tau2);
  });

  test('bad options name the option', async () => {
    await assertUserError(['bench', 'meta', '--fits', '0'], ['option --fits must be a whole number from 1']);
    await assertUserError(['bench', 'meta', '--k', '2.5'], ['option --k must be a whole number']);
    await assertUserError(['bench', 'meta', '--method', 'MH'], ['option --method must be one of EE, FE, DL']);
    await assertUserError(['bench', 'meta', '--seed', '-1'], ['option --seed needs a value']);
    await assertUserError(['bench', 'meta', 'extra'], ['takes no arguments']);
    await assertUserError(['bench'], ['evidens bench needs what to benchmark: meta']);
    await assertUserError(['bench', 'screen'], ['unknown benchmark screen (available: meta)']);
  });
});
