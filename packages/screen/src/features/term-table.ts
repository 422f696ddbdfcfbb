/**
 * Terms as whole numbers. Text features repeat a few tens of thousands of words and word pairs millions of times;
 * hashing each occurrence as a string (a bigram is a fresh string every time) costs more than everything else in
 * building the matrix. A `TermTable` numbers every distinct word once, and every bigram by the pair of its words'
 * numbers, so later steps count with numeric keys and typed arrays.
 */

/** Words are numbered below 2²⁶, so a pair (a, b) is the exact number a·2²⁶ + b. */
const PAIR = 2 ** 26;

export class TermTable {
  private readonly words = new Map<string, number>();
  private readonly pairs = new Map<number, number>();
  /** For each term number: the word, or for a bigram the numbers of its two words. */
  private readonly entries: (string | readonly [number, number])[] = [];

  /** The number of distinct terms seen. */
  get size(): number {
    return this.entries.length;
  }

  /** The number of `word` (numbered on first sight). */
  word(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) {
      id = this.entries.length;
      this.words.set(word, id);
      this.entries.push(word);
    }
    return id;
  }

  /** The number of the bigram of words numbered `a` then `b`. */
  pair(a: number, b: number): number {
    const key = a * PAIR + b;
    let id = this.pairs.get(key);
    if (id === undefined) {
      id = this.entries.length;
      this.pairs.set(key, id);
      this.entries.push([a, b]);
    }
    return id;
  }

  /** The term numbered `id` as text: the word, or "word1 word2". */
  name(id: number): string {
    const e = this.entries[id];
    return typeof e === 'string' ? e : `${this.entries[e[0]]} ${this.entries[e[1]]}`;
  }

  /**
   * Documents of string terms as documents of term numbers (every term is taken as a word).
   *
   * @example
   * const table = new TermTable();
   * table.documents([['a', 'b'], ['b']]); // [Int32Array [0, 1], Int32Array [1]]
   */
  documents(docs: readonly (readonly string[])[]): Int32Array[] {
    return docs.map((d) => Int32Array.from(d, (t) => this.word(t)));
  }
}
