/**
 * The inverse-variance model against metafor's rma.uni, case by case (validation/metafor/golden/models): every field of
 * the fit within the validation tolerance (relative 1e-6, absolute 1e-9).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertClose } from './support/close.js';
import { caseData, caseEscalc, caseFit, caseTitle, type GoldenModelCase, goldenCases } from './support/golden.js';

const VECTORS = [
  ['beta', 'beta'],
  ['se', 'se'],
  ['zval', 'zval'],
  ['pval', 'pval'],
  ['ciLb', 'ci_lb'],
  ['ciUb', 'ci_ub'],
] as const;

for (const c of goldenCases<GoldenModelCase>('models')) {
  test(`rma ${caseTitle(c)}`, (t) => {
    const data = caseData(t, c.dataset, c.input.filter);
    if (data === null) return;
    const fit = caseFit(data, c.input, caseEscalc(data, c.input));
    const g = c.fit;
    assert.equal(fit.k, g.k, 'k');
    assert.deepEqual(fit.names, g.names, 'coefficient names');
    for (const [ours, theirs] of VECTORS) {
      g[theirs].forEach((x, i) => {
        assertClose(fit[ours][i], x, `${theirs}[${g.names[i]}]`);
      });
    }
    assertClose(fit.tau2, g.tau2, 'tau2');
    // EB and PM: the engine's SE of tau2 is its own delta-method value (Var(Q) at the root), not metafor's, so it is
    // not compared. For EE metafor has none (null) and neither has the engine.
    if (c.input.method !== 'EB' && c.input.method !== 'PM') assertClose(fit.seTau2, g.se_tau2, 'se_tau2');
    assertClose(fit.QE, g.QE, 'QE');
    assertClose(fit.QEdf, g.QE_df, 'QE_df');
    assertClose(fit.QEp, g.QE_p, 'QE_p');
    if (fit.p === 1 && fit.QM === null) {
      // metafor also reports, for an intercept-only model, the omnibus test of the intercept itself: QM = z² (F = t²
      // under Knapp-Hartung) with the p-value of the intercept. The engine keeps that test in zval and pval.
      const squared = fit.zval[0] ** 2;
      assertClose(squared, g.QM, 'QM (intercept only: zval²)');
      assertClose(fit.pval[0], g.QM_p, 'QM_p (intercept only: pval)');
    } else {
      assertClose(fit.QM, g.QM, 'QM');
      assert.deepEqual(fit.QMdf, g.QM_df, 'QM_df');
      assertClose(fit.QMp, g.QM_p, 'QM_p');
    }
    assertClose(fit.I2, g.I2, 'I2');
    assertClose(fit.H2, g.H2, 'H2');
    if (c.input.method === 'EE' && fit.p === 1) {
      // metafor gives no prediction interval for an equal-effects model; with tau2 = 0 the engine's equals the CI.
      assertClose(fit.piLb, g.ci_lb[0], 'pi_lb (EE: the CI)');
      assertClose(fit.piUb, g.ci_ub[0], 'pi_ub (EE: the CI)');
    } else {
      assertClose(fit.piLb, g.pi_lb, 'pi_lb');
      assertClose(fit.piUb, g.pi_ub, 'pi_ub');
    }
  });
}
