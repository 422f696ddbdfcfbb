import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rma } from '@evidens/meta';
import { forestFromRma, forestFromSubgroups, forestPlot, ReportError } from '../src/index.js';
import { BCG_ARMS, BCG_LABELS, BCG_ROB } from './fixtures/bcg.js';
import { bcgEffects, bcgFit, bcgSubgroups, magnesiumForest } from './fixtures/examples.js';
import { elements, groups, overPrecise, pointsOf, texts } from './support/svg.js';

const options = { measure: 'RR' as const, arms: BCG_ARMS, rob: BCG_ROB, labels: BCG_LABELS };

/** Pixel position of an analysis-scale value, read off the drawn axis and its first and last tick labels. */
function axisReader(svg: string, log: boolean) {
  const axis = elements(svg, 'line', 'axis')[0];
  const ticks = groups(svg, 'tick').map((g) => Number((/>([^<]+)<\/text>/.exec(g)?.[1] ?? '').replace(',', '.')));
  const lo = log ? Math.log(ticks[0]) : ticks[0];
  const hi = log ? Math.log(ticks[ticks.length - 1]) : ticks[ticks.length - 1];
  const x1 = Number(axis.x1);
  const x2 = Number(axis.x2);
  return (v: number) => x1 + ((v - lo) / (hi - lo)) * (x2 - x1);
}

