/**
 * Splitting the list values that exports pack into one field: keywords and author lists. The separators differ by
 * exporter, so the rule looks at what the value holds rather than at where it came from.
 */
import { cleanText } from '../normalise.js';

/**
 * Keywords from one field: split on ";" when there is one (so "Administration, Oral" survives), else on ",", else
 * on line breaks (EndNote puts one keyword per line); never inside brackets ("cyst (diagnosis, surgery)"); empty
 * parts are dropped.
 * @example
 * splitKeywords('Humans; Administration, Oral'); // → ['Humans', 'Administration, Oral']
 * splitKeywords('cramp, magnesium');             // → ['cramp', 'magnesium']
 */
export function splitKeywords(value: string): string[] {
  const parts = value.includes(';')
    ? splitOutside(value, /;/)
    : value.includes(',')
      ? splitOutside(value, /,/)
      : value.split(/\r\n|\r|\n/);
  return parts.flatMap((part) => {
    const text = cleanText(part);
    return text === undefined ? [] : [text];
  });
}

/**
 * Splits at a separator that occurs outside braces and brackets, so that "{Barnes and Noble}" or "cyst (diagnosis,
 * surgery)" stay whole.
 * @example
 * splitOutside('a, cyst (diagnosis, surgery), b', /, ?/); // → ['a', 'cyst (diagnosis, surgery)', 'b']
 */
export function splitOutside(value: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const sticky = new RegExp(separator.source, `${separator.flags.replace(/[gy]/g, '')}y`);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if ((c === '}' || c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0) {
      sticky.lastIndex = i;
      const m = sticky.exec(value);
      if (m && m[0].length > 0) {
        parts.push(value.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** A trailing run of initials ("R.", "D.G.", "JA") marks a "Family Initials" name in comma-separated lists. */
const ENDS_WITH_INITIALS = /\s(?:[A-Z][.-]?){1,4}\.?$/;

/**
 * The names in one author cell: split on ";" and on " and " (BibTeX style; some files mix the two), outside braces;
 * a cell with neither is split on "," when every part ends with initials (Embase: "Liu R., Adler D.G."), and is
 * otherwise one name ("Roffe, Christine").
 * @example
 * splitAuthorList('Zuna, R E and Wang, S S'); // → ['Zuna, R E', 'Wang, S S']
 * splitAuthorList('Liu R., Adler D.G.');      // → ['Liu R.', 'Adler D.G.']
 */
export function splitAuthorList(value: string): string[] {
  let parts = splitOutside(value, /\s*;\s*|\s+and\s+/i);
  if (parts.length === 1) {
    const commas = splitOutside(value, /\s*,\s*/);
    if (commas.length > 1 && commas.every((p) => ENDS_WITH_INITIALS.test(p.trim()))) parts = commas;
  }
  return parts.flatMap((p) => {
    const text = cleanText(p);
    return text === undefined ? [] : [text];
  });
}
