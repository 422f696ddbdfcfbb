/**
 * Validation of one raw item on its own (a study, a data entry, an assessment, a GRADE entry, a screening row, or
 * review.yaml as a whole), with the loader's schemas and messages, for an API that takes items one at a time.
 * Checks across items and files (ids that must exist or be unique) are left to the loader.
 */
import type { z } from 'zod';
import { formatWhere, type ReviewIssue, type ReviewIssueCode, reviewIssue, showValue } from '../issues.js';
import { localise } from '../load/localise.js';
import { type Protocol, readProtocol } from '../load/read-protocol.js';
import type { GradeEntry } from '../model/grade.js';
import type { OutcomeData } from '../model/outcome-data.js';
import { LANGUAGES } from '../model/protocol.js';
import type { RobAssessment } from '../model/rob.js';
import type { ScreeningDecision } from '../model/screening.js';
import type { Study } from '../model/study.js';
import { gradeEntrySchema } from '../schema/grade.js';
import { outcomeDataSchema } from '../schema/outcome-data.js';
import { robAssessmentSchema } from '../schema/rob.js';
import { SCREENING_COLUMNS, screeningRowSchema } from '../schema/screening.js';
import { studySchema } from '../schema/study.js';
import { validate } from './validate.js';

/** What each kind of item becomes when valid. */
export interface ItemKinds {
  protocol: Protocol;
  study: Study;
  data: OutcomeData;
  rob: RobAssessment;
  grade: GradeEntry;
  screening: ScreeningDecision;
}

/** The kinds of item, in the order of the folder's files. */
export const ITEM_KINDS = ['protocol', 'screening', 'study', 'data', 'rob', 'grade'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A problem with one item: the path is relative to the item (`arms[1].randomised`), the message starts with it. */
export interface ItemIssue {
  code: ReviewIssueCode;
  path: string;
  /** `arms[1].randomised must be a positive whole number (got -3)`. */
  message: string;
}

/** The item as the model has it, with defaults filled in, or the problems that make it invalid. */
export type ItemResult<T> = { ok: true; value: T } | { ok: false; issues: ItemIssue[] };

const SCHEMAS: { [K in Exclude<ItemKind, 'protocol' | 'screening'>]: z.ZodType<ItemKinds[K]> } = {
  study: studySchema,
  data: outcomeDataSchema,
  rob: robAssessmentSchema,
  grade: gradeEntrySchema,
};

/**
 * Validates one raw item of the given kind: the plain data of a YAML list item, review.yaml's map for `protocol`,
 * or a screening.csv row as column → cell (cells are trimmed, and empty cells are absent, as in the file).
 *
 * @example
 * validateItem('grade', { analysis: 'cramps-md', imprecision: { judgement: 'serious' } });
 * // { ok: false, issues: [{ code: 'required', path: 'imprecision.reason', message: 'imprecision.reason is required' }] }
 * validateItem('grade', { analysis: 'cramps-md' });
 * // { ok: true, value: { analysis: 'cramps-md', start: 'high', decisions: {}, footnotes: [] } }
 */
export function validateItem<K extends ItemKind>(kind: K, raw: unknown): ItemResult<ItemKinds[K]> {
  if (!(ITEM_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(`kind must be one of ${ITEM_KINDS.join(', ')} (got ${showValue(kind)})`);
  }
  // Texts may be given in both languages ({da, en}); the item must be valid read in each.
  let value: ItemKinds[ItemKind] | undefined;
  for (const lang of LANGUAGES) {
    const issues: ReviewIssue[] = [];
    const read = validateAs(kind, localise(raw, lang, '', []), issues);
    if (issues.length > 0 || read === undefined) return { ok: false, issues: issues.map(itemIssue) };
    value ??= read;
  }
  return { ok: true, value: value as ItemKinds[K] };
}

function validateAs(kind: ItemKind, raw: unknown, issues: ReviewIssue[]): ItemKinds[ItemKind] | undefined {
  const context = { file: '', base: [], lineOf: () => undefined };
  switch (kind) {
    case 'protocol':
      return readProtocol({ file: 'review.yaml', data: raw, lineOf: () => undefined }, issues);
    case 'screening': {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        const text = `must be a map of column to cell (got ${showValue(raw)})`;
        issues.push(reviewIssue('invalid_value', { ...context, path: '' }, text));
        return undefined;
      }
      return validate(screeningRowSchema, cellsOf(raw as Record<string, unknown>, issues), context, issues);
    }
    default:
      return validate(SCHEMAS[kind] as z.ZodType<ItemKinds[ItemKind]>, raw, context, issues);
  }
}

/** A row's cells as the CSV reader gives them (text trimmed, empty cells left out), unknown columns reported. */
function cellsOf(row: Record<string, unknown>, issues: ReviewIssue[]): Record<string, unknown> {
  const known: readonly string[] = SCREENING_COLUMNS;
  const cells: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    const value = typeof cell === 'string' ? cell.trim() : cell;
    if (value === '' || value === undefined) continue;
    if (known.includes(column)) cells[column] = value;
    else {
      const text = `is not a column of this format (columns: ${SCREENING_COLUMNS.join(', ')})`;
      issues.push(reviewIssue('unknown_field', { file: '', path: column }, text));
    }
  }
  return cells;
}

/** The issue without its file and line, which an item on its own does not have. */
function itemIssue(issue: ReviewIssue): ItemIssue {
  const where = `${formatWhere(issue)}: `;
  const message = issue.message.startsWith(where) ? issue.message.slice(where.length) : issue.message;
  return { code: issue.code, path: issue.path, message };
}
