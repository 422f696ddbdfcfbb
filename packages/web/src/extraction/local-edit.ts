/**
 * Editing texts that the review's files may give in both languages (`{da, en}`): a field is edited in the page's
 * language and written back into the map, so the other language is kept. A plain text stays plain. Pure.
 */
import { localList, localText } from '../i18n/local-text';
import type { Language } from '../i18n/messages';

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text an input shows: the page language's entry of a map (else the other's), or the plain text. */
export function readLocal(value: unknown, lang: Language): string {
  return localText(value, lang) ?? '';
}

/**
 * The value to store after the input was set to `text`: a map gets `text` under `lang` (removed when empty, the
 * whole field undefined when no language is left); anything else becomes the plain text, or undefined when empty.
 * @example
 * writeLocal({ da: '4 uger', en: '4 weeks' }, 'en', '5 weeks'); // → { da: '4 uger', en: '5 weeks' }
 * writeLocal('Placebo', 'da', 'Placebotablet'); // → 'Placebotablet'
 */
export function writeLocal(old: unknown, lang: Language, text: string): unknown {
  const value = text.trim();
  if (isMap(old)) {
    const next = { ...old };
    if (value === '') delete next[lang];
    else next[lang] = text;
    return Object.keys(next).length === 0 ? undefined : next;
  }
  if (value === '') return undefined;
  // Unchanged plain text (numbers included) is kept exactly as it was.
  return old !== undefined && localText(old, lang) === text ? old : text;
}

/** A list as lines of a text area (one item a line). */
export function readLines(value: unknown, lang: Language): string {
  return localList(value, lang).join('\n');
}

/**
 * The list to store after the text area was set to `text`: a map of lists gets its `lang` list replaced; a list
 * whose items are maps keeps them when the number of lines is unchanged (each item's `lang` text replaced);
 * otherwise the lines become a plain list. Empty lines are dropped; no lines at all give undefined.
 * @example
 * writeLines({ da: ['Voksne'], en: ['Adults'] }, 'en', 'Adults\nChildren'); // → { da: ['Voksne'], en: ['Adults', 'Children'] }
 */
export function writeLines(old: unknown, lang: Language, text: string): unknown {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (isMap(old)) {
    const next = { ...old };
    if (lines.length === 0) delete next[lang];
    else next[lang] = lines;
    return Object.keys(next).length === 0 ? undefined : next;
  }
  if (lines.length === 0) return undefined;
  if (Array.isArray(old) && old.length === lines.length) return old.map((item, i) => writeLocal(item, lang, lines[i]));
  if (typeof old === 'string' && lines.length === 1 && lines[0] === old) return old;
  return lines;
}
