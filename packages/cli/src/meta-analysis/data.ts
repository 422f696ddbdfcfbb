/**
 * From a CSV table to what the engine takes: the measure's input columns as numbers (metafor's column names), the
 * moderators named by --mods, the study labels and the line of the file each study is on. A cell that is not a number
 * in a numeric column is an error naming the file, line, column and value; empty cells and "NA" are missing values,
 * which the engine drops with a warning naming the lines.
 */
import { type Columns, type Measure, type Moderator, measureColumns } from '@evidens/meta';
import { isMissingCell, parseNumber } from '../csv/numbers.js';
import type { CsvTable } from '../csv/read-csv.js';
import { CliError } from '../errors.js';

/** Columns that may hold the study labels, in order of preference (compared without regard to case). */
const LABEL_COLUMNS = ['study', 'slab', 'author'];

export interface StudyData {
  /** The measure's input columns, by name. */
  columns: Columns;
  mods: Moderator[];
  /** Line of the file each study is on. */
  rows: number[];
  slab?: string[];
}

export function studyData(table: CsvTable, file: string, measure: Measure, modNames: readonly string[]): StudyData {
  const decimalComma = table.delimiter !== ',';
  const index = (name: string) => table.columns.indexOf(name);
  const needed = measureColumns(measure).find((set) => set.every((c) => index(c) >= 0));
  if (!needed) throw missingColumns(table, file, measure);

  const numeric = (name: string): (number | null)[] => {
    const j = index(name);
    return table.rows.map(({ line, cells }) => {
      const x = parseNumber(cells[j], decimalComma);
      if (x === undefined) throw new CliError(`${file} line ${line}, column ${name}: not a number (got "${cells[j]}")`);
      return x;
    });
  };
  const columns: Columns = {};
  for (const c of needed) columns[c] = numeric(c);

  const mods = modNames.map((name): Moderator => {
    const j = index(name);
    if (j < 0) throw new CliError(`${file} has no column ${name} for --mods (columns: ${table.columns.join(', ')})`);
    const cells = table.rows.map((r) => r.cells[j]);
    const values = cells.map((c) => parseNumber(c, decimalComma));
    // Numeric when every non-missing value is a number, otherwise categorical (each distinct text a level).
    if (values.every((x) => x !== undefined)) return { name, values };
    return { name, values: cells.map((c) => (isMissingCell(c) ? null : c.trim())) };
  });

  const lower = table.columns.map((c) => c.toLowerCase());
  const labelIndex = LABEL_COLUMNS.map((l) => lower.indexOf(l)).find((j) => j >= 0) ?? -1;
  const slab = labelIndex < 0 ? undefined : table.rows.map((r) => r.cells[labelIndex] || `line ${r.line}`);
  return { columns, mods, rows: table.rows.map((r) => r.line), ...(slab ? { slab } : {}) };
}

function missingColumns(table: CsvTable, file: string, measure: Measure): CliError {
  const alternatives = measureColumns(measure);
  const wanted = alternatives.map((set) => set.join(', ')).join(' or ');
  const lower = new Set(table.columns.map((c) => c.toLowerCase()));
  const caseHint = alternatives.flat().some((c) => !table.columns.includes(c) && lower.has(c))
    ? '; column names are lower case'
    : '';
  return new CliError(
    `${file}: measure ${measure} needs the columns ${wanted}; the file has ${table.columns.join(', ')}${caseHint}`,
  );
}
