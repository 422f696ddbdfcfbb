/**
 * `evidens meta --json`: the fields and their values, checked against the engine called directly on the same data and,
 * for the headline numbers, against metafor 3.8-1 (R 4.2.2; the R call is named above each value, run on the fixture
 * files with control=list(threshold=1e-12) so that both converge to the same τ²).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escalc, rma } from '@evidens/meta';
import { assertClose, runJson } from './support/run.js';

// The 2×2 tables of fixtures/bcg.csv (metadat's dat.bcg: tpos, tneg, cpos, cneg).
const bcg = {
  ai: [4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27],
  bi: [119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448, 2493, 16886],
  ci: [11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29],
  di: [128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825],
};
const ablat = [44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33];

describe('evidens meta --json: fields', () => {
  test('an intercept-only random-effects model has every contract field', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'RR']);
    for (const key of [
      'k',
      'measure',
      'method',
      'test',
      'level',
      'estimate',
      'se',
      'zval',
      'df',
      'pval',
      'ci_lb',
      'ci_ub',
      'pi_lb',
      'pi_ub',
      'tau2',
      'tau2_se',
      'tau',
      'I2',
      'H2',
      'Q',
      'Q_df',
      'Q_p',
      'coefficients',
      'QM',
      'QM_p',
      'exp_estimate',
      'exp_ci_lb',
      'exp_ci_ub',
      'exp_pi_lb',
      'exp_pi_ub',
      'warnings',
    ]) {
      assert.ok(key in out, `field ${key}`);
    }
    assert.equal(out.k, 13);
    assert.equal(out.measure, 'RR');
    assert.equal(out.method, 'REML');
    assert.equal(out.test, 'z');
    assert.equal(out.level, 95);
    assert.equal(out.df, null);
    assert.equal(out.QM, null);
    assert.equal(out.QM_p, null);
    assert.deepEqual(out.warnings, []);
    assert.ok(!('tval' in out));
  });

  test('measures not on a log scale have no exp_ fields', async () => {
    const out = await runJson(['meta', 'continuous.csv', '--measure', 'MD']);
    assert.ok(!('exp_estimate' in out));
  });
});

describe('evidens meta --json: values', () => {
  test('REML, RR: as rma() on escalc() called directly, and as metafor', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'RR', '--method', 'REML']);
    const es = escalc({ measure: 'RR', data: bcg });
    const fit = rma({ yi: es.yi, vi: es.vi, method: 'REML' });
    assert.equal(out.estimate, fit.beta[0]);
    assert.equal(out.se, fit.se[0]);
    assert.equal(out.tau2, fit.tau2);
    assert.equal(out.I2, fit.I2);
    assert.equal(out.Q, fit.QE);
    assert.equal(out.pi_lb, fit.piLb);
    assert.equal(out.exp_estimate, Math.exp(fit.beta[0]));
    assert.equal(out.exp_pi_ub, Math.exp(fit.piUb as number));
    // rma(measure="RR", ai=ai, bi=bi, ci=ci, di=di, data=bcg, method="REML"): b, se, tau2, se.tau2, I2, QE
    assertClose(out.estimate, -0.71453234215814, 'estimate');
    assertClose(out.se, 0.179781516105207, 'se');
    assertClose(out.tau2, 0.313243258136486, 'tau2');
    assertClose(out.tau2_se, 0.166425752836973, 'tau2_se');
    assertClose(out.I2, 92.2213845212691, 'I2');
    assertClose(out.Q, 152.233008082373, 'Q');
    // predict(res): pi.lb, pi.ub
    assertClose(out.pi_lb, -1.8666922179029, 'pi_lb');
    assertClose(out.pi_ub, 0.437627533586617, 'pi_ub');
  });

  test('DL, MD from means and SDs (fixtures/continuous.csv, dat.normand1999)', async () => {
    const out = await runJson(['meta', 'continuous.csv', '--measure', 'MD', '--method', 'DL']);
    // rma(measure="MD", m1i=m1i, sd1i=sd1i, n1i=n1i, m2i=m2i, sd2i=sd2i, n2i=n2i, data=cont, method="DL")
    assertClose(out.estimate, -13.9817218170439, 'estimate');
    assertClose(out.se, 5.12669833923133, 'se');
    assertClose(out.tau2, 205.409375467911, 'tau2');
    assertClose(out.H2, 29.8644763577512, 'H2');
    assertClose(out.Q, 238.91581086201, 'Q');
  });

  test('Knapp-Hartung: tval and df instead of zval', async () => {
    const out = await runJson(['meta', 'continuous.csv', '--measure', 'SMD', '--test', 'knha']);
    // rma(measure="SMD", ..., data=cont, method="REML", test="knha"): b, se, zval, dfs, pval, ci.lb, ci.ub, tau2
    assertClose(out.estimate, -0.537108258432961, 'estimate');
    assertClose(out.se, 0.30928563385651, 'se');
    assertClose(out.tval, -1.73660913937615, 'tval');
    assert.equal(out.df, 8);
    assertClose(out.pval, 0.120664532195015, 'pval');
    assertClose(out.ci_lb, -1.25032220906531, 'ci_lb');
    assertClose(out.ci_ub, 0.176105692199394, 'ci_ub');
    assertClose(out.tau2, 0.790842913750778, 'tau2');
    assert.ok(!('zval' in out));
  });

  test('moderators: coefficients, QM, R2 and no prediction interval', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'ablat', '--test', 'knha']);
    const es = escalc({ measure: 'RR', data: bcg });
    const fit = rma({ yi: es.yi, vi: es.vi, mods: [{ name: 'ablat', values: ablat }], test: 'knha' });
    const coefficients = out.coefficients as Record<string, unknown>[];
    assert.deepEqual(
      coefficients.map((c) => c.name),
      ['intrcpt', 'ablat'],
    );
    assert.equal(coefficients[1].estimate, fit.beta[1]);
    assert.equal(coefficients[1].tval, fit.zval[1]);
    assert.equal(out.QM, fit.QM);
    assert.equal(out.QM_df, 1);
    assert.equal(out.pi_lb, null);
    assert.equal(out.exp_pi_lb, null);
    // rma(measure="RR", ..., data=bcg, mods=~ablat, method="REML", test="knha"): b[2], se[2], QM, QMp, tau2, R2
    assertClose(coefficients[1].estimate, -0.0291017250116429, 'ablat');
    assertClose(coefficients[1].se, 0.00820141741104984, 'se(ablat)');
    assertClose(out.QM, 12.5909828843799, 'QM');
    assertClose(out.QM_p, 0.00456505154159259, 'QM_p');
    assertClose(out.tau2, 0.0763479639559193, 'tau2');
    assertClose(out.R2, 75.6266218113933, 'R2', 1e-5);
  });

  test('categorical moderator: one coefficient per level after the first', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'alloc']);
    const names = (out.coefficients as { name: string }[]).map((c) => c.name);
    assert.deepEqual(names, ['intrcpt', 'allocrandom', 'allocsystematic']);
    assert.equal(out.QM_df, 2);
  });

  test('Mantel-Haenszel OR, with the CMH and Tarone tests', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'OR', '--method', 'MH']);
    assert.equal(out.method, 'MH');
    assert.equal(out.tau2, 0);
    // rma.mh(measure="OR", ai=ai, bi=bi, ci=ci, di=di, data=bcg): b, se, MH, TA, QE, I2
    assertClose(out.estimate, -0.473410988388585, 'estimate');
    assertClose(out.se, 0.0410077784042314, 'se');
    assertClose(out.CMH, 135.688943723906, 'CMH');
    assertClose(out.TA, 171.756672993871, 'TA');
    assertClose(out.Q, 163.942579569193, 'Q');
    assertClose(out.I2, 92.6803640448177, 'I2');
    assertClose(out.exp_estimate, Math.exp(-0.473410988388585), 'exp_estimate');
  });

  test("Peto's method reports measure PETO", async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'OR', '--method', 'PETO']);
    assert.equal(out.measure, 'PETO');
    assert.equal(out.method, 'PETO');
    assert.ok(typeof out.exp_estimate === 'number');
  });

  test('FE is accepted for EE; --level changes the intervals', async () => {
    const out = await runJson(['meta', 'bcg.csv', '--measure', 'OR', '--method', 'FE', '--level', '90']);
    assert.equal(out.method, 'EE');
    assert.equal(out.level, 90);
    const es = escalc({ measure: 'OR', data: bcg });
    const fit = rma({ yi: es.yi, vi: es.vi, method: 'EE', level: 90 });
    assert.equal(out.ci_lb, fit.ciLb[0]);
    assert.equal(out.tau2_se, null);
  });

  test('missing values: studies left out with a warning naming the lines', async () => {
    const out = await runJson(['meta', 'with-missing.csv', '--measure', 'RR', '--mods', 'ablat']);
    assert.equal(out.k, 6);
    const warnings = out.warnings as string[];
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /line 5, 7\)/);
    // rma(measure="RR", ..., data=read.csv("with-missing.csv"), mods=~ablat, method="REML"): k, b, tau2
    const coefficients = out.coefficients as { estimate: number }[];
    assertClose(coefficients[0].estimate, 0.0706641679770668, 'intrcpt');
    assertClose(coefficients[1].estimate, -0.0302696206182054, 'ablat');
    assertClose(out.tau2, 0.182767467613187, 'tau2');
  });

  test('--add and --to reach the continuity correction', async () => {
    const table = 'ai,bi,ci,di\n0,10,3,9\n2,8,4,8\n1,12,5,7\n';
    const plain = await runJson(['meta', '-', '--measure', 'OR', '--method', 'EE'], table);
    const all = await runJson(['meta', '-', '--measure', 'OR', '--method', 'EE', '--to', 'all', '--add', '1'], table);
    const es = escalc({
      measure: 'OR',
      data: { ai: [0, 2, 1], bi: [10, 8, 12], ci: [3, 4, 5], di: [9, 8, 7] },
      add: 1,
      to: 'all',
    });
    const fit = rma({ yi: es.yi, vi: es.vi, method: 'EE' });
    assert.equal(all.estimate, fit.beta[0]);
    assert.notEqual(plain.estimate, all.estimate);
  });
});
