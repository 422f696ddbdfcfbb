/**
 * Windowing a long list of fixed-height rows: which rows a scrolled viewport shows, so that only those (and a few
 * beyond each edge, for smooth scrolling) are in the DOM. Pure: numbers in, numbers out.
 */

export interface RangeInput {
  /** The viewport's scrollTop, in pixels (may be negative or past the end during elastic scrolling). */
  scrollTop: number;
  /** The viewport's height, in pixels. */
  viewportHeight: number;
  /** Every row's height, in pixels (> 0). */
  rowHeight: number;
  /** Rows in the list. */
  count: number;
  /** Rows to render beyond each edge of the viewport (default 6). */
  overscan?: number;
}

/** The rows to render: `start` to `end` (exclusive), the first at `offsetTop` in a list `totalHeight` tall. */
export interface VisibleRange {
  start: number;
  end: number;
  offsetTop: number;
  totalHeight: number;
}

/**
 * The rows a viewport shows, clamped to the list.
 * @example
 * visibleRange({ scrollTop: 1000, viewportHeight: 400, rowHeight: 50, count: 50_000, overscan: 2 });
 * // → { start: 18, end: 30, offsetTop: 900, totalHeight: 2_500_000 }
 */
export function visibleRange(input: RangeInput): VisibleRange {
  const { viewportHeight, rowHeight, count } = input;
  const overscan = input.overscan ?? 6;
  if (!(rowHeight > 0)) throw new RangeError(`rowHeight must be positive (got ${rowHeight})`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0 (got ${count})`);
  if (!Number.isInteger(overscan) || overscan < 0)
    throw new RangeError(`overscan must be a whole number ≥ 0 (got ${overscan})`);
  const totalHeight = count * rowHeight;
  if (count === 0) return { start: 0, end: 0, offsetTop: 0, totalHeight: 0 };
  const height = Math.max(0, Number.isFinite(viewportHeight) ? viewportHeight : 0);
  const maxTop = Math.max(0, totalHeight - height);
  const top = Math.min(maxTop, Math.max(0, Number.isFinite(input.scrollTop) ? input.scrollTop : 0));
  const first = Math.floor(top / rowHeight);
  // A viewport of zero height (not laid out yet) still shows one row, so that the list is never empty.
  const last = Math.max(first + 1, Math.ceil((top + height) / rowHeight));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + overscan);
  return { start, end, offsetTop: start * rowHeight, totalHeight };
}

/**
 * The pages (of `pageSize` rows, numbered from 0) that hold rows `start` to `end` (exclusive).
 * @example
 * pagesOf(95, 210, 100); // → [0, 1, 2]
 */
export function pagesOf(start: number, end: number, pageSize: number): number[] {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a whole number ≥ 1 (got ${pageSize})`);
  if (end <= start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(start / pageSize); p <= Math.floor((end - 1) / pageSize); p++) pages.push(p);
  return pages;
}

/**
 * The scrollTop that brings row `index` into view, or undefined when it is in view already (for keyboard moves).
 * @example
 * scrollToShow(20, 0, 400, 50); // → 650 (row 20 at the bottom edge)
 */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number) {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return undefined;
}
