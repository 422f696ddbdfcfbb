/**
 * Access to the reference data beside the checkout (`../shared/data`, or `$EVIDENS_SHARED`). Tests that need it call
 * `sharedOrSkip`, which returns the path or null after marking the test skipped with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function sharedDataDir(): string {
  return process.env.EVIDENS_SHARED ?? join(repoRoot, '..', 'shared', 'data');
}

/** The path to a file under the shared data folder, or null (test marked skipped) when it is not there. */
export function sharedOrSkip(t: TestContext, relative: string): string | null {
  const path = join(sharedDataDir(), relative);
  if (existsSync(path)) return path;
  t.skip(`reference data not found at ${path} (set EVIDENS_SHARED to the shared data folder)`);
  return null;
}

export type Cell = number | string | null;

/** Reads a metadat CSV export: numbers as numbers, "NA" and empty cells as null, everything else as strings. */
export function readDataset(path: string): Record<string, Cell[]> {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const out: Record<string, Cell[]> = {};
  for (const name of Object.keys(rows[0] ?? {})) {
    out[name] = rows.map((r) => {
      const s = r[name];
      if (s === 'NA' || s === '') return null;
      const x = Number(s);
      return Number.isNaN(x) ? s : x;
    });
  }
  return out;
}

/** The numeric columns of a dataset (strings become null). */
export function numeric(column: readonly Cell[]): (number | null)[] {
  return column.map((x) => (typeof x === 'number' ? x : null));
}
