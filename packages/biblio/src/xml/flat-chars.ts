/**
 * The characters as the flat reader (./flat-scan.ts) sees them: a class for each UTF-16 code unit, looked up rather
 * than tested, and the reading of a start tag's attributes once the reader has checked the tag.
 */
import { attributeValue } from './flat-record.js';

export const TAB = 9;
export const NL = 10;
export const SPACE = 32;
export const QUOTE = 34;
export const AMP = 38;
export const APOS = 39;
export const SLASH = 47;
export const LT = 60;
export const EQ = 61;
export const GT = 62;

/** An ASCII name character: a letter, a digit, "_", ":", "." or "-". */
export const isNameChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46;

/**
 * What each code unit is to the reader, looked up rather than tested: most are PLAIN, and a run of text or of an
 * attribute value costs one lookup per character.
 */
export const PLAIN = 0;
export const MARKUP = 1;
export const REFERENCE = 2;
export const LINE_END = 3;
/** A character the fast path leaves to saxes: controls XML does not allow, CR, surrogates, U+FFFE and U+FFFF. */
export const DECLINED = 4;
/** A tab, or whitespace beyond ASCII (as `\s` has it): a text holding one is not tidy (see cleanText). */
export const UNTIDY = 5;
export const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x20; c++) CLASS[c] = DECLINED;
CLASS[TAB] = UNTIDY;
for (const c of [0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) CLASS[c] = UNTIDY;
CLASS.fill(UNTIDY, 0x2000, 0x200b);
CLASS[NL] = LINE_END;
CLASS[LT] = MARKUP;
CLASS[AMP] = REFERENCE;
CLASS.fill(DECLINED, 0xd800, 0xe000);
CLASS[0xfffe] = DECLINED;
CLASS[0xffff] = DECLINED;
/** The characters that are PLAIN above, in runs; and how long a run is before it is worth a search. */
export const PLAIN_RUN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML does not allow end a run.
  /[^<&\n\t\0-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/y;
export const LONG_RUN = 24;
/** 1 for an ASCII name character. */
export const NAME = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) NAME[c] = isNameChar(c) ? 1 : 0;

/** Whether the attributes of the start tag from `from` (just after its name) to `to` all have distinct names. */
export function uniqueAttributes(w: string, from: number, to: number): boolean {
  const seen = new Set<string>();
  let q = from;
  while (q < to) {
    let c = w.charCodeAt(q);
    while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
    if (q >= to || c === GT || c === SLASH) break;
    let an = q + 1;
    while (isNameChar(w.charCodeAt(an))) an++;
    const name = w.slice(q, an);
    if (seen.has(name)) return false;
    seen.add(name);
    q = w.indexOf('=', an) + 1;
    c = w.charCodeAt(q);
    while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
    q = w.indexOf(c === QUOTE ? '"' : "'", q + 1) + 1;
  }
  return true;
}

/** The attributes of a start tag the reader has checked, from just after its name, as saxes gives them. */
export function startTagAttributes(w: string, from: number): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null);
  let q = from;
  for (;;) {
    let c = w.charCodeAt(q);
    while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
    if (c === GT || c === SLASH) return attributes;
    let an = q + 1;
    while (isNameChar(w.charCodeAt(an))) an++;
    const name = w.slice(q, an);
    q = w.indexOf('=', an) + 1;
    c = w.charCodeAt(q);
    while (c === SPACE || c === NL || c === TAB) c = w.charCodeAt(++q);
    const close = w.indexOf(c === QUOTE ? '"' : "'", q + 1);
    attributes[name] = attributeValue(w.slice(q + 1, close));
    q = close + 1;
  }
}
