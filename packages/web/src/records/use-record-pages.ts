/**
 * The records of a list, fetched a page at a time as rows come into view: a cache of pages per filter, the total, and
 * which rows are loaded. A new filter (or a reload) starts a new cache; answers for an old one are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/errors';
import { listRecords, type RecordFilter, type RecordSummary } from '../api/records';
import { pagesOf } from './visible-range';

/** Rows per request: the server sorts the whole list for any page, so a larger page costs it little more. */
export const PAGE_SIZE = 200;
/** While the list scrolls, pages are asked for once it has been still this long… */
const SETTLE_MS = 120;
/** …or at the latest this long after the first unasked row came into view, so that slow scrolling still fills in. */
const MAX_WAIT_MS = 400;

export interface RecordPages {
  /** Undefined until the first page has come. */
  total: number | undefined;
  /** The row at `index`, or undefined while its page loads. */
  row: (index: number) => RecordSummary | undefined;
  /** Asks for the pages holding rows `start` to `end` (exclusive). */
  want: (start: number, end: number) => void;
  error: string | undefined;
  /** Forgets every page (after records were added). */
  reload: () => void;
}

export function useRecordPages(reviewId: string, filter: RecordFilter): RecordPages {
  const [total, setTotal] = useState<number>();
  const [error, setError] = useState<string>();
  const [, setVersion] = useState(0);
  const [generation, setGeneration] = useState(0);
  const pages = useRef(new Map<number, RecordSummary[]>());
  const asked = useRef(new Set<number>());
  const token = useRef(0);
  const lastKey = useRef<string>(undefined);
  const key = `${filter.q}\u0000${filter.searchId}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter is known by its key
  const fetchPage = useCallback(
    (page: number) => {
      if (asked.current.has(page)) return;
      asked.current.add(page);
      const mine = token.current;
      listRecords(reviewId, filter, page * PAGE_SIZE, PAGE_SIZE).then(
        (answer) => {
          if (mine !== token.current) return;
          pages.current.set(page, answer.items);
          setTotal(answer.total);
          setError(undefined);
          setVersion((v) => v + 1);
        },
        (e: unknown) => {
          if (mine !== token.current) return;
          asked.current.delete(page);
          setError(messageOf(e));
        },
      );
    },
    [reviewId, key],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter or a reload starts over
  useEffect(() => {
    token.current++;
    pages.current = new Map();
    asked.current = new Set();
    // A reload keeps the old total until the new one comes, so that the list does not collapse and jump.
    if (lastKey.current !== key) setTotal(undefined);
    lastKey.current = key;
    setError(undefined);
    fetchPage(0);
  }, [fetchPage, generation]);

  // Scrolling fast through 50,000 rows passes hundreds of pages; asking for each would queue work on the server that
  // nobody waits for. The rows in view when the scrolling settles (or every MAX_WAIT_MS) are the ones asked for.
  const latest = useRef<[number, number]>([0, 0]);
  const settle = useRef<ReturnType<typeof setTimeout>>(undefined);
  const firstWait = useRef(0);
  const flush = useCallback(() => {
    clearTimeout(settle.current);
    settle.current = undefined;
    firstWait.current = 0;
    for (const p of pagesOf(latest.current[0], latest.current[1], PAGE_SIZE)) fetchPage(p);
  }, [fetchPage]);
  const want = useCallback(
    (start: number, end: number) => {
      latest.current = [start, end];
      if (pagesOf(start, end, PAGE_SIZE).every((p) => asked.current.has(p))) return;
      const now = Date.now();
      if (firstWait.current === 0) firstWait.current = now;
      clearTimeout(settle.current);
      const left = MAX_WAIT_MS - (now - firstWait.current);
      settle.current = setTimeout(flush, Math.max(0, Math.min(SETTLE_MS, left)));
    },
    [flush],
  );
  useEffect(() => () => clearTimeout(settle.current), []);
  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { total, row, want, error, reload };
}
