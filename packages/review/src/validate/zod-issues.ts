/**
 * Turns Zod's structured issues into review issues: the path becomes the format's field path, the position in the
 * YAML gives the line, and the message says what the value must be and what it was.
 */
import type { z } from 'zod';
import { formatPath, type ReviewIssue, reviewIssue, showValue } from '../issues.js';

/** Where the validated value sits: its file, the path of the value inside the file, and the file's line lookup. */
export interface Context {
  file: string;
  /** Path from the file's root to the validated value. */
  base: readonly PropertyKey[];
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** The value at `path` below `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** One review issue per Zod issue (one per key for unknown fields). */
export function zodIssues(error: z.ZodError, input: unknown, context: Context): ReviewIssue[] {
  const out: ReviewIssue[] = [];
  for (const issue of error.issues) {
    const inner = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...context.base, ...inner, key];
        const at = { file: context.file, line: context.lineOf(path), path: formatPath(path) };
        out.push(reviewIssue('unknown_field', at, 'is not a field of this format'));
      }
      continue;
    }
    const path = [...context.base, ...inner];
    const at = { file: context.file, line: context.lineOf(path), path: formatPath(path) };
    // The issue's own input is the value after any preprocessing; the raw value at the path is the fallback.
    if (issue.code === 'custom') {
      // Refinements write their whole message, with what was found where it helps.
      out.push(reviewIssue('invalid_value', at, issue.message));
      continue;
    }
    const value = 'input' in issue ? issue.input : valueAt(input, inner);
    if (value === undefined && issue.code === 'invalid_type') {
      out.push(reviewIssue('required', at, 'is required'));
      continue;
    }
    out.push(reviewIssue('invalid_value', at, withGot(describe(issue), value)));
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map(String).join(', ')}`;
  }
  return issue.message;
}

function withGot(text: string, value: unknown): string {
  return text.includes('(got ') ? text : `${text} (got ${showValue(value)})`;
}
