/**
 * Texts in two languages. Any text of a review file may be written as a map of languages,
 * `background: { da: "…", en: "…" }` (a list of texts too: `include: { da: [ … ], en: [ … ] }`), and the folder is
 * read for one language: each such map becomes its text in that language. No field of the format is named `da` or
 * `en`, so a map whose keys are only those is always a translation. A missing language falls back to the other one,
 * with a warning, so a half-translated review still loads.
 */
import { formatPath, type ReviewIssue, reviewIssue } from '../issues.js';
import { LANGUAGES, type Language } from '../model/protocol.js';

type Translated = Partial<Record<Language, string | string[]>>;

function isTranslation(value: unknown): value is Translated {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(
      ([key, text]) =>
        (LANGUAGES as readonly string[]).includes(key) &&
        (typeof text === 'string' || (Array.isArray(text) && text.every((t) => typeof t === 'string'))),
    )
  );
}

/**
 * The data with every translation map replaced by its text in `lang`.
 *
 * @example
 * localise({ objective: { da: 'Er der evidens …', en: 'Is there evidence …' } }, 'en', 'review.yaml', []);
 * // { objective: 'Is there evidence …' }
 */
export function localise(data: unknown, lang: Language, file: string, issues: ReviewIssue[]): unknown {
  const walk = (value: unknown, path: PropertyKey[]): unknown => {
    if (isTranslation(value)) {
      const text = value[lang];
      if (text !== undefined) return text;
      const other = LANGUAGES.find((l) => value[l] !== undefined) as Language;
      const where = { file, path: formatPath(path) };
      issues.push(reviewIssue('required', where, `has no ${lang} text; the ${other} text is used`, 'warning'));
      return value[other];
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
    return value;
  };
  return walk(data, []);
}

/** The language to read a folder in: the one asked for, else review.yaml's `language`, else Danish. */
export function readingLanguage(protocol: unknown, asked: Language | undefined): Language {
  if (asked) return asked;
  const language = (protocol as { language?: unknown } | undefined)?.language;
  return (LANGUAGES as readonly unknown[]).includes(language) ? (language as Language) : 'da';
}
