/**
 * Engine messages in the file's terms. The engine is given the file's line numbers as `rows`, so a `MetaError` about
 * one study carries its line and column and reads "row 7: sd1i must be positive (got -2)"; here that becomes
 * "trials.csv line 7, column sd1i: must be positive (got -2)". Warnings listing rows ("(row 3, 5)") get "line".
 */
import { MetaError } from '@evidens/meta';
import { CliError } from '../errors.js';

export function locate(error: unknown, file: string): unknown {
  if (!(error instanceof MetaError)) return error;
  const { row, column } = error;
  if (row === undefined) return new CliError(`${file}: ${error.message}`);
  let rest = error.message.replace(new RegExp(`^row ${row}: `), '');
  let where = `${file} line ${row}`;
  if (column !== undefined && rest.startsWith(`${column} must `)) {
    rest = rest.slice(column.length + 1);
    where += `, column ${column}`;
  }
  return new CliError(`${where}: ${rest}`);
}

export function inLines(warning: string): string {
  return warning.replace(/\brow (?=\d)/g, 'line ');
}
