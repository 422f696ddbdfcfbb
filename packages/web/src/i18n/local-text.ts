/**
 * Text from the review's files in the page's language: review.yaml may give a field as plain text or as a map per
 * language (`title: {da: …, en: …}`). Pure.
 */
import type { Language } from './messages';

/**
 * The text for `lang`: the plain text, the map's entry for the language, else the first entry given.
 * @example
 * localText({ da: 'Magnesium mod lægkramper', en: 'Magnesium for leg cramps' }, 'en'); // → 'Magnesium for leg cramps'
 * localText('Placebo', 'da'); // → 'Placebo'
 */
export function localText(value: unknown, lang: Language): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const map = value as Record<string, unknown>;
    const own = map[lang];
    if (typeof own === 'string') return own;
    const first = Object.values(map).find((v) => typeof v === 'string');
    return typeof first === 'string' ? first : undefined;
  }
  return undefined;
}

/**
 * A list in the page's language: a list of texts (each plain or per language), a list per language, or one text.
 * @example
 * localList({ da: ['Voksne'], en: ['Adults'] }, 'en'); // → ['Adults']
 * localList({ da: 'Randomiserede forsøg', en: 'Randomised trials' }, 'da'); // → ['Randomiserede forsøg']
 */
export function localList(value: unknown, lang: Language): string[] {
  if (Array.isArray(value)) return value.map((v) => localText(v, lang)).filter((v): v is string => v !== undefined);
  if (value && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    const own = map[lang] ?? Object.values(map)[0];
    if (Array.isArray(own)) return localList(own, lang);
    return typeof own === 'string' ? [own] : [];
  }
  return typeof value === 'string' ? [value] : [];
}

/**
 * Authors as a record gives them: plain names or `{family, given}`.
 * @example
 * authorNames([{ family: 'Nygaard', given: 'IH' }, 'Valbø A']); // → ['Nygaard IH', 'Valbø A']
 */
export function authorNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a && typeof a === 'object') {
        const { family, given, name } = a as Record<string, unknown>;
        if (typeof name === 'string') return name;
        return [family, given].filter((x) => typeof x === 'string').join(' ');
      }
      return '';
    })
    .filter((s) => s !== '');
}
