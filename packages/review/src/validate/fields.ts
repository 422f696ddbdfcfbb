/** Validation of a map's fields one by one, so that one bad field does not cost the others. */
import type { z } from 'zod';
import { formatPath, type ReviewIssue, reviewIssue } from '../issues.js';
import { validate } from './validate.js';
import type { Context } from './zod-issues.js';

type Shape = Record<string, z.ZodType>;
type Output<S extends Shape> = { [K in keyof S]?: z.output<S[K]> };

/**
 * Validates each field of `root` named in `shape` on its own; fields that fail are reported and absent from the
 * result. Fields of `root` named neither in `shape` nor in `others` are reported as unknown.
 */
export function validateFields<S extends Shape>(
  shape: S,
  root: Record<string, unknown>,
  context: Context,
  issues: ReviewIssue[],
  others: readonly string[] = [],
): Output<S> {
  const out: Output<S> = {};
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const value = validate(shape[key], root[key], { ...context, base: [...context.base, key] }, issues);
    if (value !== undefined) out[key] = value as z.output<S[typeof key]>;
  }
  for (const key of Object.keys(root)) {
    if (key in shape || others.includes(key)) continue;
    const path = [...context.base, key];
    issues.push(
      reviewIssue(
        'unknown_field',
        { file: context.file, line: context.lineOf(path), path: formatPath(path) },
        'is not a field of this format',
      ),
    );
  }
  return out;
}
