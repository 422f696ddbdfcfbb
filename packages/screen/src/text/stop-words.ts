/**
 * Stop words for English and Danish from the `stopword` package (MIT; its lists come from the stopwords-iso and
 * Snowball collections), held as sets for O(1) look-up.
 */
import { dan, eng } from 'stopword';
import type { Language } from './language.js';

export const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(eng.map((w) => w.toLowerCase())),
  da: new Set(dan.map((w) => w.toLowerCase())),
};
