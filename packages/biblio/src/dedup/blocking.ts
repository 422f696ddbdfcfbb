/**
 * Which pairs of records are compared at all. Comparing every pair is quadratic (5·10⁹ pairs for 100,000 records), so
 * pairs are proposed by blocking (Christen, Data Matching, Springer 2012, ch. 4), each pass catching duplicates that
 * the others miss:
 *
 * - exact blocks on DOI and on PMID;
 * - sorted neighbourhood (Hernández & Stolfo, SIGMOD 1995) on the compact title, each record against the next
 *   `window − 1` in sorted order, which finds titles that differ late (a typo, a subtitle);
 * - the same on the compact title read backwards, which finds titles that differ early ("MEDICAL PROGRESS …", a
 *   translated title in brackets);
 * - keyed blocks on first author and year, and on volume and first page, which find records whose titles differ a
 *   lot (a translation, a missing title);
 * - each title that cites another place (an article's "[Erratum appears in …]", an erratum's "(vol 85, pg 553)")
 *   against the records at that volume and page, or that volume and issue (notice-links.ts).
 *
 * A keyed block larger than `maxBlock` (a common surname in a busy year) is compared by window within the block,
 * in title order, each record paired with the next `window − 1` only. The work is therefore linear in
 * the number of records (about ten candidate pairs per record with the defaults). Pairs are returned once, as
 * `i · n + j` with i < j, sorted.
 */
import type { MatchRecord } from './prepare.js';

export interface BlockingOptions {
  window: number;
  maxBlock: number;
}

class PairSink {
  private data = new Float64Array(1024);
  length = 0;
  constructor(private readonly n: number) {}
  add(i: number, j: number): void {
    if (i === j) return;
    const key = i < j ? i * this.n + j : j * this.n + i;
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = key;
  }
  /** Distinct keys, sorted. */
  distinct(): Float64Array {
    const sorted = this.data.subarray(0, this.length).sort();
    let w = 0;
    for (let r = 0; r < sorted.length; r++) if (r === 0 || sorted[r] !== sorted[r - 1]) sorted[w++] = sorted[r];
    return sorted.slice(0, w);
  }
}

/** Record positions sorted by a key (a property read, cheap to repeat), ties by position. */
function sortedBy(indices: readonly number[], keyOf: (i: number) => string): number[] {
  return [...indices].sort((x, y) => {
    const a = keyOf(x);
    const b = keyOf(y);
    return a < b ? -1 : a > b ? 1 : x - y;
  });
}

/** Compares two strings read from their last character to their first (no reversed copies are made). */
function compareBackwards(a: string, b: string): number {
  let i = a.length - 1;
  let j = b.length - 1;
  while (i >= 0 && j >= 0) {
    const d = a.charCodeAt(i--) - b.charCodeAt(j--);
    if (d !== 0) return d;
  }
  return i - j;
}

function windowPairs(order: readonly number[], window: number, sink: PairSink): void {
  for (let x = 0; x < order.length; x++) {
    const end = Math.min(order.length, x + window);
    for (let y = x + 1; y < end; y++) sink.add(order[x], order[y]);
  }
}

function keyedBlocks(
  records: readonly MatchRecord[],
  keyOf: (r: MatchRecord) => string | undefined,
  options: BlockingOptions,
  sink: PairSink,
): void {
  const blocks = new Map<string, number[]>();
  for (const r of records) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const block = blocks.get(key);
    if (block) block.push(r.index);
    else blocks.set(key, [r.index]);
  }
  const title = (i: number) => records[i].title?.compact ?? '';
  for (const block of blocks.values()) {
    if (block.length < 2) continue;
    if (block.length <= options.maxBlock) {
      for (let x = 0; x < block.length; x++) for (let y = x + 1; y < block.length; y++) sink.add(block[x], block[y]);
    } else windowPairs(sortedBy(block, title), options.window, sink);
  }
}

/**
 * Candidate pairs of `records` (prepared, `records[i].index === i`), as sorted keys `i · n + j`.
 * @example
 * const keys = candidatePairs(prepared, { window: 8, maxBlock: 40 });
 * const n = prepared.length;
 * [...keys].map((k) => [Math.floor(k / n), k % n]); // → [[0, 1], [0, 2], …]
 */
export function candidatePairs(records: readonly MatchRecord[], options: BlockingOptions): Float64Array {
  const sink = new PairSink(records.length);
  keyedBlocks(records, (r) => r.doi, options, sink);
  keyedBlocks(records, (r) => r.pmid, options, sink);
  const titled = records.filter((r) => r.title !== undefined).map((r) => r.index);
  const compact = (i: number) => records[i].title!.compact;
  windowPairs(sortedBy(titled, compact), options.window, sink);
  const backwards = [...titled].sort((x, y) => compareBackwards(compact(x), compact(y)) || x - y);
  windowPairs(backwards, options.window, sink);
  keyedBlocks(
    records,
    (r) => (r.authors.length > 0 && r.year !== undefined ? `${r.authors[0].family}|${r.year}` : undefined),
    options,
    sink,
  );
  keyedBlocks(records, (r) => (r.volume && r.page ? `${r.volume}|${r.page}` : undefined), options, sink);
  citedPlacePairs(records, sink);
  return sink.distinct();
}

/**
 * Pairs each record whose title cites a place with the records at that place. Few titles cite one, so only the
 * places cited are indexed.
 */
function citedPlacePairs(records: readonly MatchRecord[], sink: PairSink): void {
  const wanted = new Map<string, number[]>();
  const want = (key: string, i: number) => {
    const citing = wanted.get(key);
    if (citing) citing.push(i);
    else wanted.set(key, [i]);
  };
  for (const r of records) {
    for (const cited of [r.title?.erratumAt, r.title?.corrects]) {
      if (!cited) continue;
      if (cited.page) want(`${cited.volume}|p${cited.page}`, r.index);
      if (cited.issue) want(`${cited.volume}|i${cited.issue}`, r.index);
    }
  }
  if (wanted.size === 0) return;
  for (const r of records) {
    if (!r.volume) continue;
    for (const key of [r.page && `${r.volume}|p${r.page}`, r.issue && `${r.volume}|i${r.issue}`]) {
      for (const i of (key && wanted.get(key)) || []) sink.add(i, r.index);
    }
  }
}
