/**
 * The analysis chain of one text field: words → stop words removed → Snowball stems, in the record's language
 * (detected from the field's own words unless given), and the bigrams of adjacent stems that remain, as sklearn's
 * TfidfVectorizer forms n-grams after stop-word removal. A bigram is written "stem1 stem2".
 */
import { detectLanguage, type Language } from './language.js';
import { stemmerFor } from './stem.js';
import { STOP_WORDS } from './stop-words.js';
import { words } from './tokenize.js';

export interface AnalyseOptions {
  /** The language of the text; detected from its words when absent. */
  language?: Language;
  /** Also emit bigrams of adjacent stems (default true). */
  bigrams?: boolean;
}

/**
 * The terms of `text`: its stems, then (with `bigrams`) its bigrams.
 *
 * @example
 * analyse('The effects of randomised trials', { language: 'en' });
 * // ['effect', 'randomis', 'trial', 'effect randomis', 'randomis trial']
 * analyse('Effekten af magnesium på kramper');
 * // ['effek', 'magnesium', 'kramp', 'effek magnesium', 'magnesium kramp']
 */
export function analyse(text: string, options: AnalyseOptions = {}): string[] {
  const all = words(text);
  const language = options.language ?? detectLanguage(all);
  const stop = STOP_WORDS[language];
  const stem = stemmerFor(language);
  const stems: string[] = [];
  for (const w of all) if (!stop.has(w)) stems.push(stem(w));
  if (options.bigrams === false) return stems;
  const n = stems.length;
  for (let i = 0; i + 1 < n; i++) stems.push(`${stems[i]} ${stems[i + 1]}`);
  return stems;
}
