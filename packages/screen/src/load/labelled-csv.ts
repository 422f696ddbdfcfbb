/**
 * A labelled screening dataset from a CSV file (ASReview's layout: title, abstract, keywords, label columns), read by
 * @evidens/biblio's CSV reader: title, abstract and keywords land in the record's fields, and every column, the label
 * columns included, stays in `record.raw`. Problems the reader found come back as issues, not as silence.
 */
import { type BibRecord, type ReadIssue, readAll } from '@evidens/biblio';

export interface LabelledRead {
  records: BibRecord[];
  issues: ReadIssue[];
}

/**
 * The records of the CSV file at `path`, with the reader's issues.
 *
 * @example
 * const { records } = await readLabelledCsv('ADHD.csv');
 * records[0].raw.label_included; // ['0']
 */
export async function readLabelledCsv(path: string): Promise<LabelledRead> {
  const { records, issues } = await readAll({ path }, { format: 'csv' });
  return { records, issues };
}
