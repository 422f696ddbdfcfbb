import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadReview, type Review } from '@evidens/review';
import { computeAnalysis, runWithSettings } from '../src/analysis/compute';
import { correlationRows } from '../src/analysis/correlation';
import { editableFields, pairItems, setAt } from '../src/analysis/edit';
import { funnelView } from '../src/analysis/funnel';
import { leaveOneOutRows } from '../src/analysis/leave-one-out';
import { sensitivityRows } from '../src/analysis/sensitivity';
import { measuresFor, protocolWith, rawSettings, settingsOf, settingsProblems } from '../src/analysis/settings';
import { localiseReview } from '../src/analysis/texts';

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

describe('settings → analysis run', () => {
  let review: Review;
  before(async () => {
    ({ review } = await loadReview(EXAMPLE));
  });
  const planned = () => settingsOf(review.analyses.find((a) => a.id === 'cramps-md') as Review['analyses'][number]);

  it("reads the protocol's settings (REML, z, r = 0.5 for the cramps MD)", () => {
    assert.deepEqual(planned(), { measure: 'MD', model: 'random', method: 'REML', test: 'z', correlation: 0.5 });
  });

  it('runs DL with Knapp–Hartung when asked, without changing the review', () => {
    const view = computeAnalysis(review, 'cramps-md', 'en', { settings: { ...planned(), method: 'DL', test: 'knha' } });
    assert.equal(view.run.fit?.method, 'DL');
    assert.equal(view.run.fit?.test, 'knha');
    assert.equal(view.pooled?.test, 'knha');
    // Knapp–Hartung widens the interval of this analysis (z: −0.41 to 0.47).
    assert.ok((view.pooled?.ciLb ?? 0) < -0.7, String(view.pooled?.ciLb));
    assert.equal(review.analyses[0].method, 'REML');
  });

  it('gives a common-effect model no τ² and no prediction interval', () => {
    const view = computeAnalysis(review, 'cramps-md', 'en', { settings: { ...planned(), model: 'common' } });
    assert.equal(view.pooled?.random, false);
    assert.equal(view.pooled?.tau2, 0);
    assert.equal(view.pooled?.piLb, undefined);
  });

  it('reports heterogeneity and the test for subgroup differences under REML and z', () => {
    const view = computeAnalysis(review, 'cramps-md', 'en', { settings: planned() });
    assert.equal(view.pooled?.df, 3);
    assert.equal(view.pooled?.q.toFixed(2), '3.32');
    assert.equal(view.subgroups?.df, 1);
    assert.deepEqual(
      view.subgroups?.groups.map((g) => [g.name, g.k]),
      [
        ['idiopathic', 3],
        ['pregnancy', 1],
      ],
    );
  });

  it('refuses a measure the outcome kind does not allow, and a correlation outside (−1, 1)', () => {
    assert.deepEqual(settingsProblems({ ...planned(), measure: 'RR', correlation: 1 }, 'continuous'), [
      'measure must be one of MD, SMD for a continuous outcome (got RR)',
      'correlation must be between −1 and 1, exclusive (got 1)',
    ]);
    assert.deepEqual(measuresFor('binary'), ['RR', 'OR', 'RD']);
  });

  it('writes the settings into the raw protocol, the rest as written', () => {
    const raw = {
      title: 'T',
      analyses: [{ id: 'cramps-md', measure: 'MD', crossoverCorrelation: 0.5, x: 1 }, { id: 'b' }],
    };
    const out = protocolWith(raw, 'cramps-md', { ...planned(), method: 'DL', correlation: undefined });
    assert.deepEqual(out, {
      title: 'T',
      analyses: [{ id: 'cramps-md', measure: 'MD', model: 'random', method: 'DL', test: 'z', x: 1 }, { id: 'b' }],
    });
    assert.equal(raw.analyses[0].crossoverCorrelation, 0.5);
    assert.throws(() => protocolWith(raw, 'nope', planned()), /the protocol has no analysis nope/);
    assert.equal(rawSettings(out, 'cramps-md')?.method, 'DL');
  });

  it("puts the protocol's texts in the page's language into the model", () => {
    const raw = {
      comparisons: [{ id: 'mg-placebo', intervention: { da: 'Magnesium gennem munden', en: 'Oral magnesium' } }],
    };
    const shown = localiseReview(review, raw, 'en');
    assert.equal(shown.comparisons[0].intervention, 'Oral magnesium');
    assert.equal(shown.data, review.data);
  });
});

describe('sensitivity rows', () => {
  let review: Review;
  before(async () => {
    ({ review } = await loadReview(EXAMPLE));
  });

  it("lists the protocol's own, with the studies each leaves out", () => {
    const rows = sensitivityRows(runWithSettings(review, 'cramps-md'));
    assert.deepEqual(
      rows.map((r) => [r.id, r.k, r.leftOut]),
      [
        ['knha', 4, []],
        ['dl-z', 4, []],
        ['idiopathic', 3, ['Nygaard 2008']],
        ['no-roffe', 3, ['Roffe 2002']],
        ['parallel-only', 2, ['Frusso 1999', 'Roffe 2002']],
        ['no-high-rob', 3, ['Roffe 2002']],
        ['r-0', 4, []],
        ['r-0.8', 4, []],
      ],
    );
  });

  it('leave-one-out: one row per study, each the refit without it', () => {
    const run = runWithSettings(review, 'cramps-md');
    const rows = leaveOneOutRows(run);
    assert.deepEqual(
      rows.map((r) => r.label),
      run.effects.map((e) => e.label),
    );
    // Without Roffe 2002 the refit is the protocol's "no-roffe" sensitivity analysis.
    const noRoffe = sensitivityRows(run).find((r) => r.id === 'no-roffe');
    assert.equal(rows.find((r) => r.study === 'roffe-2002')?.estimate, noRoffe?.estimate);
    assert.ok(rows.every((r) => r.k === 3));
  });

  it('leave-one-out: nothing for a single study', () => {
    const one = { ...review, analyses: review.analyses.map((a) => ({ ...a, studies: ['frusso-1999'] })) };
    assert.deepEqual(leaveOneOutRows(runWithSettings(one, 'cramps-md')), []);
  });

  it('correlation: r from 0 to 0.9, the chosen r matching the main analysis', () => {
    const settings = settingsOf(review.analyses[0]);
    const view = correlationRows(review, 'cramps-md', settings);
    assert.deepEqual(
      view.rows.map((r) => r.r),
      [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
    );
    assert.deepEqual(view.dependent, ['Frusso 1999', 'Roffe 2002']);
    const main = computeAnalysis(review, 'cramps-md', 'en', { settings }).pooled;
    assert.equal(view.rows[5].estimate, main?.estimate);
    assert.notEqual(view.rows[0].estimate, view.rows[9].estimate);
  });

  it('correlation: no dependent study in an analysis without crossovers', () => {
    const rr = review.analyses.find((a) => a.id === 'responders-rr') as Review['analyses'][number];
    assert.deepEqual(correlationRows(review, 'responders-rr', settingsOf(rr)).dependent, []);
  });

  it('funnel: none below ten studies, saying how many there are', () => {
    assert.deepEqual(funnelView(runWithSettings(review, 'cramps-md'), 'en', 'x'), { svg: undefined, k: 4, min: 10 });
  });
});
