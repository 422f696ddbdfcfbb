/**
 * Rows as CSV text (RFC 4180): a header row, LF line ends and a final line end. A cell is quoted when it holds a
 * comma, a quote, a line break or space at either end, and quotes inside are doubled.
 */

/**
 * CSV text with `columns` as the header; a row's missing cells are empty.
 *
 * @example
 * toCsv(['record', 'reason'], [{ record: '1', reason: 'Not a trial, a review' }, { record: '2' }]);
 * // 'record,reason\n1,"Not a trial, a review"\n2,\n'
 */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))].map((cells) =>
    // A line with one empty cell would be an empty line, which readers skip: "" keeps the row.
    cells.length === 1 && cells[0] === '' ? '""' : cells.map(quote).join(','),
  );
  return lines.map((line) => `${line}\n`).join('');
}

function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$|^\uFEFF/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
