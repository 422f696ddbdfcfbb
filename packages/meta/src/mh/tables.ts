/**
 * The 2×2 tables of binary two-group studies, read from columns (ai bi ci di, or ai n1i ci n2i) with the same checks
 * as escalc, for the Mantel–Haenszel and Peto methods that pool the tables themselves.
 */
import { isMissing } from '../design.js';
import { MetaError } from '../errors.js';
import type { Columns } from '../escalc/types.js';

export interface Table2x2 {
  a: number;
  b: number;
  c: number;
  d: number;
  n1: number;
  n2: number;
  n: number;
  /** Row number for messages. */
  row: number;
  /** Index into the input. */
  index: number;
}

export interface TablesOptions {
  data: Columns;
  rows?: readonly number[];
}

function column(data: Columns, name: string): readonly (number | null | undefined)[] | undefined {
  return data[name];
}

/** Complete tables, and the rows dropped for missing cells. */
export function readTables(options: TablesOptions): { tables: Table2x2[]; missing: number[] } {
  const { data } = options;
  const ai = column(data, 'ai');
  const ci = column(data, 'ci');
  const bi = column(data, 'bi') ?? column(data, 'n1i');
  const di = column(data, 'di') ?? column(data, 'n2i');
  const totals = column(data, 'bi') === undefined;
  if (!ai || !bi || !ci || !di) {
    throw new MetaError(
      'missing_column',
      'the Mantel-Haenszel and Peto methods need the columns ai bi ci di or ai n1i ci n2i',
    );
  }
  const rows = options.rows ?? ai.map((_, i) => i + 1);
  const tables: Table2x2[] = [];
  const missing: number[] = [];
  const names = totals ? ['ai', 'n1i', 'ci', 'n2i'] : ['ai', 'bi', 'ci', 'di'];
  for (let i = 0; i < ai.length; i++) {
    const cells = [ai[i], bi[i], ci[i], di[i]];
    if (cells.some(isMissing)) {
      missing.push(rows[i]);
      continue;
    }
    cells.forEach((x, j) => {
      if (!(Number.isFinite(x) && (x as number) >= 0)) {
        throw new MetaError('invalid_value', `row ${rows[i]}: ${names[j]} must be zero or positive (got ${x})`, {
          row: rows[i],
          column: names[j],
        });
      }
    });
    const [a, x1, c, x2] = cells as number[];
    const b = totals ? x1 - a : x1;
    const d = totals ? x2 - c : x2;
    if (b < 0)
      throw new MetaError('invalid_value', `row ${rows[i]}: ai must not exceed n1i`, { row: rows[i], column: 'ai' });
    if (d < 0)
      throw new MetaError('invalid_value', `row ${rows[i]}: ci must not exceed n2i`, { row: rows[i], column: 'ci' });
    tables.push({ a, b, c, d, n1: a + b, n2: c + d, n: a + b + c + d, row: rows[i], index: i });
  }
  return { tables, missing };
}