describe('forestPlot from rma (BCG, 13 trials)', () => {
  const fit = bcgFit();
  const svg = forestPlot(forestFromRma(fit, options));

  test('one row per study, with its label', () => {
    const rows = groups(svg, 'study');
    assert.equal(rows.length, 13);
    assert.match(rows[0], />Aronson 1948</);
    assert.match(rows[12], />Comstock et al 1976</);
  });

  test('the total diamond sits on the pooled estimate and its interval on the axis', () => {
    const x = axisReader(svg, true);
    const [left, top, right, bottom] = pointsOf(elements(svg, 'polygon', 'total')[0].points);
    assert.ok(Math.abs(top[0] - x(fit.beta[0])) < 0.002, `${top[0]} vs ${x(fit.beta[0])}`);
    assert.equal(top[0], bottom[0]);
    assert.ok(Math.abs(left[0] - x(fit.ciLb[0])) < 0.002);
    assert.ok(Math.abs(right[0] - x(fit.ciUb[0])) < 0.002);
  });

  test('each square sits on its study estimate', () => {
    const x = axisReader(svg, true);
    const squares = elements(svg, 'rect', 'square');
    assert.equal(squares.length, 13);
    squares.forEach((s, i) => {
      const cx = Number(s.x) + Number(s.width) / 2;
      assert.ok(Math.abs(cx - x(fit.yi[i])) < 0.002, `study ${i + 1}`);
    });
  });

  test('the weight column holds the engine weights and adds up to 100 %', () => {
    const shown = texts(svg, 'weight').map((t) => Number(t.content.replace('%', '')));
    assert.equal(shown.length, 13);
    shown.forEach((w, i) => {
      assert.equal(w, Number(fit.weights[i].toFixed(1)));
    });
    assert.ok(Math.abs(shown.reduce((a, b) => a + b, 0) - 100) <= 0.05 * 13);
    const input = forestFromRma(fit, options);
    const exact = input.sections[0].studies.reduce((s, st) => s + st.weight, 0);
    assert.ok(Math.abs(exact - 100) < 1e-9);
    assert.match(svg, />100\.0%</);
  });

  test('the statistics lines are the engine numbers', () => {
    assert.match(
      svg,
      new RegExp(
        `Tau² = ${fit.tau2.toFixed(2)}; Chi² = ${fit.QE.toFixed(2)}, df = 12 \\(P &#60; 0\\.00001\\); I² = ${fit.I2.toFixed(0)}%`,
      ),
    );
    assert.match(svg, new RegExp(`Test for overall effect: Z = ${Math.abs(fit.zval[0]).toFixed(2)}`));
    assert.match(svg, />0\.49 \[0\.34, 0\.70\]</);
  });

  test('arm totals and total events are the sums of the data', () => {
    assert.match(svg, />191064</);
    assert.match(svg, />166283</);
    assert.match(svg, />1065</);
    assert.match(svg, />1510</);
  });

  test('the prediction interval is drawn from the engine limits', () => {
    const x = axisReader(svg, true);
    const bar = elements(svg, 'rect', 'prediction')[0];
    assert.ok(Math.abs(Number(bar.x) - x(fit.piLb!)) < 0.002);
    assert.ok(Math.abs(Number(bar.x) + Number(bar.width) - x(fit.piUb!)) < 0.003);
  });

  test('risk-of-bias circles beside each study, with the legend', () => {
    const rows = groups(svg, 'study');
    for (const r of rows) assert.equal((r.match(/<g class="rob /g) ?? []).length, 6);
    assert.equal((rows[4].match(/rob-high/g) ?? []).length, 2);
    assert.match(svg, /\(D1\) Bias arising from the randomization process/);
    assert.match(svg, />Some concerns</);
  });

  test('a ratio axis is logarithmic, symmetric about 1, with a null line at 1', () => {
    const x = axisReader(svg, true);
    const ticks = groups(svg, 'tick')
      .map((g) => /x1="([^"]+)"/.exec(g)![1])
      .map(Number);
    assert.deepEqual(
      groups(svg, 'tick').map((g) => />([^<]+)<\/text>/.exec(g)![1]),
      ['0.05', '0.2', '1', '5', '20'],
    );
    assert.ok(Math.abs(ticks[2] - (ticks[0] + ticks[4]) / 2) < 0.002);
    assert.ok(Math.abs(Number(elements(svg, 'line', 'null-line')[0].x1) - x(0)) < 0.002);
    assert.match(svg, /Favours BCG|Favours experimental/);
  });

  test('numbers in attributes have at most three decimals, and nothing is NaN', () => {
    assert.deepEqual(overPrecise(svg), []);
    assert.doesNotMatch(svg, /NaN|Infinity|undefined/);
  });

  test('an accessible title and description, viewBox, width and height', () => {
    assert.match(
      svg,
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img"/,
    );
    assert.match(svg, /<title>Forest plot: Risk Ratio \(IV, Random, 95% CI\)<\/title>/);
    assert.match(svg, /<desc>13 studies\. Total \(95% CI\): 0\.49 \[0\.34, 0\.70\]\.<\/desc>/);
  });
});

describe('forestPlot clipping', () => {
  test('an interval running past the axis ends in an arrow, one per clipped side', () => {
    const input = forestFromRma(bcgFit(), { ...options, axis: { ticks: [0.2, 0.5, 1, 2, 5] } });
    const svg = forestPlot(input);
    const rows = groups(svg, 'study');
    const fit = bcgFit();
    const z = 1.959964;
    fit.yi.forEach((y, i) => {
      const se = Math.sqrt(fit.vi[i]);
      const expected = Number(y - z * se < Math.log(0.2)) + Number(y + z * se > Math.log(5));
      assert.equal((rows[i].match(/class="arrow"/g) ?? []).length, expected, BCG_LABELS[i]);
    });
    // Rosenthal 1960 (0.07 to 0.92) is cut on the left; Stein & Aronson 1953 (0.39 to 0.54) is not.
    assert.match(rows[2], /class="arrow"/);
    assert.doesNotMatch(rows[5], /class="arrow"/);
  });

  test('a study whose estimate is off the axis keeps its arrow but draws no square', () => {
    const svg = forestPlot({
      log: true,
      effectLabel: 'Risk Ratio',
      methodLabel: 'IV, Fixed, 95% CI',
      axis: { ticks: [0.5, 1, 2] },
      sections: [{ studies: [{ label: 'Far', yi: Math.log(4), ci: [Math.log(3), Math.log(6)], weight: 100 }] }],
    });
    assert.equal(elements(svg, 'rect', 'square').length, 0);
    assert.equal(elements(svg, 'polygon', 'arrow').length, 1);
  });
});

describe('forestPlot with subgroups (BCG by allocation)', () => {
  const s = bcgSubgroups();
  const svg = forestPlot(
    forestFromSubgroups(s, {
      ...options,
      groupOrder: ['random', 'alternate', 'systematic'],
      groupLabels: { random: 'Random', alternate: 'Alternate', systematic: 'Systematic' },
    }),
  );

  test('a heading, subtotal diamond and statistics lines per subgroup', () => {
    assert.deepEqual(
      groups(svg, 'heading').map((g) => />([^<]+)</.exec(g)![1]),
      ['Random', 'Alternate', 'Systematic'],
    );
    assert.equal(elements(svg, 'polygon', 'subtotal').length, 3);
    assert.equal(elements(svg, 'polygon', 'total').length, 1);
    assert.equal(groups(svg, 'study').length, 13);
    assert.equal((svg.match(/Heterogeneity: Tau²/g) ?? []).length, 4);
  });

  test('subgroup sizes follow dat.bcg: 7 random, 2 alternate, 4 systematic', () => {
    const sizes = Object.fromEntries(s.subgroups.map((g) => [g.name, g.fit.k]));
    assert.deepEqual(sizes, { alternate: 2, random: 7, systematic: 4 });
  });

  test('study weights are the overall model weights; subtotal weights are their sums', () => {
    const input = forestFromSubgroups(s, options);
    const all = input.sections.flatMap((sec) => sec.studies.map((st) => st.weight));
    assert.ok(Math.abs(all.reduce((a, b) => a + b, 0) - 100) < 1e-9);
    for (const sec of input.sections) {
      const sum = sec.studies.reduce((a, st) => a + st.weight, 0);
      assert.ok(Math.abs(sec.subtotal!.weight - sum) < 1e-9);
    }
  });

  test('each subtotal diamond sits on its subgroup estimate', () => {
    const x = axisReader(svg, true);
    const order = ['random', 'alternate', 'systematic'];
    elements(svg, 'polygon', 'subtotal').forEach((d, i) => {
      const fit = s.subgroups.find((g) => g.name === order[i])!.fit;
      assert.ok(Math.abs(pointsOf(d.points)[1][0] - x(fit.beta[0])) < 0.002, order[i]);
    });
  });

  test('the test for subgroup differences is the engine one', () => {
    assert.match(
      svg,
      new RegExp(
        `Test for subgroup differences: Chi² = ${s.Qb.toFixed(2)}, df = 2 \\(P = ${s.QbP.toFixed(2)}\\), I² = ${s.I2b.toFixed(0)}%`,
      ),
    );
  });
});

describe('forestPlot in Danish', () => {
  const svg = forestPlot(forestFromSubgroups(bcgSubgroups(), { ...options, lang: 'da' }));

  test('Danish labels', () => {
    for (const s of ['Studie eller undergruppe', 'Hændelser', 'Vægt', 'I alt (95 % KI)', 'Subtotal (95 % KI)']) {
      assert.ok(svg.includes(s), s);
    }
    assert.match(svg, /Test for forskel mellem undergrupper: Chi² = \d+,\d\d/);
    assert.match(svg, /Til fordel for eksperimentel/);
    assert.match(svg, /Forklaring til risiko for bias/);
  });

  test('decimal commas, a semicolon between limits, a space before %', () => {
    assert.match(svg, />0,49 \[0,34; 0,70\]</);
    assert.match(svg, />100,0 %</);
    assert.match(svg, />0,05</);
    assert.doesNotMatch(svg, />\d+\.\d+/);
  });

  test('continuous data keep one decimal per column, with commas', () => {
    const da = magnesiumForest('da');
    const en = magnesiumForest('en');
    assert.match(en, />3\.0</);
    assert.match(da, />3,0</);
    assert.match(da, />Gns\.</);
    assert.match(en, /Mean Difference/);
    assert.match(da, /Middelforskel/);
  });
});

describe('forestPlot input checks', () => {
  const base = {
    log: true,
    effectLabel: 'Risk Ratio',
    methodLabel: 'IV, Random, 95% CI',
  };

  test('names the study row and field of a bad number', () => {
    assert.throws(
      () =>
        forestPlot({
          ...base,
          sections: [
            {
              studies: [
                { label: 'A', yi: 0.1, vi: 0.1, weight: 50 },
                { label: 'B', yi: 0.2, vi: 0.1, weight: Number.NaN },
              ],
            },
          ],
        }),
      (e: unknown) =>
        e instanceof ReportError && e.message === 'study 2 (sections[0]).weight must be a finite number (got NaN)',
    );
  });

  test('a study needs ci or vi, cells per arm column, known judgements', () => {
    assert.throws(
      () => forestPlot({ ...base, sections: [{ studies: [{ label: 'A', yi: 0, weight: 1 }] }] }),
      /needs ci or a non-negative vi/,
    );
    assert.throws(
      () =>
        forestPlot({
          ...base,
          armColumns: ['events', 'total'],
          sections: [
            { studies: [{ label: 'A', yi: 0, vi: 1, weight: 1, arms: { experimental: [1], control: [1, 2] } }] },
          ],
        }),
      /arms\.experimental has 1 cells but armColumns has 2/,
    );
    assert.throws(
      () =>
        forestPlot({
          ...base,
          sections: [{ studies: [{ label: 'A', yi: 0, vi: 1, weight: 1, rob: { D1: 'unclear' as 'low' } }] }],
        }),
      /rob\.D1 must be one of low, some-concerns, high, no-information \(got unclear\)/,
    );
    assert.throws(() => forestPlot({ ...base, lang: 'de' as 'da', sections: [] }), /lang must be one of da, en/);
    assert.throws(() => forestPlot({ ...base, sections: [{ studies: [] }] }), /no studies/);
  });

  test('the adapters refuse a meta-regression', () => {
    const { yi, vi } = bcgEffects();
    const fit = rma({ yi, vi, mods: [{ name: 'x', values: yi.map((_, i) => i) }] });
    assert.throws(() => forestFromRma(fit, options), /intercept-only/);
  });

  test('studies the engine dropped for missing values are matched by row', () => {
    const { yi, vi } = bcgEffects();
    const fit = rma({ yi: [null, ...yi.slice(1)], vi });
    const input = forestFromRma(fit, options);
    assert.equal(input.sections[0].studies.length, 12);
    assert.equal(input.sections[0].studies[0].label, 'Ferguson & Simes 1949');
    assert.deepEqual(input.sections[0].studies[0].arms?.experimental, [6, 306]);
    // The totals leave out the dropped study's arms.
    assert.equal(input.overall?.totals?.experimental[1], 191064 - 123);
  });

  test('a single study gets no heterogeneity line', () => {
    const fit = rma({ yi: [0.1], vi: [0.04], method: 'EE' });
    const svg = forestPlot(forestFromRma(fit, { measure: 'MD', labels: ['Only'] }));
    assert.doesNotMatch(svg, /Heterogeneity/);
    assert.match(svg, /IV, Fixed, 95% CI/);
    assert.match(svg, /Test for overall effect: Z = 0\.50/);
  });
});
