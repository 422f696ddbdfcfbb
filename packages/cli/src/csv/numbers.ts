/**
 * Cells as numbers. Empty cells and "NA" (as R writes a missing value) are missing. Numbers are decimal with an
 * optional exponent; in files delimited by ";" or tab a decimal comma ("0,25", as spreadsheets in many locales write
 * it) is read too. Anything else — "1.2.3", "12 mg", "0x10", "Inf" — is not a number.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A number, null for a missing value, or undefined when the cell is not a number. */
export function parseNumber(cell: string, decimalComma: boolean): number | null | undefined {
  const s = cell.trim();
  if (s === '' || s === 'NA') return null;
  if (DECIMAL.test(s)) return Number(s);
  if (decimalComma && DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  return undefined;
}

export function isMissingCell(cell: string): boolean {
  const s = cell.trim();
  return s === '' || s === 'NA';
}
