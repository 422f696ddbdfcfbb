/**
 * Snowball stemmers (Porter 2001, "Snowball: a language for stemming algorithms") for English (the "Porter2"
 * algorithm) and Danish, from the `snowball-stemmers` package, a JavaScript build of the Snowball project's own
 * algorithms. Stems are memoised per language: a screening corpus repeats the same few thousand words.
 */
import { newStemmer } from 'snowball-stemmers';
import type { Language } from './language.js';

const ALGORITHM: Record<Language, string> = { en: 'english', da: 'danish' };
const CACHE_LIMIT = 200_000;

const stemmers = new Map<Language, (word: string) => string>();

/**
 * The stemmer for `language`: a function from a lower-case word to its stem.
 *
 * @example
 * stemmerFor('en')('randomised'); // 'randomis'
 * stemmerFor('da')('behandlingen'); // 'behandling'
 */
export function stemmerFor(language: Language): (word: string) => string {
  const known = stemmers.get(language);
  if (known) return known;
  const stemmer = newStemmer(ALGORITHM[language]);
  const cache = new Map<string, string>();
  const stem = (word: string): string => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemmer.stem(word);
      if (cache.size < CACHE_LIMIT) cache.set(word, s);
    }
    return s;
  };
  stemmers.set(language, stem);
  return stem;
}
