/**
 * `evidens screen simulate`, in-process: the JSON contract, the text report, the options, and the errors (a missing
 * label column, no relevant record, a bad --prior, a missing file). The fixtures are 20 made-up records of which 5
 * are about magnesium for cramps (fixtures/screen-*.csv).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertUserError, run, runJson } from './support/run.js';

describe('evidens screen simulate --json', () => {
  test('exactly the contract fields first, percentages from 0 to 100', async () => {
    const out = await runJson(['screen', 'simulate', 'screen-labelled.csv', '--runs', '3']);
    assert.deepEqual(Object.keys(out).slice(0, 8), [
      'runs',
      'records',
      'relevant',
      'wss95',
      'wss100',
      'rrf10',
      'atd',
      'ms_per_step',
    ]);
    assert.equal(out.runs, 3);
    assert.equal(out.records, 20);
    assert.equal(out.relevant, 5);
    for (const key of ['wss95', 'wss100', 'rrf10', 'atd']) {
      const x = out[key] as number;
      assert.ok(typeof x === 'number' && x >= -5 && x <= 100, `${key} = ${x}`);
    }
    assert.ok((out.ms_per_step as number) > 0);
    assert.equal(out.label, 'label_included');
    assert.equal(out.model, 'lr');
    assert.deepEqual(out.prior, { relevant: 1, irrelevant: 1 });
    assert.deepEqual(out.warnings, []);
    // the separable fixture: all 4 relevant records still to find come first in every run
    assert.equal(out.wss100, ((18 - 4) / 18) * 100);
    assert.equal(out.atd, ((1 + 2 + 3 + 4) / 4 / 18) * 100);
    const curve = out.curve as { screened: number; recall: number }[];
    assert.equal(curve.length, 21);
    assert.deepEqual(curve[20], { screened: 100, recall: 100 });
  });

  test('the same seed gives the same numbers; options are echoed', async () => {
    const argv = ['screen', 'simulate', 'screen-labelled.csv', '--runs', '2', '--model', 'nb', '--seed', '9'];
    const a = await runJson([...argv, '--prior', '2,3', '--label', 'abstract']);
    const b = await runJson([...argv, '--prior', '2,3', '--label', 'abstract']);
    for (const key of ['wss95', 'wss100', 'rrf10', 'atd']) assert.equal(a[key], b[key]);
    assert.equal(a.model, 'nb');
    assert.equal(a.seed, 9);
    assert.equal(a.label, 'label_abstract_screening');
    assert.equal(a.relevant, 9);
    assert.deepEqual(a.prior, { relevant: 2, irrelevant: 3 });
  });
});

describe('evidens screen simulate: text', () => {
  test('the curve and the metrics beside random order', async () => {
    const r = await run(['screen', 'simulate', 'screen-labelled.csv', '--runs', '2', '--model', 'svm']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /20 records, 5 relevant \(label_included\); model svm; prior 1 relevant \+ 1 irrelevant/);
    assert.match(r.stdout, /screened\s+recall/);
    assert.match(r.stdout, /WSS@95\s+\S+%\s+\S+%\s+\S+%/);
    assert.match(r.stdout, /ATD/);
    assert.match(r.stdout, /time per step/);
  });

  test('help', async () => {
    const r = await run(['screen', 'simulate', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: evidens screen simulate DATASET.csv/);
    assert.match((await run(['screen', '--help'])).stdout, /simulate/);
  });
});

describe('evidens screen simulate: errors', () => {
  test('a dataset without the label column', async () => {
    await assertUserError(
      ['screen', 'simulate', 'screen-no-label.csv'],
      ['screen-no-label.csv', 'no label_included column', 'columns: record_id, title, abstract'],
    );
  });

  test('--label abstract on a dataset without that column', async () => {
    await assertUserError(
      ['screen', 'simulate', 'screen-none-relevant.csv', '--label', 'abstract'],
      ['no label_abstract_screening column'],
    );
  });

  test('a dataset with no relevant record', async () => {
    await assertUserError(['screen', 'simulate', 'screen-none-relevant.csv'], ['no relevant record']);
  });

  test('bad --prior values', async () => {
    for (const bad of ['1', '0,1', '1,0', 'a,b', '1,2,3', '-1,1']) {
      await assertUserError(['screen', 'simulate', 'screen-labelled.csv', `--prior=${bad}`], ['--prior', bad]);
    }
  });

  test('a prior that leaves nothing to find, or more irrelevant records than there are', async () => {
    await assertUserError(['screen', 'simulate', 'screen-labelled.csv', '--prior', '5,1'], ['leaves none to find']);
    await assertUserError(['screen', 'simulate', 'screen-labelled.csv', '--prior', '1,16'], ['has 15']);
  });

  test('bad options and arguments', async () => {
    await assertUserError(['screen', 'simulate', 'screen-labelled.csv', '--model', 'knn'], ['--model', 'nb, lr, svm']);
    await assertUserError(['screen', 'simulate', 'screen-labelled.csv', '--runs', '0'], ['--runs']);
    await assertUserError(['screen', 'simulate'], ['needs one labelled dataset']);
    await assertUserError(['screen', 'simulate', 'nowhere.csv'], ['cannot read nowhere.csv: no such file']);
    await assertUserError(['screen'], ['needs what to do']);
    await assertUserError(['screen', 'rank'], ['unknown screen command rank']);
  });
});
