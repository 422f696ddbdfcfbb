/** Checks a forest plot's input at the entry point, naming the field and row of the first problem. */
import { finite, oneOf, ReportError } from '../errors.js';
import { LANGS } from '../format.js';
import { ROB_DOMAINS, ROB_JUDGEMENTS } from '../rob/judgement.js';
import { ARM_COLUMNS, type ForestInput, type ForestPooled, type ForestStudy } from './types.js';

function checkStudy(s: ForestStudy, at: string, nCols: number): void {
  if (typeof s.label !== 'string')
    throw new ReportError('invalid_value', `${at}.label must be a string`, `${at}.label`);
  finite(`${at}.yi`, s.yi);
  const w = finite(`${at}.weight`, s.weight);
  if (w < 0) throw new ReportError('invalid_value', `${at}.weight must not be negative (got ${w})`, `${at}.weight`);
  if (s.ci) {
    finite(`${at}.ci[0]`, s.ci[0]);
    finite(`${at}.ci[1]`, s.ci[1]);
    if (s.ci[0] > s.ci[1]) throw new ReportError('invalid_value', `${at}.ci must be [lower, upper]`, `${at}.ci`);
  } else if (s.vi === undefined || !(finite(`${at}.vi`, s.vi) >= 0)) {
    throw new ReportError('invalid_value', `${at} needs ci or a non-negative vi`, `${at}.vi`);
  }
  for (const arm of ['experimental', 'control'] as const) {
    const cells = s.arms?.[arm];
    if (cells && cells.length !== nCols) {
      throw new ReportError(
        'invalid_value',
        `${at}.arms.${arm} has ${cells.length} cells but armColumns has ${nCols}`,
        `${at}.arms.${arm}`,
      );
    }
  }
  for (const [d, j] of Object.entries(s.rob ?? {})) {
    oneOf(`${at}.rob key`, d, ROB_DOMAINS);
    oneOf(`${at}.rob.${d}`, j, ROB_JUDGEMENTS);
  }
}

function checkPooled(p: ForestPooled, at: string): void {
  finite(`${at}.estimate`, p.estimate);
  finite(`${at}.ciLb`, p.ciLb);
  finite(`${at}.ciUb`, p.ciUb);
  finite(`${at}.weight`, p.weight);
  if (p.prediction) {
    finite(`${at}.prediction[0]`, p.prediction[0]);
    finite(`${at}.prediction[1]`, p.prediction[1]);
  }
}

export function validateForest(input: ForestInput): void {
  oneOf('lang', input.lang ?? 'en', LANGS);
  const level = input.level ?? 95;
  if (!(level > 0 && level < 100))
    throw new ReportError('invalid_argument', `level must be between 0 and 100 (got ${level})`, 'level');
  const decimals = input.decimals ?? 2;
  if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 6)) {
    throw new ReportError('invalid_argument', `decimals must be an integer from 0 to 6 (got ${decimals})`, 'decimals');
  }
  for (const [i, c] of (input.armColumns ?? []).entries()) oneOf(`armColumns[${i}]`, c, ARM_COLUMNS);
  for (const [i, d] of (input.robDomains ?? []).entries()) oneOf(`robDomains[${i}]`, d, ROB_DOMAINS);
  if (input.sections.length === 0) throw new ReportError('invalid_argument', 'sections must not be empty', 'sections');
  const nCols = input.armColumns?.length ?? 0;
  let row = 0;
  for (const [g, section] of input.sections.entries()) {
    for (const s of section.studies) {
      row++;
      checkStudy(s, `study ${row} (sections[${g}])`, nCols);
    }
    if (section.subtotal) checkPooled(section.subtotal, `sections[${g}].subtotal`);
  }
  if (row === 0) throw new ReportError('invalid_argument', 'the forest plot has no studies', 'sections');
  if (input.overall) checkPooled(input.overall, 'overall');
}
