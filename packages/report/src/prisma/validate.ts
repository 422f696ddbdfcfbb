/** Checks the PRISMA flow diagram's input at the entry point. */
import { finite, oneOf, ReportError } from '../errors.js';
import { LANGS } from '../format.js';
import type { NamedCount, PrismaInput } from './types.js';

function checkCount(field: string, n: number): void {
  if (!(Number.isInteger(finite(field, n)) && n >= 0)) {
    throw new ReportError('invalid_value', `${field} must be a whole number of at least 0 (got ${n})`, field);
  }
}

/** Checks the counts: whole numbers of at least 0, each named by its field. */
export function checkPrisma(input: PrismaInput): void {
  oneOf('lang', input.lang ?? 'en', LANGS);
  const named = (list: readonly NamedCount[], field: string) =>
    list.forEach((c, i) => {
      if (typeof c.name !== 'string') throw new ReportError('invalid_value', `${field}[${i}].name must be a string`);
      checkCount(`${field}[${i}].n`, c.n);
    });
  if (input.databases.length === 0 && (input.registers ?? []).length === 0) {
    throw new ReportError('invalid_argument', 'give at least one database or register', 'databases');
  }
  named(input.databases, 'databases');
  named(input.registers ?? [], 'registers');
  named(input.excludedReports, 'excludedReports');
  const r = input.removedBeforeScreening;
  checkCount('removedBeforeScreening.duplicates', r.duplicates);
  if (r.automation !== undefined) checkCount('removedBeforeScreening.automation', r.automation);
  if (r.other !== undefined) checkCount('removedBeforeScreening.other', r.other);
  for (const k of ['screened', 'excluded', 'soughtForRetrieval', 'notRetrieved', 'assessed'] as const) {
    checkCount(k, input[k]);
  }
  checkCount('included.studies', input.included.studies);
  checkCount('included.reports', input.included.reports);
  const o = input.otherMethods;
  if (o) {
    named(o.sources, 'otherMethods.sources');
    named(o.excludedReports, 'otherMethods.excludedReports');
    for (const k of ['soughtForRetrieval', 'notRetrieved', 'assessed'] as const) checkCount(`otherMethods.${k}`, o[k]);
  }
}
