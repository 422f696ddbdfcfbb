/** Which field a validation issue belongs to: the field whose path is the issue's path or a prefix of it. Pure. */
import type { FieldIssue } from '../api/items';
import { type ServerLanguage, serverText } from '../i18n/server-text';

/** Whether `issue` is about the field at `path` (`arms[0].randomised`, or `ci` for `ci[1]`). */
export function isAbout(issue: FieldIssue, path: string, exact = false): boolean {
  if (issue.path === path) return true;
  return !exact && (issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`));
}

/** The issues no field on screen shows (groups show only their own path), for the list above the form. */
export function unplaced(
  issues: readonly FieldIssue[],
  paths: readonly string[],
  groups: readonly string[] = [],
): FieldIssue[] {
  return issues.filter((i) => !paths.some((p) => isAbout(i, p)) && !groups.includes(i.path));
}

/** The issues with their messages in the page's language (the server writes them in English). */
export function inLanguage(issues: readonly FieldIssue[], lang: ServerLanguage): FieldIssue[] {
  return issues.map((i) => ({ ...i, message: serverText(lang, i.message) }));
}
