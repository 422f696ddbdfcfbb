/** Checks the risk-of-bias figures' input, naming the study row and domain of a problem. */
import { finite, oneOf, ReportError } from '../errors.js';
import { LANGS } from '../format.js';
import { domainsUsed, ROB_DOMAINS, ROB_JUDGEMENTS, type RobDomain } from './judgement.js';
import type { RobFigureInput } from './types.js';

/** Validates and returns the domains to draw. */
export function validateRob(input: RobFigureInput, weighted: boolean): RobDomain[] {
  oneOf('lang', input.lang ?? 'en', LANGS);
  if (input.studies.length === 0) throw new ReportError('invalid_argument', 'studies must not be empty', 'studies');
  input.studies.forEach((s, i) => {
    const at = `studies[${i}]`;
    if (typeof s.label !== 'string')
      throw new ReportError('invalid_value', `${at}.label must be a string`, `${at}.label`);
    for (const [d, j] of Object.entries(s.rob)) {
      oneOf(`${at}.rob key`, d, ROB_DOMAINS);
      oneOf(`${at}.rob.${d}`, j, ROB_JUDGEMENTS);
    }
    if (weighted) {
      const w = finite(`${at}.weight`, s.weight ?? Number.NaN);
      if (w < 0) throw new ReportError('invalid_value', `${at}.weight must not be negative (got ${w})`, `${at}.weight`);
    }
  });
  const domains = input.domains ? input.domains.map((d, i) => oneOf(`domains[${i}]`, d, ROB_DOMAINS)) : null;
  const out = domains ?? domainsUsed(input.studies.map((s) => s.rob));
  if (out.length === 0) throw new ReportError('invalid_argument', 'no domain has a judgement', 'studies');
  return out;
}
