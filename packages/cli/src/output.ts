/**
 * The one output formatter: numbers for reading (fixed decimals, "NA" for a missing or non-finite value, p-values as
 * "<.0001" the way metafor prints them), aligned text tables, JSON (non-finite numbers become null) and CSV (RFC 4180).
 */

/** `x` with `digits` decimals, or "NA" when it is null, undefined or not finite. */
export function formatNumber(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'NA';
  const s = x.toFixed(digits);
  // "-0.0000" reads as a sign error
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A p-value as metafor prints it: "<.0001" below 10^-digits, otherwise `digits` decimals. */
export function formatPvalue(p: number | null | undefined, digits = 4): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return 'NA';
  return p < 10 ** -digits ? `<.${'0'.repeat(digits - 1)}1` : p.toFixed(digits);
}

/** "p-val < .0001" or "p-val = 0.0123". */
export function pvalueClause(p: number | null | undefined): string {
  const s = formatPvalue(p);
  return s.startsWith('<') ? `p-val < ${s.slice(1)}` : `p-val = ${s}`;
}

/**
 * Aligned text table: every column right-aligned to its widest cell, two spaces apart; with `rowNames`, a first
 * left-aligned column of names (and an empty header cell above it).
 */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rowNames?: readonly string[],
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, j) => Math.max(...all.map((r) => (r[j] ?? '').length)));
  const nameWidth = rowNames ? Math.max(0, ...rowNames.map((n) => n.length)) : 0;
  return all.map((r, i) => {
    const cells = header.map((_, j) => (r[j] ?? '').padStart(widths[j]));
    const name = rowNames ? `${(i === 0 ? '' : rowNames[i - 1]).padEnd(nameWidth)}  ` : '';
    return `${name}${cells.join('  ')}`.trimEnd();
  });
}

/** JSON with two-space indentation and a final newline; NaN and ±Infinity become null. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, x) => (typeof x === 'number' && !Number.isFinite(x) ? null : x), 2)}\n`;
}

/** One CSV line per row (header first), fields quoted when they hold a comma, quote or line break; null is empty. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const field = (x: string | number | null): string => {
    if (x === null || (typeof x === 'number' && !Number.isFinite(x))) return '';
    const s = String(x);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => `${r.map(field).join(',')}\n`).join('');
}
