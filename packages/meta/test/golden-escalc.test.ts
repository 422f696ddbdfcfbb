/**
 * Effect sizes against metafor's escalc, case by case: every golden model case (validation/metafor/golden/models)
 * rebuilds its yi and vi from the shared CSV file with the same measure, columns and continuity-correction options.
 * Missing values must be missing in both.
 */
import { test } from 'node:test';
import { assertClose } from './support/close.js';
import { caseData, caseEscalc, caseTitle, type GoldenModelCase, goldenCases } from './support/golden.js';

for (const c of goldenCases<GoldenModelCase>('models')) {
  test(`escalc ${caseTitle(c)}`, (t) => {
    const data = caseData(t, c.dataset, c.input.filter);
    if (data === null) return;
    const es = caseEscalc(data, c.input);
    assertClose(es.yi.length, c.escalc.yi.length, 'number of studies');
    c.escalc.yi.forEach((y, i) => {
      assertClose(es.yi[i], y, `yi[${i + 1}]`);
      assertClose(es.vi[i], c.escalc.vi[i], `vi[${i + 1}]`);
    });
  });
}
