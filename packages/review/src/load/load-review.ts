/**
 * Reading a review folder: review.yaml (required), records/, screening.csv, studies.yaml, data.yaml, rob.yaml and
 * grade.yaml. Each file is validated against its schema item by item, then the files are checked against each other.
 * Every problem becomes an issue naming the file, the line and the field; invalid items are left out of the review
 * and each has an issue saying why.
 */
import { readCsvFile } from '../files/csv-file.js';
import { type FolderSource, folderOnDisk } from '../files/folder-source.js';
import { readYamlFile, type YamlFile } from '../files/yaml-file.js';
import { parsePath, type ReviewIssue } from '../issues.js';
import type { Language } from '../model/protocol.js';
import type { Review } from '../model/review.js';
import { gradeEntrySchema } from '../schema/grade.js';
import { outcomeDataSchema } from '../schema/outcome-data.js';
import { robAssessmentSchema } from '../schema/rob.js';
import { studySchema } from '../schema/study.js';
import { checkData } from './check-data.js';
import { checkGrade, checkScreening, checkStudies } from './check-others.js';
import { checkProtocol } from './check-protocol.js';
import { checkRob } from './check-rob.js';
import { localise, readingLanguage } from './localise.js';
import { readListFile } from './read-list-file.js';
import { readProtocol } from './read-protocol.js';
import { readScreening } from './read-screening.js';
import { existingRecordFiles, recordFiles } from './record-files.js';

/** How to read a folder. */
export interface LoadOptions {
  /**
   * The language to read texts written in both languages in (`{da: …, en: …}`); default: review.yaml's `language`.
   * `review.language` stays the folder's own language.
   */
  lang?: Language;
}

/** A review and the problems found reading it. */
export interface LoadResult {
  review: Review;
  /** All problems, in file order within each file; errors and warnings. */
  issues: ReviewIssue[];
}

/**
 * Reads and validates the review folder at `dir`: `loadReviewFrom(folderOnDisk(dir))`.
 *
 * @example
 * const { review, issues } = await loadReview('examples/magnesium-leg-cramps');
 * for (const issue of issues) console.error(issue.message);
 * // studies.yaml line 14: studies[2].arms[0].n must be a positive whole number (got -3)
 */
export function loadReview(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  return loadReviewFrom(folderOnDisk(dir), options);
}

/**
 * Reads and validates a review folder from any source: on disk, or in memory. `review.dir` is the source's name,
 * and issues name files and lines of the texts the source gives.
 *
 * @example
 * const text = 'title: Magnesium\nlanguage: en\noutcomes: []\nconclsion: None\n';
 * const { review, issues } = await loadReviewFrom(folderInMemory('review 12', { 'review.yaml': text }));
 * review.dir; // 'review 12'
 * issues.map((i) => i.message); // ['review.yaml line 4: conclsion is not a field of this format']
 */
export async function loadReviewFrom(source: FolderSource, options: LoadOptions = {}): Promise<LoadResult> {
  const issues: ReviewIssue[] = [];
  const yaml = (file: string, required: boolean) => readYamlFile(source, file, issues, { required });
  const files: Record<string, YamlFile | undefined> = {
    'review.yaml': await yaml('review.yaml', true),
    'studies.yaml': await yaml('studies.yaml', false),
    'data.yaml': await yaml('data.yaml', false),
    'rob.yaml': await yaml('rob.yaml', false),
    'grade.yaml': await yaml('grade.yaml', false),
  };
  const lang = readingLanguage(files['review.yaml']?.data, options.lang);
  for (const [name, file] of Object.entries(files))
    if (file) files[name] = { ...file, data: localise(file.data, lang, name, issues) };
  const review: Review = {
    dir: source.name,
    ...readProtocol(files['review.yaml'], issues),
    recordFiles: await recordFiles(source),
    screening: readScreening(await readCsvFile(source, 'screening.csv', issues, { required: false }), issues),
    studies: readListFile(files['studies.yaml'], 'studies', studySchema, issues),
    data: readListFile(files['data.yaml'], 'data', outcomeDataSchema, issues),
    rob: readListFile(files['rob.yaml'], 'assessments', robAssessmentSchema, issues),
    grade: readListFile(files['grade.yaml'], 'outcomes', gradeEntrySchema, issues),
  };
  checkProtocol(review, issues, await existingRecordFiles(source, review.searches, review.recordFiles));
  checkStudies(review, issues);
  checkData(review, issues);
  checkRob(review, issues);
  checkGrade(review, issues);
  checkScreening(review, issues);
  fillLines(issues, files);
  return { review, issues: sortIssues(issues) };
}

const FILE_ORDER = ['review.yaml', 'screening.csv', 'studies.yaml', 'data.yaml', 'rob.yaml', 'grade.yaml'];

/** Issues by file (in the folder's reading order), then line; the order of checks is kept within a line. */
function sortIssues(issues: ReviewIssue[]): ReviewIssue[] {
  const rank = (file: string) => (FILE_ORDER.includes(file) ? FILE_ORDER.indexOf(file) : FILE_ORDER.length);
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank(a.issue.file) - rank(b.issue.file) || (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.i - b.i)
    .map(({ issue }) => issue);
}

/** Issues raised with a path only get the line of that path in their file. */
function fillLines(issues: ReviewIssue[], files: Record<string, YamlFile | undefined>): void {
  for (const issue of issues) {
    if (issue.line !== undefined) continue;
    const file = files[issue.file];
    const path = parsePath(issue.path);
    if (!file || !path) continue;
    const line = file.lineOf(path);
    if (line === undefined) continue;
    issue.line = line;
    issue.message = issue.message.replace(`${issue.file}: `, `${issue.file} line ${line}: `);
  }
}
