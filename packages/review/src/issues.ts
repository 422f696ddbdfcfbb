/**
 * Problems in a review folder are data, not exceptions. Every issue names the file, the line (from the YAML or CSV
 * position) and the field path, and its message says all three, so it can be printed as it is:
 * `studies.yaml line 14: studies[2].arms[0].n must be a positive whole number (got -3)`.
 */

export const REVIEW_ISSUE_CODES = [
  'missing_file', // a file the folder must have, or one a file refers to, is absent
  'syntax', // YAML or CSV that cannot be parsed
  'required', // a required field is absent
  'invalid_value', // a value of the wrong type or outside its allowed values
  'unknown_field', // a field the format does not define (kept out of the model, so reported)
  'duplicate_id', // an id used twice where ids must be unique
  'unknown_reference', // an id that refers to nothing (a study, outcome, arm, analysis, record)
  'inconsistent', // values that contradict each other (analysed above randomised, a conversion that does not fit)
  'not_computable', // data that cannot be turned into an effect size for an analysis
] as const;
export type ReviewIssueCode = (typeof REVIEW_ISSUE_CODES)[number];

/** Where in the folder something is: the file, its 1-based line when known, and the field path. */
export interface Location {
  /** File name relative to the review folder, e.g. "studies.yaml". */
  file: string;
  /** 1-based line of the value (or of the nearest enclosing value when the field itself is absent). */
  line?: number;
  /** Field path in the file, e.g. "studies[2].arms[0].n"; "" for the whole file. */
  path: string;
}

/** One problem found in a review folder. */
export interface ReviewIssue extends Location {
  code: ReviewIssueCode;
  /** Errors make the affected item unusable; warnings leave it in but deserve a look. */
  severity: 'error' | 'warning';
  /** The full sentence, starting with the file and line: `studies.yaml line 14: studies[2].n must be … (got -3)`. */
  message: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A field path as the format writes it: `studies[2].arms[0].n`, `answers["1.1"]` for keys that are not names. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!IDENTIFIER.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The keys of a path written by {@link formatPath}; undefined for text that is not such a path. */
export function parsePath(path: string): PropertyKey[] | undefined {
  const keys: PropertyKey[] = [];
  const token = /\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const m = token.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]) as string);
    at = token.lastIndex;
  }
  return keys;
}

/** "studies.yaml line 14" or "studies.yaml" when the line is unknown. */
export function formatWhere(at: Pick<Location, 'file' | 'line'>): string {
  return at.line === undefined ? at.file : `${at.file} line ${at.line}`;
}

/**
 * Builds an issue; `text` is what follows the path ("must be a positive whole number (got -3)").
 * @example
 * reviewIssue('invalid_value', { file: 'studies.yaml', line: 14, path: 'studies[2].arms[0].n' }, 'must be a positive whole number (got -3)').message;
 * // 'studies.yaml line 14: studies[2].arms[0].n must be a positive whole number (got -3)'
 */
export function reviewIssue(
  code: ReviewIssueCode,
  at: Location,
  text: string,
  severity: 'error' | 'warning' = 'error',
): ReviewIssue {
  const subject = at.path === '' ? '' : `${at.path} `;
  const issue: ReviewIssue = { code, severity, file: at.file, path: at.path, message: '' };
  if (at.line !== undefined) issue.line = at.line;
  issue.message = `${formatWhere(at)}: ${subject}${text}`;
  return issue;
}

/** A value as messages show it after "got": numbers and text as they are, lists and maps by kind. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return value === '' ? 'an empty text' : JSON.stringify(value);
  return String(value);
}
