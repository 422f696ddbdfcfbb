/**
 * Mantel–Haenszel and Peto pooling against metafor's rma.mh and rma.peto (validation/metafor/golden/mh-peto): the
 * estimate and its inference, the heterogeneity test, I², H², and for the MH odds ratio the Cochran–Mantel–Haenszel
 * and Tarone tests; also the per-study outcomes (escalc with 1/2 added to zero cells, double-zero tables dropped).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rmaMH, rmaPeto } from '@evidens/meta';
import { assertClose } from './support/close.js';
import { caseData, caseTitle, type GoldenTableCase, goldenCases, mappedColumns } from './support/golden.js';

for (const c of goldenCases<GoldenTableCase>('mh-peto')) {
  test(`${c.input.kind} ${caseTitle(c)}`, (t) => {
    const data = caseData(t, c.dataset, c.input.filter);
    if (data === null) return;
    const columns = mappedColumns(data, c.input.columns);
    const { measure } = c.input;
    const fit =
      c.input.kind === 'rma.peto' || measure === 'PETO'
        ? rmaPeto({ data: columns })
        : rmaMH({ measure, data: columns });
    const g = c.fit;
    assert.equal(fit.k, g.k, 'k');
    assertClose(fit.beta[0], g.beta, 'beta');
    assertClose(fit.se[0], g.se, 'se');
    assertClose(fit.zval[0], g.zval, 'zval');
    assertClose(fit.pval[0], g.pval, 'pval');
    assertClose(fit.ciLb[0], g.ci_lb, 'ci_lb');
    assertClose(fit.ciUb[0], g.ci_ub, 'ci_ub');
    assertClose(fit.QE, g.QE, 'QE');
    assertClose(fit.QEdf, g.QE_df, 'QE_df');
    assertClose(fit.QEp, g.QE_p, 'QE_p');
    assertClose(fit.I2, g.I2, 'I2');
    assertClose(fit.H2, g.H2, 'H2');
    if (g.MH !== undefined) {
      assertClose(fit.CMH, g.MH, 'MH (CMH test)');
      assertClose(fit.CMHp, g.MH_p ?? null, 'MH_p');
      assertClose(fit.TA, g.TA ?? null, 'TA (Tarone)');
      assertClose(fit.TAp, g.TA_p ?? null, 'TA_p');
    }
    c.escalc.yi.forEach((y, i) => {
      assertClose(fit.yi[i], y, `yi[${i + 1}]`);
      assertClose(fit.vi[i], c.escalc.vi[i], `vi[${i + 1}]`);
    });
  });
}
