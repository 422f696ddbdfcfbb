/**
 * Validation of one value, or of every item of a list separately, so that one bad item is reported and left out
 * while the others are kept: nothing is dropped without an issue saying so.
 */
import type { z } from 'zod';
import { formatPath, type ReviewIssue, reviewIssue, showValue } from '../issues.js';
import { type Context, zodIssues } from './zod-issues.js';

/** Validates `input` against `schema`; on failure the issues are added and undefined is returned. */
export function validate<T>(
  schema: z.ZodType<T>,
  input: unknown,
  context: Context,
  issues: ReviewIssue[],
): T | undefined {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  issues.push(...zodIssues(result.error, input, context));
  return undefined;
}

/** An item that passed validation, with the line it starts on and its index in the list. */
export interface Validated<T> {
  value: T;
  index: number;
  line: number | undefined;
}

/**
 * Validates each item of the list at `key` of `root`. An absent list is an empty one unless `required`; a value that
 * is not a list is an issue. Invalid items are reported and left out of the result.
 */
export function validateList<T>(
  schema: z.ZodType<T>,
  root: Record<string, unknown>,
  key: string,
  context: Context,
  issues: ReviewIssue[],
  options: { required?: boolean } = {},
): Validated<T>[] {
  const list = root[key];
  const path = [...context.base, key];
  const at = { file: context.file, line: context.lineOf(path), path: formatPath(path) };
  if (list === undefined || list === null) {
    if (options.required) issues.push(reviewIssue('required', at, 'is required'));
    return [];
  }
  if (!Array.isArray(list)) {
    issues.push(reviewIssue('invalid_value', at, `must be a list (got ${showValue(list)})`));
    return [];
  }
  const out: Validated<T>[] = [];
  list.forEach((item, index) => {
    const itemPath = [...path, index];
    const value = validate(schema, item, { ...context, base: itemPath }, issues);
    if (value !== undefined) out.push({ value, index, line: context.lineOf(itemPath) });
  });
  return out;
}

/** The root of a file as a map, or an issue when it is something else. */
export function rootMap(data: unknown, file: string, issues: ReviewIssue[]): Record<string, unknown> | undefined {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return data as Record<string, unknown>;
  issues.push(
    reviewIssue(
      'invalid_value',
      { file, line: 1, path: '' },
      `the file must be a map of fields (got ${showValue(data)})`,
    ),
  );
  return undefined;
}
