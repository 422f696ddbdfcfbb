/**
 * Raw parts back into the files of a review folder (records/ aside), ready to write to disk or to load from memory.
 * Reading the files back with `readRawParts` gives the same parts.
 */

import { LIST_FILES, type ListFile, PART_OF, type RawReviewParts } from './raw-parts.js';
import { toCsv } from './write-csv.js';
import { toYaml } from './write-yaml.js';

/**
 * The text of each file, in the folder's reading order: review.yaml when there is a protocol, each list file and
 * screening.csv when it has content or is in `parts.present`. The same parts always give the same bytes.
 *
 * The CSV header is `screeningColumns`, followed by any column that only the rows name (so no cell is lost).
 *
 * @example
 * const files = writeReviewFiles({ ...emptyParts(), protocol: { title: 'T', outcomes: [] }, rob: [{ study: 's1', answers: { '1.1': 'Y' } }] });
 * [...files.keys()]; // ['review.yaml', 'rob.yaml']
 * files.get('rob.yaml'); // 'assessments:\n  - study: s1\n    answers:\n      "1.1": "Y"\n'
 */
export function writeReviewFiles(parts: RawReviewParts): Map<string, string> {
  const present = new Set(parts.present ?? []);
  const files = new Map<string, string>();
  if (parts.protocol !== undefined) files.set('review.yaml', toYaml(parts.protocol));
  if (parts.screening.length > 0 || parts.screeningColumns.length > 0 || present.has('screening.csv')) {
    files.set('screening.csv', toCsv(screeningHeader(parts), parts.screening));
  }
  for (const file of Object.keys(LIST_FILES) as ListFile[]) {
    const items = parts[PART_OF[file]];
    const extra = parts.extra[file] ?? {};
    if (items.length === 0 && Object.keys(extra).length === 0 && !present.has(file)) continue;
    const key = LIST_FILES[file];
    // A list key in `extra` holds a value that was not a list: written back as it was, unless there are items.
    const others = Object.fromEntries(Object.entries(extra).filter(([k]) => k !== key));
    files.set(file, toYaml(key in extra && items.length === 0 ? extra : { [key]: items, ...others }));
  }
  return files;
}

function screeningHeader(parts: RawReviewParts): string[] {
  const columns = [...parts.screeningColumns];
  for (const row of parts.screening) {
    for (const column of Object.keys(row)) if (!columns.includes(column)) columns.push(column);
  }
  return columns;
}
