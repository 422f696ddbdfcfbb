/**
 * The text summary of `evidens meta`, read the way a user reads it: the model line, heterogeneity, the tests, the
 * results table, the back-transformed estimate and the prediction interval, with the numbers of the JSON output.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { run } from './support/run.js';

async function text(argv: string[], stdin = ''): Promise<string> {
  const r = await run(argv, stdin);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

describe('evidens meta: text summary', () => {
  test('random-effects model of risk ratios (metafor prints the same numbers for dat.bcg)', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'RR']);
    for (const line of [
      'Random-Effects Model (k = 13; tau^2 estimator: REML)',
      'Data: bcg.csv; measure RR (log risk ratio)',
      'tau^2 (estimated amount of total heterogeneity): 0.3132 (SE = 0.1664)',
      'tau (square root of estimated tau^2 value):      0.5597',
      'I^2 (total heterogeneity / total variability):   92.22%',
      'H^2 (total variability / sampling variability):  12.86',
      'Q(df = 12) = 152.2330, p-val < .0001',
      'Model Results (log scale):',
      'estimate      se     zval    pval    ci.lb    ci.ub',
      ' -0.7145  0.1798  -3.9744  <.0001  -1.0669  -0.3622  ***',
      'Model Results (RR scale):',
      'estimate   ci.lb   ci.ub   pi.lb   pi.ub',
      '  0.4894  0.3441  0.6962  0.1546  1.5490',
    ]) {
      assert.ok(out.split('\n').includes(line), `line expected:\n${line}\nin:\n${out}`);
    }
    assert.ok(!out.includes('NaN'));
  });

  test('mixed-effects model: residual heterogeneity, R^2, the moderator test and named coefficients', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'ablat,alloc']);
    assert.match(out, /^Mixed-Effects Model \(k = 13; tau\^2 estimator: REML\)$/m);
    assert.match(out, /^R\^2 \(amount of heterogeneity accounted for\): +53\.84%$/m);
    assert.match(out, /^QE\(df = 9\) = 26\.2034, p-val = 0\.0019$/m);
    assert.match(out, /^Test of Moderators \(coefficients 2:4\):$/m);
    assert.match(out, /^QM\(df = 3\) = 11\.06\d\d, p-val = 0\.0114$/m);
    assert.match(out, /^ablat +-0\.0273 +0\.0092 +-2\.9650 +0\.0030 +-0\.0453 +-0\.0092 +\*\*$/m);
    assert.match(out, /^allocsystematic +0\.0585/m);
    assert.ok(!out.includes('RR scale'), 'no back-transformed intercept for a meta-regression');
  });

  test('Knapp-Hartung: tval and df columns and an F test', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'ablat', '--test', 'knha']);
    assert.match(out, /^F\(df1 = 1, df2 = 11\) = 12\.59\d\d, p-val = 0\.0046$/m);
    assert.match(out, /^ +estimate +se +tval +df +pval +ci\.lb +ci\.ub$/m);
  });

  test('equal-effects model: no tau^2 lines, no prediction interval', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'OR', '--method', 'EE']);
    assert.match(out, /^Equal-Effects Model \(k = 13\)$/m);
    assert.ok(!out.includes('tau^2 ('));
    assert.match(out, /^estimate {3}ci\.lb {3}ci\.ub$/m);
  });

  test('Mantel-Haenszel: the CMH and Tarone tests', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'OR', '--method', 'MH']);
    assert.match(out, /^Equal-Effects Model \(k = 13; Mantel-Haenszel method\)$/m);
    assert.match(out, /^Cochran-Mantel-Haenszel Test: +CMH = 135\.6889, df = 1, p-val < \.0001$/m);
    assert.match(out, /^Tarone's Test for Heterogeneity: X\^2\(12\) = 171\.7567, p-val < \.0001$/m);
  });

  test('a measure on its own scale: a prediction interval line, no back-transformation', async () => {
    const out = await text(['meta', 'continuous.csv', '--measure', 'MD', '--method', 'DL']);
    assert.match(out, /^Model Results:$/m);
    assert.match(out, /^Prediction interval \(95%\): -\d+\.\d{4} to \d+\.\d{4}$/m);
    assert.ok(!out.includes('scale)'));
  });

  test('a level other than 95 is stated', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'RR', '--level', '90']);
    assert.match(out, /^Confidence level: 90%$/m);
  });

  test('warnings go to stderr as "warning:" lines; the summary to stdout', async () => {
    const r = await run(['meta', 'with-missing.csv', '--measure', 'RR']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /k = 7/);
    assert.equal(r.stderr, 'warning: 1 study with missing values omitted (line 5)\n');
  });

  test('--csv prints the coefficients', async () => {
    const out = await text(['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'ablat', '--csv']);
    const lines = out.trimEnd().split('\n');
    assert.equal(lines[0], 'name,estimate,se,zval,pval,ci_lb,ci_ub');
    assert.equal(lines.length, 3);
    assert.match(lines[2], /^ablat,-0\.029\d+,/);
  });
});

describe('evidens: help', () => {
  test('evidens --help lists the commands', async () => {
    const out = await text(['--help']);
    assert.match(out, /^Usage: evidens <command>/);
    assert.match(out, /^ {2}meta /m);
    assert.match(out, /^ {2}bench /m);
  });

  test('each command has --help, and evidens help <command> shows the same', async () => {
    const meta = await text(['meta', '--help']);
    assert.match(meta, /^Usage: evidens meta \[FILE\.csv\|-\] --measure M/);
    assert.equal(await text(['help', 'meta']), meta);
    assert.match(await text(['bench', '--help']), /^Usage: evidens bench/);
    assert.match(await text(['bench', 'meta', '-h']), /^Usage: evidens bench meta/);
  });

  test('--version', async () => {
    assert.match(await text(['--version']), /^\d+\.\d+\.\d+\n$/);
  });
});
