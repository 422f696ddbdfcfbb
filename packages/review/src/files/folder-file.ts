/**
 * Reading one file of a review folder as text. A file that is not there is an issue when the folder needs it, and
 * nothing when it is optional; either way the caller gets undefined and goes on.
 */
import { type ReviewIssue, reviewIssue } from '../issues.js';
import type { FolderSource } from './folder-source.js';

export async function readFolderText(
  source: FolderSource,
  file: string,
  issues: ReviewIssue[],
  options: { required: boolean },
): Promise<string | undefined> {
  const text = await source.readText(file);
  if (text === undefined && options.required) {
    issues.push(reviewIssue('missing_file', { file, path: '' }, 'the file is missing'));
  }
  return text;
}
