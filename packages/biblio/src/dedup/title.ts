/**
 * Titles as they are compared. Databases decorate the same title differently: MEDLINE puts translated titles in
 * brackets ("[Clinical aspects of the complement system]") and appends notes ("[Review] [33 refs]", "[Japanese]",
 * "[Erratum appears in …]"), DARE adds "(Provisional abstract)", Embase writes "Reply" or "Erratum" into the title.
 * The notes are dropped; the words that mark a notice rather than an article are kept aside as `notice`, because an
 * erratum or a reply with the article's own title is a different record.
 */
import { foldText, STOP_WORDS, spellingVariant, tokens } from './fold.js';
import { type CitedPlace, correctedPlace, erratumPlace } from './notice-links.js';

/** A title prepared for matching. */
export interface MatchTitle {
  /** Folded title, notes removed, all words: "the role of complement in hemolytic uremic syndrome". */
  folded: string;
  /** The words without stop words and with one spelling per word, in title order. */
  words: string[];
  /** `words` joined without spaces ("hpv 16" and "hpv16" agree): the string the edit distance is taken on. */
  compact: string;
  /**
   * Digit runs ("hpv16" gives 16) and roman numerals standing alone ("part ii"): two titles that each have a number the
   * other lacks ("part 1" and "part 2") are two papers.
   */
  numbers: string[];
  /** "erratum", "reply", "comment" or "retraction" when the title says the record is such a notice. */
  notice?: Notice;
  /** Where the article's erratum is, when the title carries MEDLINE's "[Erratum appears in …]". */
  erratumAt?: CitedPlace;
  /** Where the corrected article is, when the title of an erratum cites it. */
  corrects?: CitedPlace;
}

export type Notice = 'erratum' | 'reply' | 'comment' | 'retraction';

const NOTE_IN_BRACKETS = /\[[^[\]]*\]/g;
/**
 * How Web of Science and Embase title a correction: the article's title followed by the citation of the article it
 * corrects, "(vol 360, pg 542, 2009)" or "(New England Journal of Medicine (2009) 360 (542-544))".
 */
const CORRECTION_CITATION = [
  /\s*\(\s*vol\.?\s*\d+\b[^()]*\bp[pg]?\.?\s*[a-z]?\d+[^()]*\)\s*\.?\s*$/i,
  /\s*\((?:[^()]|\([^()]*\))*\(\s*(?:1[89]|20)\d\d\s*\)(?:[^()]|\([^()]*\))*\)\s*\.?\s*$/,
];
const TRAILING_NOTE =
  /\((?:provisional abstract|structured abstract|abstract|brief record|author'?s? transl[^)]*)\)\s*\.?\s*$/i;
const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']);

const NOTICE_START: readonly [RegExp, Notice][] = [
  [/^(?:erratum|errata|corrigendum|correction|corrections)\b/, 'erratum'],
  [/^(?:retraction|retracted|withdrawn)\b/, 'retraction'],
  [/^(?:reply|response|author reply|authors reply|in reply|the authors reply)\b/, 'reply'],
  [/^(?:comment on|commentary on|editorial comment)\b/, 'comment'],
];
const NOTICE_END: readonly [RegExp, Notice][] = [
  [/\b(?:reply|author reply|authors reply|response)$/, 'reply'],
  [/\b(?:erratum|corrigendum)$/, 'erratum'],
];

/**
 * Removes the notes databases add to a title: a title wholly in brackets (a translation) loses its brackets, every
 * other bracketed note goes, and so does a trailing "(Provisional abstract)".
 * @example
 * stripTitleNotes('[Aspects of PNH]. [Japanese]'); // → 'Aspects of PNH.'
 * stripTitleNotes('HPV testing after CIN 3. [Review] [33 refs]'); // → 'HPV testing after CIN 3.'
 */
export function stripTitleNotes(title: string): string {
  let s = title.trim();
  // Most titles have no brackets at all; the patterns run only where they can match.
  if (s.includes('[')) {
    const whole = /^\[([^[\]]+)\]/.exec(s);
    if (whole) s = whole[1] + s.slice(whole[0].length);
    // Notes nest ("[Erratum appears in … Note: Philipp, Thomas [added]]"): the innermost go first, until none is left.
    let before: string;
    do {
      before = s;
      s = s.replace(NOTE_IN_BRACKETS, ' ');
    } while (s !== before);
    // A note that was opened but cut off by a length limit: "… meta-analysis. [Review".
    // The full stops that ended each note are left in a row ("A title. ."): one is kept.
    s = s.replace(/\[[^\]]*$/, ' ').replace(/\.(?:\s*\.)+/g, '.');
  }
  if (s.includes('(')) s = s.replace(TRAILING_NOTE, '');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * A title prepared for matching; undefined when there are no words left. `memo` (word → its spelling, "" for a stop
 * word) saves working out the same word again across the titles of a run.
 * @example
 * matchTitle('The Role of Complement in Haemolytic-Uraemic Syndrome. [Review]')?.compact;
 * // → 'rolecomplementhemolyticuremicsyndrome'
 */
export function matchTitle(title: string | undefined, memo?: Map<string, string>): MatchTitle | undefined {
  if (!title) return undefined;
  let text = stripTitleNotes(title);
  let correction = false;
  const corrects = correctedPlace(text);
  for (const re of /\)\s*\.?$/.test(text) ? CORRECTION_CITATION : []) {
    const cut = text.replace(re, '');
    if (cut !== text && cut.length > 0) {
      text = cut;
      correction = true;
    }
  }
  const folded = foldText(text);
  const all = tokens(folded);
  if (all.length === 0) return undefined;
  const words: string[] = [];
  const numbers: string[] = [];
  for (const w of all) {
    if (ROMAN.has(w)) numbers.push(w);
    // The spelling of each distinct word is worked out once per run ("" for a stop word).
    let kept = memo?.get(w);
    if (kept === undefined) {
      kept = STOP_WORDS.has(w) ? '' : spellingVariant(w);
      memo?.set(w, kept);
    }
    if (kept !== '') words.push(kept);
  }
  for (const n of folded.match(/\d+/g) ?? []) numbers.push(n.replace(/^0+(?=\d)/, ''));
  const kept = words.length > 0 ? words : all;
  const result: MatchTitle = { folded, words: kept, compact: kept.join(''), numbers };
  const notice = correction ? 'erratum' : noticeOf(folded);
  if (notice) result.notice = notice;
  const erratumAt = erratumPlace(title);
  if (erratumAt) result.erratumAt = erratumAt;
  if (corrects && correction) result.corrects = corrects;
  return result;
}

/** The first letters a notice can start with, to spare the patterns for the other titles. */
const NOTICE_FIRST = /^(?:err|cor|ret|wit|rep|res|aut|in r|the a|com|edi)/;

function noticeOf(folded: string): Notice | undefined {
  if (NOTICE_FIRST.test(folded)) for (const [re, notice] of NOTICE_START) if (re.test(folded)) return notice;
  for (const [re, notice] of NOTICE_END) if (re.test(folded)) return notice;
  return undefined;
}
