/**
 * The languages whose stop words and stemmers the text features know, and a per-record guess of which one a record is
 * written in: the language whose stop words (not shared with the other's) occur more often among its words.
 */
import { STOP_WORDS } from './stop-words.js';

export const LANGUAGES = ['en', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language of a list of lower-case words: Danish when more of them are Danish-only stop words than English-only
 * ones, otherwise English (the language of most bibliographic databases, and the answer when there is no evidence).
 *
 * @example
 * detectLanguage(['effekten', 'af', 'magnesium', 'på', 'kramper']); // 'da'
 * detectLanguage(['the', 'effect', 'of', 'magnesium', 'on', 'cramps']); // 'en'
 */
export function detectLanguage(words: readonly string[]): Language {
  let da = 0;
  let en = 0;
  for (const w of words) {
    const isDa = STOP_WORDS.da.has(w);
    const isEn = STOP_WORDS.en.has(w);
    if (isDa && !isEn) da++;
    else if (isEn && !isDa) en++;
  }
  return da > en ? 'da' : 'en';
}
