/**
 * The model matrix from moderators: an intercept, numeric moderators as they are, categorical moderators in
 * treatment coding with the first level in sorted order as reference (as R's factor() with default contrasts).
 * Column names follow metafor: "intrcpt", the moderator's name, or the name followed by the level.
 */
import { MetaError } from './errors.js';

/** One moderator: a name and one value per study; strings make it categorical. */
export interface Moderator {
  name: string;
  values: readonly (number | string | null | undefined)[];
}

export interface Design {
  /** Columns of the model matrix, each of length k. */
  X: Float64Array[];
  /** One name per column. */
  names: string[];
}

/** True when a value counts as missing. */
export function isMissing(x: number | string | null | undefined): boolean {
  return x === null || x === undefined || x === '' || (typeof x === 'number' && Number.isNaN(x));
}

function levelsOf(values: readonly (number | string | null | undefined)[]): string[] {
  const set = new Set<string>();
  for (const x of values) if (!isMissing(x)) set.add(String(x));
  return [...set].sort((a, b) => a.localeCompare(b, 'en'));
}

/**
 * Builds the design for the rows `keep` (indices into the moderators' values).
 * @example
 * designMatrix([{ name: 'alloc', values: ['random', 'alternate', 'random'] }], [0, 1, 2]).names
 * // → ['intrcpt', 'allocrandom']
 */
export function designMatrix(mods: readonly Moderator[], keep: readonly number[], intercept = true): Design {
  const k = keep.length;
  const X: Float64Array[] = [];
  const names: string[] = [];
  if (intercept) {
    X.push(new Float64Array(k).fill(1));
    names.push('intrcpt');
  }
  for (const mod of mods) {
    const kept = keep.map((i) => mod.values[i]);
    const numeric = kept.every((x) => typeof x === 'number');
    if (numeric) {
      X.push(Float64Array.from(kept as number[]));
      names.push(mod.name);
      continue;
    }
    const levels = levelsOf(kept);
    if (levels.length < 2) {
      throw new MetaError('singular_design', `moderator ${mod.name} has only one level (${levels[0] ?? 'none'})`, {
        column: mod.name,
      });
    }
    for (const level of levels.slice(1)) {
      X.push(Float64Array.from(kept, (x) => (String(x) === level ? 1 : 0)));
      names.push(`${mod.name}${level}`);
    }
  }
  return { X, names };
}
