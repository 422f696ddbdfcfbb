/**
 * Finds the question's words in a title or abstract, so the screener's eye lands on them. Words of the PICO are cut
 * to a stem (a plural or verb ending dropped) and matched at the start of words, case-insensitively: "cramps" marks
 * "cramp", "cramps" and "cramping". Pure: text in, segments out.
 */

/** Short words that say nothing about eligibility, in Danish and English. */
const STOP = new Set(
  (
    'with from that this than then into over under without between after before other their they have were been also ' +
    'adults adult patients people persons group groups study studies trial trials oral given each more less ' +
    'and the for not but alle all doses doser salts salte gennem munden subgroup undergruppe eller uden samt efter under over andre deres være blev også med mod hvor som for til den det der'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** A piece of text, marked when it is one of the question's words. */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * The stems to look for, from any number of texts (population, intervention, comparator …).
 * @example
 * questionStems(['Adults with nocturnal leg cramps', 'Oral magnesium']); // → ['nocturnal', 'leg', 'cramp', 'magnesium']
 */
export function questionStems(texts: readonly (string | undefined)[]): string[] {
  const stems = new Set<string>();
  for (const text of texts) {
    for (const [word] of (text ?? '').toLowerCase().matchAll(WORD)) {
      if (word.length < 3 || STOP.has(word) || /^\d+$/.test(word)) continue;
      stems.add(stem(word));
    }
  }
  return [...stems];
}

function stem(word: string): string {
  const cut = word.replace(/(ing|es|s|ed)$/u, '');
  return cut.length >= 3 ? cut : word;
}

/**
 * Splits `text` into segments, marking each word that starts with one of `stems`. Joining the segments' text gives
 * `text` back unchanged.
 * @example
 * highlight('Magnesium for cramps', ['cramp']);
 * // → [{ text: 'Magnesium for ', hit: false }, { text: 'cramps', hit: true }]
 */
export function highlight(text: string, stems: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  const push = (piece: string, hit: boolean) => {
    if (piece === '') return;
    const prev = out[out.length - 1];
    if (prev && prev.hit === hit) prev.text += piece;
    else out.push({ text: piece, hit });
  };
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (!stems.some((s) => lower.startsWith(s))) continue;
    const at = m.index ?? 0;
    push(text.slice(last, at), false);
    push(m[0], true);
    last = at + m[0].length;
  }
  push(text.slice(last), false);
  return out;
}
