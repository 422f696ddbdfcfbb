/**
 * The true labels of a labelled dataset, read from the records' original columns (`record.raw`). ASReview's labelled
 * datasets carry `label_included` (the final inclusions after full-text screening, what ASReview's benchmarks simulate
 * on) and, for some, `label_abstract_screening` (records that passed title/abstract screening).
 */
import type { BibRecord } from '@evidens/biblio';
import { ScreenError } from '../errors.js';

export const LABEL_COLUMNS = { included: 'label_included', abstract: 'label_abstract_screening' } as const;
export type LabelName = keyof typeof LABEL_COLUMNS;

/**
 * The labels in `column` as 1 (relevant) and 0 (irrelevant). Accepts 1/0, true/false and yes/no in any case; any
 * other value, an empty one included, is an error naming the row.
 *
 * @example
 * labelsOf(records, 'label_included'); // Uint8Array [0, 1, 0, …]
 */
export function labelsOf(records: readonly Pick<BibRecord, 'raw'>[], column: string): Uint8Array {
  if (records.length === 0) throw new ScreenError('empty_dataset', 'the dataset has no records');
  if (!records.some((r) => column in r.raw)) {
    const seen = Object.keys(records[0].raw).join(', ');
    throw new ScreenError('missing_column', `the dataset has no ${column} column (columns: ${seen})`);
  }
  return Uint8Array.from(records, (r, i) => {
    const value = (r.raw[column]?.[0] ?? '').trim().toLowerCase();
    if (value === '1' || value === 'true' || value === 'yes') return 1;
    if (value === '0' || value === 'false' || value === 'no') return 0;
    throw new ScreenError('invalid_value', `row ${i + 1}: ${column} must be 0 or 1 (got "${value}")`);
  });
}
