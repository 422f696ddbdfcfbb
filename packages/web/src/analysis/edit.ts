/**
 * Editing a study's numbers: which fields of a data entry the table offers, reading and setting a value by path
 * (immutably), and pairing the stored items (GET …/data) with the model's entries. Pure.
 */
import type { OutcomeData } from '@evidens/review';

export type Path = readonly string[];

/** An editable number of a data entry. */
export interface Field {
  path: Path;
  /** The last path part: n, mean, sd, se, events, md, estimate. */
  name: string;
  /** "intervention", "comparator" or "" (an effect or paired difference). */
  group: string;
  value: number | undefined;
}

const ARM_FIELDS = ['events', 'n', 'mean', 'sd', 'se'];
const PAIRED_FIELDS = ['md', 'sd', 'se', 'n'];
const EFFECT_FIELDS = ['estimate', 'se'];

/**
 * The numbers of an entry the table lets the user change (those the entry reports), in display order.
 * @example
 * editableFields({ study: 's', outcome: 'o', arms: { intervention: { n: 10, mean: 1, sd: 2 }, comparator: { n: 9, mean: 2, sd: 2 } } })
 *   .map((f) => f.path.join('.')); // → ['arms.intervention.n', 'arms.intervention.mean', …]
 */
export function editableFields(entry: OutcomeData): Field[] {
  const out: Field[] = [];
  const take = (obj: object | undefined, names: string[], path: string[], group: string) => {
    if (!obj) return;
    for (const name of names) {
      const v = (obj as Record<string, unknown>)[name];
      if (typeof v === 'number') out.push({ path: [...path, name], name, group, value: v });
    }
  };
  take(entry.arms?.intervention, ARM_FIELDS, ['arms', 'intervention'], 'intervention');
  take(entry.arms?.comparator, ARM_FIELDS, ['arms', 'comparator'], 'comparator');
  take(entry.paired, PAIRED_FIELDS, ['paired'], '');
  take(entry.effect, EFFECT_FIELDS, ['effect'], '');
  return out;
}

/** The value at `path`, or undefined. */
export function getAt(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * A copy of `obj` with `value` at `path` (objects on the way copied, the rest shared).
 * @example
 * setAt({ a: { b: 1, c: 2 } }, ['a', 'b'], 5); // → { a: { b: 5, c: 2 } }
 */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const base = (obj ?? {}) as Record<string, unknown>;
  return { ...base, [head]: setAt(base[head], rest, value) } as T;
}

/** What identifies one result: study, outcome, comparison and time point. */
export function dataKey(entry: {
  study?: unknown;
  outcome?: unknown;
  comparison?: unknown;
  timepoint?: unknown;
}): string {
  return [entry.study, entry.outcome, entry.comparison ?? '', entry.timepoint ?? ''].map(String).join('|');
}

/**
 * For each model entry, the index of its stored item: the item with the same key, else the item at the same position
 * (the model is read from the items in order).
 */
export function pairItems(
  entries: readonly OutcomeData[],
  docs: readonly Record<string, unknown>[],
): (number | undefined)[] {
  const byKey = new Map<string, number>();
  docs.forEach((d, i) => {
    if (!byKey.has(dataKey(d))) byKey.set(dataKey(d), i);
  });
  return entries.map((e, i) => byKey.get(dataKey(e)) ?? (i < docs.length ? i : undefined));
}
