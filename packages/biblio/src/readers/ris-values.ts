/**
 * Reading values out of a RIS record's raw fields: cleaned (whitespace collapsed), empty values skipped, and the
 * placeholders that spreadsheet round trips leave ("nan", "null", "undefined") treated as empty, with a warning once
 * per tag and file.
 */
import type { IssueCode } from '../issues.js';
import { cleanText } from '../normalise.js';

/** Raw RIS fields: tag → values in file order, continuation lines joined with "\n". */
export type RisRaw = Record<string, string[]>;

export interface RisMapContext {
  /** Reports a problem with the field `tag` (the caller adds the line and record). */
  report(code: IssueCode, tag: string, message: string): void;
  /** True the first time `key` is seen in the file, for warnings given once per file. */
  first(key: string): boolean;
}

/** Values that stand for "no value" in exports that went through a spreadsheet or a script. */
export const PLACEHOLDER = /^(nan|null|undefined)$/i;

/**
 * A value for a message: quoted, and cut to 60 characters.
 * @example
 * quote('10 15'); // → '"10 15"'
 */
export const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Every non-empty value of the tags, in the order of `tags`, cleaned; placeholders left out.
 * @example
 * values({ KW: ['a ', ''], PY: ['nan'] }, ['KW', 'PY'], ctx); // → ['a'] (and a bad_value warning for PY)
 */
export function values(raw: RisRaw, tags: readonly string[], ctx: RisMapContext): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    for (const value of raw[tag] ?? []) {
      const c = cleanText(value);
      if (c === undefined) continue;
      if (PLACEHOLDER.test(c)) {
        if (ctx.first(`placeholder ${tag}`)) {
          ctx.report(
            'bad_value',
            tag,
            `${tag} ${quote(c)} is a placeholder, not a value; treated as empty here and later in the file`,
          );
        }
        continue;
      }
      out.push(c);
    }
  }
  return out;
}

/**
 * The first value of the first of `tags` that has one.
 * @example
 * first({ T1: ['Title'] }, ['TI', 'T1'], ctx); // → 'Title'
 */
export const first = (raw: RisRaw, tags: readonly string[], ctx: RisMapContext): string | undefined =>
  values(raw, tags, ctx)[0];
