import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pagesOf, scrollToShow, visibleRange } from '../src/records/visible-range';

describe('visibleRange', () => {
  it('gives the rows in view and the overscan around them', () => {
    assert.deepEqual(
      visibleRange({ scrollTop: 1000, viewportHeight: 400, rowHeight: 50, count: 50_000, overscan: 2 }),
      {
        start: 18,
        end: 30,
        offsetTop: 900,
        totalHeight: 2_500_000,
      },
    );
  });

  it('keeps the DOM small at 50,000 rows wherever the list is scrolled', () => {
    for (const scrollTop of [0, 123_456, 1_399_000, 2_799_440]) {
      const r = visibleRange({ scrollTop, viewportHeight: 560, rowHeight: 56, count: 50_000 });
      assert.ok(r.end - r.start <= 10 + 2 * 6 + 1, `${r.end - r.start} rows at ${scrollTop}`);
      assert.ok(r.start * 56 <= scrollTop && r.end * 56 >= Math.min(scrollTop + 560, 50_000 * 56));
    }
  });

  it('ends exactly at the last row when scrolled to the bottom', () => {
    const r = visibleRange({
      scrollTop: 2_800_000 - 560,
      viewportHeight: 560,
      rowHeight: 56,
      count: 50_000,
      overscan: 3,
    });
    assert.equal(r.end, 50_000);
    assert.equal(r.start, 50_000 - 10 - 3);
  });

  it('clamps a scroll past either end (elastic scrolling) to the list', () => {
    const above = visibleRange({ scrollTop: -80, viewportHeight: 200, rowHeight: 50, count: 100, overscan: 1 });
    assert.deepEqual([above.start, above.end], [0, 5]);
    const below = visibleRange({ scrollTop: 99_999, viewportHeight: 200, rowHeight: 50, count: 100, overscan: 1 });
    assert.deepEqual([below.start, below.end], [95, 100]);
  });

  it('shows every row of a list shorter than the viewport', () => {
    const r = visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 56, count: 3 });
    assert.deepEqual(r, { start: 0, end: 3, offsetTop: 0, totalHeight: 168 });
  });

  it('gives an empty range for an empty list', () => {
    assert.deepEqual(visibleRange({ scrollTop: 0, viewportHeight: 600, rowHeight: 56, count: 0 }), {
      start: 0,
      end: 0,
      offsetTop: 0,
      totalHeight: 0,
    });
  });

  it('shows one row (plus overscan) before the viewport has a height', () => {
    const r = visibleRange({ scrollTop: 0, viewportHeight: 0, rowHeight: 56, count: 100, overscan: 2 });
    assert.deepEqual([r.start, r.end], [0, 3]);
  });

  it('starts a row that is partly scrolled off in the range', () => {
    const r = visibleRange({ scrollTop: 75, viewportHeight: 100, rowHeight: 50, count: 10, overscan: 0 });
    assert.deepEqual([r.start, r.end], [1, 4]);
  });

  it('refuses a row height, count or overscan that makes no sense', () => {
    assert.throws(
      () => visibleRange({ scrollTop: 0, viewportHeight: 1, rowHeight: 0, count: 1 }),
      /rowHeight must be positive \(got 0\)/,
    );
    assert.throws(
      () => visibleRange({ scrollTop: 0, viewportHeight: 1, rowHeight: 5, count: 1.5 }),
      /count must be a whole number/,
    );
    assert.throws(
      () => visibleRange({ scrollTop: 0, viewportHeight: 1, rowHeight: 5, count: 1, overscan: -1 }),
      /overscan/,
    );
  });
});

describe('pagesOf', () => {
  it('gives the pages holding a range of rows', () => {
    assert.deepEqual(pagesOf(95, 210, 100), [0, 1, 2]);
    assert.deepEqual(pagesOf(100, 200, 100), [1]);
    assert.deepEqual(pagesOf(199, 200, 100), [1]);
  });
  it('gives no pages for an empty range and refuses a page size below 1', () => {
    assert.deepEqual(pagesOf(5, 5, 100), []);
    assert.throws(() => pagesOf(0, 1, 0), /pageSize must be a whole number ≥ 1 \(got 0\)/);
  });
});

describe('scrollToShow', () => {
  it('scrolls down just enough to show a row below the viewport', () => {
    assert.equal(scrollToShow(20, 0, 400, 50), 650);
  });
  it('scrolls up to a row above the viewport', () => {
    assert.equal(scrollToShow(2, 500, 400, 50), 100);
  });
  it('leaves the scroll alone when the row is in view', () => {
    assert.equal(scrollToShow(11, 500, 400, 50), undefined);
  });
});
