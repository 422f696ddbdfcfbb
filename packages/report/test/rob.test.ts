import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ReportError, ROB_COLOURS, robShares, robSummary, robTrafficLight } from '../src/index.js';
import { BCG_ROB } from './fixtures/bcg.js';
import { bcgRobStudies } from './fixtures/examples.js';
import { elements, groups, overPrecise } from './support/svg.js';

describe('robTrafficLight', () => {
  const studies = bcgRobStudies();
  const svg = robTrafficLight({ studies });

  test('a row per study with a circle per domain and overall', () => {
    const rows = groups(svg, 'study');
    assert.equal(rows.length, 13);
    for (const r of rows) assert.equal((r.match(/<circle/g) ?? []).length, 6);
  });

  test('colours and symbols follow the judgements', () => {
    const cells = groups(groups(svg, 'study').join(''), 'rob rob-high');
    const expected = BCG_ROB.reduce((n, a) => n + Object.values(a).filter((j) => j === 'high').length, 0);
    assert.equal(cells.length, expected);
    for (const c of cells) {
      assert.match(c, new RegExp(`fill="${ROB_COLOURS.high}"`));
      assert.equal((c.match(/<line/g) ?? []).length, 2); // the ×
    }
    for (const c of groups(svg, 'rob rob-some-concerns')) assert.equal((c.match(/<line/g) ?? []).length, 1); // −
    for (const c of groups(svg, 'rob rob-low')) assert.equal((c.match(/<line/g) ?? []).length, 2); // +
    for (const c of groups(svg, 'rob rob-no-information')) assert.match(c, />\?</);
  });

  test('legend with the domain names and the judgements used', () => {
    assert.match(svg, /D3: Bias due to missing outcome data/);
    for (const name of ['Low', 'Some concerns', 'High', 'No information']) assert.match(svg, new RegExp(`>${name}<`));
    assert.match(svg, />Risk of bias domains</);
  });

  test('Danish', () => {
    const da = robTrafficLight({ studies, lang: 'da' });
    for (const s of ['Samlet', 'Lav', 'Nogen bekymring', 'Høj', 'D1: Bias fra randomiseringsprocessen']) {
      assert.ok(da.includes(s), s);
    }
  });

  test('crossover trials get the DS column in RoB 2 order', () => {
    const x = robTrafficLight({
      studies: [{ label: 'Cross 2001', rob: { D1: 'low', DS: 'some-concerns', D2: 'low', Overall: 'some-concerns' } }],
    });
    const headers = [...x.matchAll(/<text x="[^"]+" y="[^"]+" text-anchor="middle">(D\w|Overall)<\/text>/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(headers, ['D1', 'DS', 'D2', 'Overall']);
    assert.match(x, /DS: Bias arising from period and carryover effects/);
  });

  test('unknown judgements are refused with the study named', () => {
    assert.throws(
      () => robTrafficLight({ studies: [{ label: 'A', rob: { D1: 'bad' as 'low' } }] }),
      (e: unknown) => e instanceof ReportError && e.message.startsWith('studies[0].rob.D1 must be one of'),
    );
  });
});

describe('robSummary', () => {
  const studies = bcgRobStudies();

  test('unweighted bars are the shares of studies, each bar spans the full width', () => {
    const svg = robSummary({ studies });
    const bars = groups(svg, 'bar');
    assert.equal(bars.length, 6);
    const d1 = [...bars[0].matchAll(/class="segment rob-([a-z-]+)" x="[^"]+" y="[^"]+" width="([^"]+)"/g)];
    const count = (j: string) => BCG_ROB.filter((a) => a.D1 === j).length;
    for (const [, j, w] of d1) assert.ok(Math.abs(Number(w) - (360 * count(j)) / 13) < 0.002, j);
    for (const b of bars) {
      const total = [...b.matchAll(/\swidth="([^"]+)"/g)].reduce((s, m) => s + Number(m[1]), 0);
      assert.ok(Math.abs(total - 360) < 0.01);
    }
    assert.match(svg, /<title>High: 46%<\/title>/);
    assert.match(svg, /font-weight="bold"[^>]*>Overall risk of bias</);
  });

  test('weighted bars use the weights', () => {
    const sh = robShares({ studies, weighted: true }, 'Overall');
    const total = studies.reduce((s, st) => s + st.weight, 0);
    const low = studies.filter((s) => s.rob.Overall === 'low').reduce((s, st) => s + st.weight, 0) / total;
    assert.ok(Math.abs(sh.low - low) < 1e-12);
    assert.notEqual(sh.low, 2 / 13);
    assert.throws(
      () => robSummary({ studies: [{ label: 'A', rob: { D1: 'low' } }], weighted: true }),
      /studies\[0\]\.weight must be a finite number/,
    );
  });

  test('Danish percent and names; deterministic', () => {
    const da = robSummary({ studies, lang: 'da' });
    assert.match(da, />50 %</);
    assert.match(da, />Samlet risiko for bias</);
    assert.equal(da, robSummary({ studies, lang: 'da' }));
    assert.deepEqual(overPrecise(da), []);
    assert.equal(elements(da, 'rect', 'segment').length > 0, true);
  });
});
