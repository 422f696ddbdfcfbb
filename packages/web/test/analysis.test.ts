import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadReview, type Review } from '@evidens/review';
import { computeAnalysis } from '../src/analysis/compute';
import { editableFields, pairItems, setAt } from '../src/analysis/edit';

const EXAMPLE = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;

describe('computeAnalysis on the magnesium example', () => {
  let review: Review;
  before(async () => {
    ({ review } = await loadReview(EXAMPLE));
  });

  it('pools the cramps MD as the report does (MD 0.03, 95% CI −0.41 to 0.47)', () => {
    const view = computeAnalysis(review, 'cramps-md', 'en');
    assert.ok(view.pooled);
    assert.equal(view.pooled.measure, 'MD');
    assert.equal(view.pooled.estimate.toFixed(2), '0.03');
    assert.equal(view.pooled.ciLb.toFixed(2), '-0.41');
    assert.equal(view.pooled.ciUb.toFixed(2), '0.47');
    assert.equal(view.pooled.level, 95);
    assert.equal(view.pooled.k, 4);
    assert.ok(view.svg?.startsWith('<svg'));
    assert.match(view.svg ?? '', /0\.03/);
  });

  it('draws the figure in Danish with a decimal comma', () => {
    const svg = computeAnalysis(review, 'cramps-md', 'da').svg ?? '';
    assert.match(svg, /0,03/);
  });

  it('gives a ratio on its natural scale', () => {
    const view = computeAnalysis(review, 'responders-rr', 'en');
    assert.equal(view.pooled?.measure, 'RR');
    assert.equal(view.pooled?.estimate.toFixed(2), Math.exp(0.8556660616803627).toFixed(2));
  });

  it('recomputes when a study number changes', () => {
    const index = review.data.findIndex((d) => d.outcome === 'cramps-per-week' && d.arms);
    const before = computeAnalysis(review, 'cramps-md', 'en').pooled?.estimate ?? Number.NaN;
    const mean = review.data[index].arms?.intervention.mean ?? 0;
    const edited = {
      ...review,
      data: review.data.map((d, i) => (i === index ? setAt(d, ['arms', 'intervention', 'mean'], mean + 20) : d)),
    };
    const after = computeAnalysis(edited, 'cramps-md', 'en').pooled?.estimate ?? Number.NaN;
    assert.ok(after > before + 0.1, `${before} → ${after}`);
  });

  it('throws for an analysis the protocol does not plan', () => {
    assert.throws(() => computeAnalysis(review, 'nope', 'en'), /no analysis nope/);
  });
});

describe('editing helpers', () => {
  it('offer the numbers an entry reports, intervention first', () => {
    const fields = editableFields({
      study: 's',
      outcome: 'o',
      arms: { intervention: { n: 10, mean: 1.5, sd: 2 }, comparator: { n: 9, events: 3 } },
    });
    assert.deepEqual(
      fields.map((f) => [f.path.join('.'), f.value]),
      [
        ['arms.intervention.n', 10],
        ['arms.intervention.mean', 1.5],
        ['arms.intervention.sd', 2],
        ['arms.comparator.events', 3],
        ['arms.comparator.n', 9],
      ],
    );
    assert.deepEqual(
      editableFields({ study: 's', outcome: 'o', paired: { md: -1, se: 0.4 } }).map((f) => f.name),
      ['md', 'se'],
    );
  });

  it('set a value by path without touching the original', () => {
    const original = { a: { b: 1, c: { d: 2 } }, e: [1] };
    const copy = setAt(original, ['a', 'c', 'd'], 5);
    assert.deepEqual(copy, { a: { b: 1, c: { d: 5 } }, e: [1] });
    assert.equal(original.a.c.d, 2);
    assert.equal(copy.e, original.e);
  });

  it('pair model entries with stored items by key, then by position', () => {
    const entries = [
      { study: 'a', outcome: 'o' },
      { study: 'b', outcome: 'o', timepoint: '4 w' },
      { study: 'c', outcome: 'o' },
    ];
    const docs = [
      { study: 'b', outcome: 'o', timepoint: '4 w' },
      { study: 'a', outcome: 'o' },
      { study: 'x', outcome: 'o' },
    ];
    assert.deepEqual(pairItems(entries, docs), [1, 0, 2]);
  });
});
