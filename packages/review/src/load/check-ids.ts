/** Shared reference checks: unique ids, and ids that must name something. */
import { type Location, type ReviewIssue, reviewIssue } from '../issues.js';

/** Reports every item whose id repeats an earlier item's id, naming the earlier one and its line. */
export function checkUnique<T extends { at?: Location }>(
  items: readonly T[],
  idOf: (item: T) => string,
  where: (item: T, index: number) => Location,
  what: string,
  issues: ReviewIssue[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = idOf(item);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const earlier = where(items[first], first);
    const earlierLine = items[first].at?.line;
    const line = earlierLine === undefined ? '' : ` (line ${earlierLine})`;
    issues.push(
      reviewIssue('duplicate_id', where(item, index), `repeats the ${what} ${key} of ${earlier.path}${line}`),
    );
  });
}

/** Reports `value` unless it is one of `known`, listing what is known. */
export function checkReference(
  value: string,
  known: ReadonlySet<string> | readonly string[],
  at: Location,
  what: string,
  issues: ReviewIssue[],
  severity: 'error' | 'warning' = 'error',
): boolean {
  const has = Array.isArray(known) ? known.includes(value) : (known as ReadonlySet<string>).has(value);
  if (has) return true;
  const list = [...known];
  const shown =
    list.length === 0
      ? `there are no ${what}s`
      : `known: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}`;
  issues.push(reviewIssue('unknown_reference', at, `names no ${what} (got ${value}; ${shown})`, severity));
  return false;
}

/** A location one field below `at`; its line is looked up from the path once all checks are done. */
export function below(at: Location | undefined, field: string, file: string): Location {
  const base = at ?? { file, path: '' };
  const path = base.path === '' ? field : field.startsWith('[') ? `${base.path}${field}` : `${base.path}.${field}`;
  return { file: base.file, path };
}
