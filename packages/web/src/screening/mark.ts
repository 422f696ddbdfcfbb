/**
 * Marks a title or abstract twice over: the question's words (stems matched at the start of words, as highlight.ts
 * does) and the words the model weighed most for this record (the record's own words, matched whole). Pure: text in,
 * segments out; joining the segments' text gives the text back.
 */
import { highlight } from '../highlight';

export type MarkKind = 'plain' | 'question' | 'why' | 'both';

export interface MarkedSegment {
  text: string;
  kind: MarkKind;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The segments of `text` with `stems` (question) and `forms` (why) marked.
 * @example
 * markRecord('Magnesium for leg cramps', ['magnesium'], ['cramps']);
 * // → [{ text: 'Magnesium', kind: 'question' }, { text: ' for leg ', kind: 'plain' }, { text: 'cramps', kind: 'why' }]
 */
export function markRecord(text: string, stems: readonly string[], forms: readonly string[]): MarkedSegment[] {
  const why = new Set(forms.map((f) => f.toLowerCase()));
  const out: MarkedSegment[] = [];
  const push = (piece: string, kind: MarkKind) => {
    if (piece === '') return;
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind) prev.text += piece;
    else out.push({ text: piece, kind });
  };
  for (const segment of highlight(text, stems)) {
    if (why.size === 0) {
      push(segment.text, segment.hit ? 'question' : 'plain');
      continue;
    }
    let last = 0;
    for (const m of segment.text.matchAll(WORD)) {
      if (!why.has(m[0].normalize('NFKC').toLowerCase())) continue;
      const at = m.index ?? 0;
      push(segment.text.slice(last, at), segment.hit ? 'question' : 'plain');
      push(m[0], segment.hit ? 'both' : 'why');
      last = at + m[0].length;
    }
    push(segment.text.slice(last), segment.hit ? 'question' : 'plain');
  }
  return out;
}

/** Every form of the why-terms, for `markRecord`. */
export const whyForms = (why: readonly { forms: readonly string[] }[]): string[] => [
  ...new Set(why.flatMap((w) => w.forms)),
];
