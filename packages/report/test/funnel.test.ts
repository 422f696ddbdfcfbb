import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { trimfill } from '@evidens/meta';
import { funnelFromRma, funnelPlot, ReportError } from '../src/index.js';
import { bcgFit } from './fixtures/examples.js';
import { elements, overPrecise, texts } from './support/svg.js';

/** Reads the x scale off the axis ticks (ratio labels) and the frame. */
function xReader(svg: string) {
  const xt = [...svg.matchAll(/<g class="tick x"><line[^>]*x1="([^"]+)"[^>]*\/><text[^>]*>([^<]+)<\/text><\/g>/g)].map(
    (m) => ({ x: Number(m[1]), v: Math.log(Number(m[2].replace(',', '.'))) }),
  );
  const a = xt[0];
  const b = xt[xt.length - 1];
  return (v: number) => a.x + ((v - a.v) / (b.v - a.v)) * (b.x - a.x);
}

describe('funnelPlot (BCG)', () => {
  const fit = bcgFit();
  const tf = trimfill(fit);
  const svg = funnelPlot(funnelFromRma(fit, { measure: 'RR', trimfill: tf }));

  test('one filled point per study, one open point per filled study', () => {
    assert.equal(elements(svg, 'circle', 'study').length, 13);
    assert.equal(tf.k0, 1);
    assert.equal(elements(svg, 'circle', 'filled').length, 1);
    assert.equal(elements(svg, 'circle', 'filled')[0].fill, '#ffffff');
  });

  test('points sit at their effects; the SE axis runs downwards', () => {
    const x = xReader(svg);
    const pts = elements(svg, 'circle', 'study');
    pts.forEach((p, i) => {
      assert.ok(Math.abs(Number(p.cx) - x(fit.yi[i])) < 0.002);
    });
    const se = fit.vi.map(Math.sqrt);
    const most = se.indexOf(Math.min(...se));
    const least = se.indexOf(Math.max(...se));
    assert.ok(Number(pts[most].cy) < Number(pts[least].cy));
    const yTicks = [...svg.matchAll(/<g class="tick y">.*?<text[^>]*>([^<]+)<\/text><\/g>/g)].map((m) => m[1]);
    assert.equal(yTicks[0], '0');
  });

  test('the centre line is the trim-and-fill estimate; pseudo-CI lines meet it at SE 0', () => {
    const x = xReader(svg);
    const est = elements(svg, 'line', 'estimate')[0];
    assert.ok(Math.abs(Number(est.x1) - x(tf.fit.beta[0])) < 0.002);
    const ci = elements(svg, 'line', 'pseudo-ci');
    assert.equal(ci.length, 2);
    for (const l of ci) assert.ok(Math.abs(Number(l.x1) - Number(est.x1)) < 0.002 && l.y1 === est.y1);
  });

  test('three shaded contours about the null (p = 0.10, 0.05, 0.01), apex at 1', () => {
    const x = xReader(svg);
    const contours = elements(svg, 'polygon', 'contour');
    assert.equal(contours.length, 3);
    for (const c of contours) {
      const apex = c.points.split(' ')[0].split(',').map(Number);
      assert.ok(Math.abs(apex[0] - x(0)) < 0.002);
    }
    assert.match(svg, /p ≤ 0\.01/);
    assert.match(svg, /0\.05 &#60; p ≤ 0\.10/);
  });

  test('without contours no shading; without trim and fill no open points', () => {
    const plain = funnelPlot(funnelFromRma(fit, { measure: 'RR', contours: false }));
    assert.equal(elements(plain, 'polygon', 'contour').length, 0);
    assert.equal(elements(plain, 'circle', 'filled').length, 0);
    assert.doesNotMatch(plain, /p ≤ 0\.01/);
  });

  test('Danish axis titles and decimal commas', () => {
    const da = funnelPlot(funnelFromRma(fit, { measure: 'RR', lang: 'da' }));
    assert.match(da, />Standardfejl</);
    assert.match(da, />Risikoratio \(logaritmisk skala\)</);
    assert.match(da, />0,2</);
    assert.ok(texts(da).every((t) => !/\d\.\d/.test(t.content)));
  });

  test('deterministic, three decimals at most', () => {
    assert.equal(svg, funnelPlot(funnelFromRma(fit, { measure: 'RR', trimfill: tf })));
    assert.deepEqual(overPrecise(svg), []);
  });

  test('a standard error must be positive', () => {
    assert.throws(
      () => funnelPlot({ log: false, effectLabel: 'MD', estimate: 0, studies: [{ yi: 1, sei: 0 }] }),
      (e: unknown) => e instanceof ReportError && /studies\[0\]\.sei must be positive \(got 0\)/.test(e.message),
    );
  });
});
