/**
 * LaTeX in BibTeX field values to plain Unicode: accent commands in all their spellings ({\"u}, \"u, \"{u}, \v{c},
 * \'{\i}), the special letters (\o, \ss, \ae, \l …), escaped characters (\&, \%, \_), dashes (-- and ---), ties (~),
 * quotes (`` ''), common symbols and Greek letters, and font commands whose argument is kept (\emph{…}). Grouping
 * braces and math dollars are dropped. What is left unknown keeps its name without the backslash, so no text is lost.
 */
import { ACCENTS, DROPPED, ESCAPED, SPACING, SYMBOLS } from './latex-symbols.js';

const PLAIN = /^[^\\{}~$`'\-?!]*$/;

/**
 * A BibTeX value with its LaTeX turned into Unicode; accented letters are composed (NFC).
 * @example
 * latexToUnicode('M{\\"u}ller and \\AA{}ngstr\\"{o}m -- {\\o}l \\& br{\\o}d'); // → 'Müller and Ångström – øl & brød'
 */
export function latexToUnicode(value: string): string {
  return PLAIN.test(value) ? value : convert(value);
}

function convert(s: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') {
      i = command(s, i, out);
    } else if (c === '{' || c === '}' || c === '$') {
      i++;
    } else if (c === '~') {
      out.push(' ');
      i++;
    } else if (c === '-' && s[i + 1] === '-') {
      const em = s[i + 2] === '-';
      out.push(em ? '—' : '–');
      i += em ? 3 : 2;
    } else if ((c === '`' || c === "'") && s[i + 1] === c) {
      out.push(c === '`' ? '“' : '”');
      i += 2;
    } else if ((c === '?' || c === '!') && s[i + 1] === '`') {
      out.push(c === '?' ? '¿' : '¡');
      i += 2;
    } else {
      out.push(c);
      i++;
    }
  }
  return out.join('');
}

/** Converts the command at `s[i]` (a backslash) into `out`; returns the index after it. */
function command(s: string, i: number, out: string[]): number {
  const next = s[i + 1];
  if (next === undefined) return i + 1;
  if (ACCENTS[next] && !/[A-Za-z]/.test(next)) return accent(s, i + 2, ACCENTS[next], out);
  if (!/[A-Za-z]/.test(next)) {
    if (ESCAPED.has(next)) out.push(next);
    else if (next in SPACING) out.push(SPACING[next]);
    else out.push(next);
    return i + 2;
  }
  let j = i + 1;
  while (j < s.length && /[A-Za-z]/.test(s[j])) j++;
  const name = s.slice(i + 1, j);
  if (name.length === 1 && ACCENTS[name] && /^\s*[{\\A-Za-z]/.test(s.slice(j, j + 8))) {
    return accent(s, skipSpaces(s, j), ACCENTS[name], out);
  }
  if (name in SYMBOLS) {
    // TeX swallows the spaces after a control word, and an empty group ends one ("\o{}l").
    j = skipSpaces(s, j);
    if (s.startsWith('{}', j)) j += 2;
    out.push(SYMBOLS[name]);
    return j;
  }
  if (DROPPED.has(name)) return skipSpaces(s, j);
  out.push(name);
  return j;
}

function skipSpaces(s: string, j: number): number {
  while (s[j] === ' ' || s[j] === '\t') j++;
  return j;
}

/** Puts the combining `mark` on the accent's argument (a letter, `{…}` or a command like `\i`). */
function accent(s: string, i: number, mark: string, out: string[]): number {
  let j = skipSpaces(s, i);
  let arg: string;
  if (s[j] === '{') {
    const end = closing(s, j);
    arg = convert(s.slice(j + 1, end));
    j = end + 1;
  } else if (s[j] === '\\') {
    const inner: string[] = [];
    j = command(s, j, inner);
    arg = inner.join('');
  } else if (j < s.length) {
    arg = s[j];
    j++;
  } else {
    arg = '';
  }
  // Accents go on a dotted i or j: \'{\i} is í, not dotless ı with an acute.
  arg = arg.replace(/^ı/, 'i').replace(/^ȷ/, 'j');
  const first = arg.codePointAt(0);
  if (first !== undefined) {
    const head = String.fromCodePoint(first);
    // Only the accented letter is composed (NFC); text around it is left as it was.
    out.push((head + mark).normalize('NFC') + arg.slice(head.length));
  }
  return j;
}

/** The index of the brace closing the one at `open` (escaped braces do not count), or the string's end. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k;
  }
  return s.length;
}
