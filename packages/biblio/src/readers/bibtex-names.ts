/**
 * BibTeX name lists, by BibTeX's own rules: names are separated by the word "and" outside braces; a name is
 * "First von Last", "von Last, First" or "von Last, Jr, First"; a name wrapped whole in braces is a group author,
 * kept literally. The von part ("van", "de la") is folded into the family name, since the record keeps only
 * family and given.
 */
import { cleanText } from '../normalise.js';
import type { Author } from '../record.js';
import { latexToUnicode } from './latex.js';
import { splitOutside } from './split-lists.js';

/**
 * The authors in a BibTeX author (or editor) field, LaTeX converted; "and others" (et al.) is left out.
 * @example
 * bibtexAuthors('M{\\"u}ller, Hans and Ludwig van Beethoven and {World Health Organization}');
 * // → [{ family: 'Müller', given: 'Hans' }, { family: 'van Beethoven', given: 'Ludwig' },
 * //    { literal: 'World Health Organization' }]
 */
export function bibtexAuthors(value: string): Author[] {
  const authors: Author[] = [];
  for (const name of splitOutside(value, /\s+and\s+/i)) {
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.toLowerCase() === 'others') continue;
    const author = bibtexName(trimmed);
    if (author) authors.push(author);
  }
  return authors;
}

/** One BibTeX name. */
function bibtexName(name: string): Author | undefined {
  if (name.startsWith('{') && closingBrace(name, 0) === name.length - 1) {
    const literal = text(name.slice(1, -1));
    return literal ? { literal } : undefined;
  }
  const parts = splitOutside(name, /\s*,\s*/).map((p) => p.trim());
  if (parts.length === 1) return firstVonLast(parts[0]);
  const family = text(parts.length > 2 ? `${parts[0]} ${parts[1]}` : parts[0]);
  const given = text(parts.slice(parts.length > 2 ? 2 : 1).join(' '));
  if (!family) return given ? { family: given } : undefined;
  return given ? { family, given } : { family };
}

/** "First von Last": the von part runs from the first to the last lower-case word before the final word. */
function firstVonLast(name: string): Author | undefined {
  const words = splitOutside(name, /[\s~]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  if (words.length === 1) {
    const family = text(words[0]);
    return family ? { family } : undefined;
  }
  let von = words.length - 1;
  for (let k = 0; k < words.length - 1; k++) {
    if (startsLowerCase(words[k])) {
      von = k;
      break;
    }
  }
  const family = text(words.slice(von).join(' '));
  const given = text(words.slice(0, von).join(' '));
  if (!family) return undefined;
  return given ? { family, given } : { family };
}

/** Whether a word's first letter outside braces is lower case (BibTeX's test for a von word). */
function startsLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '{') return false;
    if (/\p{L}/u.test(c)) return c === c.toLowerCase() && c !== c.toUpperCase();
  }
  return false;
}

function closingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function text(value: string): string | undefined {
  return cleanText(latexToUnicode(value));
}
