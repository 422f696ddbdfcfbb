/**
 * The records as a windowed list box: rows of one fixed height, only those in view (and a few beyond) in the DOM,
 * placed inside a spacer as tall as the whole list. Keyboard: ↑ ↓ Page Up/Down Home End move, Enter opens.
 */
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RecordSummary } from '../api/records';
import { useI18n } from '../i18n/context';
import { scrollToShow, visibleRange } from './visible-range';

/** Pixels per row: two lines of text and padding; the CSS gives .record-row the same height. */
export const ROW_HEIGHT = 56;

export interface VirtualListProps {
  count: number;
  row: (index: number) => RecordSummary | undefined;
  want: (start: number, end: number) => void;
  selectedId: string | undefined;
  onOpen: (record: RecordSummary) => void;
  label: string;
  /** Changes when the filter changes: the list scrolls back to the top. */
  resetKey: string;
}

export function VirtualList(props: VirtualListProps) {
  const { t } = useI18n();
  const { count, row, want, onOpen } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const [active, setActive] = useState(0);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at the top
  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [props.resetKey]);

  const range = visibleRange({ scrollTop, viewportHeight: height, rowHeight: ROW_HEIGHT, count });
  useEffect(() => {
    want(range.start, range.end);
  }, [want, range.start, range.end]);

  const onScroll = () => {
    // One state update per frame, however many scroll events the wheel sends.
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (box.current) setScrollTop(box.current.scrollTop);
    });
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const moveTo = (index: number) => {
    const next = Math.min(count - 1, Math.max(0, index));
    setActive(next);
    const el = box.current;
    if (!el) return;
    const top = scrollToShow(next, el.scrollTop, el.clientHeight, ROW_HEIGHT);
    if (top !== undefined) el.scrollTop = top;
  };
  const perPage = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    // After scrolling with the wheel the keys go on from the rows in view, not from a row scrolled far away.
    const inView = active >= range.start && active < range.end;
    const from = inView ? active : Math.min(count - 1, Math.floor(scrollTop / ROW_HEIGHT));
    if (!inView && e.key.startsWith('Arrow')) {
      e.preventDefault();
      moveTo(from);
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + perPage,
      PageUp: from - perPage,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key] as number);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const r = row(from);
      if (r) {
        e.preventDefault();
        onOpen(r);
      }
    }
  };

  const rows = [];
  for (let i = range.start; i < range.end; i++) {
    const r = row(i);
    const selected = r !== undefined && r.id === props.selectedId;
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: the list box takes the keys for its options (aria-activedescendant)
      <div
        key={i}
        tabIndex={-1}
        id={`record-row-${i}`}
        role="option"
        aria-selected={selected}
        aria-posinset={i + 1}
        aria-setsize={count}
        className={`record-row${i === active ? ' active' : ''}${selected ? ' selected' : ''}${r ? '' : ' pending'}`}
        style={{ top: i * ROW_HEIGHT }}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setActive(i);
          box.current?.focus({ preventScroll: true });
          if (r) onOpen(r);
        }}
      >
        {r ? <RowText record={r} untitled={t('records.untitled')} /> : <span className="muted">…</span>}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      className="record-list"
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-activedescendant={active >= range.start && active < range.end ? `record-row-${active}` : undefined}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div className="record-spacer" style={{ height: range.totalHeight }}>
        {rows}
      </div>
    </div>
  );
}

function RowText({ record, untitled }: { record: RecordSummary; untitled: string }) {
  const authors = record.authors.length > 0 ? `${record.authors.join(', ')}${record.etAl ? ' et al.' : ''}` : '';
  const meta = [authors, record.journal, record.year].filter((x) => x !== null && x !== '' && x !== undefined);
  return (
    <>
      <span className="record-title">{record.title ?? `${untitled} (${record.id})`}</span>
      <span className="record-meta">{meta.length > 0 ? meta.join(' · ') : record.id}</span>
    </>
  );
}
