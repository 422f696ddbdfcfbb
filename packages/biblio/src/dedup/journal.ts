/**
 * Journal names as they are compared. The same journal appears in full ("Journal of the American Society of
 * Nephrology"), abbreviated the ISO/MEDLINE way ("J Am Soc Nephrol"), as an acronym ("CMAJ"), with a subtitle
 * ("International Journal of Gynecological Cancer : official journal of …"), with "&" for "and" and with stray
 * punctuation ("Pediatric Nephrology."). Names are folded and stop words dropped; two names agree when they are the
 * same, when each word of one is the start of the matching word of the other (an abbreviation), when one is the
 * other with words added at the end, or when one is the initials of the other.
 */
import { foldText, STOP_WORDS, tokens } from './fold.js';

/** One name of a journal: its words, and the words joined (for the test of equality). */
export interface JournalName {
  words: string[];
  compact: string;
}

/** One name of a journal: its words, and the words joined (for the test of equality). */
export interface JournalName {
  words: string[];
  compact: string;
}

/** The names a record gives its journal (full and abbreviated). */
export type MatchJournal = JournalName[];

/**
 * @example
 * matchJournal('Cancer Epidemiology, Biomarkers & Prevention', undefined);
 * // → [{ words: ['cancer', 'epidemiology', 'biomarkers', 'prevention'], compact: 'cancerepidemiologybiomarkersprevention' }]
 */
export function matchJournal(journal: string | undefined, abbrev: string | undefined): MatchJournal {
  const names: JournalName[] = [];
  for (const name of [journal, abbrev]) {
    if (!name) continue;
    const words = tokens(foldText(name)).filter((w) => !STOP_WORDS.has(w));
    const compact = words.join('');
    if (words.length > 0 && !names.some((n) => n.compact === compact)) names.push({ words, compact });
  }
  return names;
}

export type JournalAgreement = 'equal' | 'abbreviation' | 'different';

/**
 * How two journals agree; undefined when either has none.
 * @example
 * compareJournals(matchJournal('J Am Soc Nephrol', undefined), matchJournal('Journal of the American Society of Nephrology', undefined));
 * // → 'abbreviation'
 */
export function compareJournals(a: MatchJournal, b: MatchJournal): JournalAgreement | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  let best: JournalAgreement = 'different';
  for (const { words: x, compact: cx } of a) {
    for (const { words: y, compact: cy } of b) {
      if (cx === cy) return 'equal';
      if (
        abbreviates(x, y) ||
        abbreviates(y, x) ||
        extends_(x, y) ||
        extends_(y, x) ||
        initials(x, y) ||
        initials(y, x)
      )
        best = 'abbreviation';
    }
  }
  return best;
}

/** Same number of words and each word of `short` starts the matching word of `long`. */
function abbreviates(short: string[], long: string[]): boolean {
  if (short.length !== long.length) return false;
  return short.every((w, i) => long[i].startsWith(w));
}

/** `long` is `short` (word for word, or abbreviated) with words added at the end; `short` has two words or more. */
function extends_(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  return abbreviates(short, long.slice(0, short.length));
}

/** `acronym` is one word of three letters or more made of the initials of `words`. */
function initials(acronym: string[], words: string[]): boolean {
  if (acronym.length !== 1 || acronym[0].length < 3 || words.length < 3) return false;
  return words.map((w) => w[0]).join('') === acronym[0];
}
