/**
 * Reading one file of a review folder as text. A file that is not there is an issue when the folder needs it, and
 * nothing when it is optional; either way the caller gets undefined and goes on.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ReviewIssue, reviewIssue } from '../issues.js';

export async function readFolderText(
  dir: string,
  file: string,
  issues: ReviewIssue[],
  options: { required: boolean },
): Promise<string | undefined> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch {
    if (options.required) issues.push(reviewIssue('missing_file', { file, path: '' }, 'the file is missing'));
    return undefined;
  }
}
