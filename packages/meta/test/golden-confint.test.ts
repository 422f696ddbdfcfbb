/**
 * Q-profile confidence intervals for τ², τ, I² and H² against metafor's confint(fit) for the golden model cases that
 * carry one (validation/metafor/golden/models, field "confint"). metafor ran uniroot with tol 1e-12.
 */
import { test } from 'node:test';
import { confintTau2 } from '@evidens/meta';
import { assertClose } from './support/close.js';
import { caseData, caseEscalc, caseFit, caseTitle, type GoldenModelCase, goldenCases } from './support/golden.js';

const PARTS = ['tau2', 'tau', 'I2', 'H2'] as const;
const BOUNDS = ['estimate', 'lower', 'upper'];

for (const c of goldenCases<GoldenModelCase>('models')) {
  const expected = c.confint;
  if (expected === null) continue;
  test(`confint ${caseTitle(c)}`, (t) => {
    const data = caseData(t, c.dataset, c.input.filter);
    if (data === null) return;
    const ci = confintTau2(caseFit(data, c.input, caseEscalc(data, c.input)));
    for (const part of PARTS) {
      expected[part].forEach((x, i) => {
        assertClose(ci[part][i], x, `${part} ${BOUNDS[i]}`);
      });
    }
  });
}
