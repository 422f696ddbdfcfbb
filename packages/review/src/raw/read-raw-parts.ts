/**
 * Reading a review folder's files as raw parts: the YAML as plain data and the CSV as rows, without validation.
 * Only what stops a file being read is an issue here (a missing review.yaml, a syntax error, a file that is not a
 * map, a CSV row with too many cells); the content is checked by `loadReviewFrom` or item by item by `validateItem`.
 */
import { parseCsv } from '../files/csv-file.js';
import { readFolderText } from '../files/folder-file.js';
import type { FolderSource } from '../files/folder-source.js';
import { parseYaml } from '../files/yaml-file.js';
import type { ReviewIssue } from '../issues.js';
import { rootMap } from '../validate/validate.js';
import {
  emptyParts,
  LIST_FILES,
  type ListFile,
  PART_OF,
  type RawReviewParts,
  REVIEW_FILES,
  type ReviewFile,
} from './raw-parts.js';

/** Raw parts and the problems that kept some of a file from being read. */
export interface RawPartsResult {
  parts: RawReviewParts;
  /** Problems in file order; a file with a syntax error adds nothing to `parts`. */
  issues: ReviewIssue[];
}

/**
 * Reads the review files of a folder as raw parts, for a database to keep.
 *
 * @example
 * const source = folderInMemory('r', { 'review.yaml': 'title: T\noutcomes: []\n', 'rob.yaml': 'assessments:\n  - { study: s1, answers: { "1.1": Y } }\n' });
 * const { parts, issues } = await readRawParts(source);
 * parts.protocol; // { title: 'T', outcomes: [] }
 * parts.rob; // [{ study: 's1', answers: { '1.1': 'Y' } }]
 * parts.present; // ['review.yaml', 'rob.yaml']
 * issues; // []
 */
export async function readRawParts(source: FolderSource): Promise<RawPartsResult> {
  const issues: ReviewIssue[] = [];
  const parts = emptyParts();
  const present: ReviewFile[] = [];
  for (const file of REVIEW_FILES) {
    const text = await readFolderText(source, file, issues, { required: file === 'review.yaml' });
    if (text === undefined) continue;
    present.push(file);
    if (file === 'screening.csv') {
      const csv = parseCsv(file, text, issues);
      parts.screeningColumns = csv?.columns ?? [];
      parts.screening = csv?.rows.map((row) => row.cells) ?? [];
      continue;
    }
    const yaml = parseYaml(file, text, issues);
    const root = yaml && rootMap(yaml.data, file, issues);
    if (!root) continue;
    if (file === 'review.yaml') parts.protocol = root;
    else readListFile(parts, file, root);
  }
  parts.present = present;
  return { parts, issues };
}

/** The list of a list file into its part; everything else at the top of the file into `extra`. */
function readListFile(parts: RawReviewParts, file: ListFile, root: Record<string, unknown>): void {
  const key = LIST_FILES[file];
  const list = root[key];
  if (Array.isArray(list)) parts[PART_OF[file]] = list;
  const others = Object.entries(root).filter(([k]) => k !== key || !Array.isArray(list));
  if (others.length > 0) parts.extra[file] = Object.fromEntries(others);
}
