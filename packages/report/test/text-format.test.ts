import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { autoAxis, formatInterval, formatNumber, formatP, formatPercent, textWidth, wrapText } from '../src/index.js';
import { BOLD_WIDTHS, REGULAR_WIDTHS } from '../src/text/char-widths.js';

describe('formatting', () => {
  test('decimal comma and minus sign; no negative zero', () => {
    assert.equal(formatNumber(-0.4128, 2, 'da'), '\u22120,41');
    assert.equal(formatNumber(-0.001, 2, 'en'), '0.00');
    assert.equal(formatPercent(12.345, 1, 'en'), '12.3%');
    assert.equal(formatPercent(12.345, 1, 'da'), '12,3 %');
    assert.equal(formatInterval(0.489, 0.344, 0.696, 2, 'da'), '0,49 [0,34; 0,70]');
  });

  test('P values as RevMan prints them', () => {
    assert.equal(formatP(0.3912, 'en'), '= 0.39');
    assert.equal(formatP(0.0097, 'en'), '= 0.01');
    assert.equal(formatP(0.00034, 'en'), '= 0.0003');
    assert.equal(formatP(0.0000999, 'en'), '= 0.0001');
    assert.equal(formatP(0.000003, 'da'), '< 0,00001');
  });
});

describe('text width and wrapping', () => {
  test('widths are Liberation Sans (Arial) advance widths', () => {
    assert.equal(REGULAR_WIDTHS.a, 0.5562);
    assert.equal(REGULAR_WIDTHS.W, 0.9438);
    assert.ok(BOLD_WIDTHS.a > 0.55);
    assert.ok(Math.abs(textWidth('Total', 10) - 22.2) < 0.1);
    assert.ok(textWidth('Total', 10, true) > textWidth('Total', 10));
  });

  test('wrapping keeps every line inside the width and every word', () => {
    const s = 'Records marked as ineligible by automation tools (n\u00a0=\u00a012)';
    const lines = wrapText(s, 150, 11);
    assert.ok(lines.length > 1);
    for (const l of lines) assert.ok(textWidth(l, 11) <= 150);
    assert.equal(lines.join(' '), s);
    assert.ok(lines[lines.length - 1].endsWith('(n\u00a0=\u00a012)'));
  });

  test('a word longer than the line is broken; newlines are kept', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, 11);
    assert.ok(lines.length > 1);
    assert.equal(lines.join(''), 'Supercalifragilisticexpialidocious');
    assert.deepEqual(wrapText('a\nb', 100, 11), ['a', 'b']);
  });
});

describe('axes', () => {
  test('ratio axes are RevMan scales covering the values', () => {
    const ticks = (vs: number[]) =>
      autoAxis(vs.map(Math.log), true).ticks.map((t) => Number(Math.exp(t).toPrecision(6)));
    assert.deepEqual(ticks([0.8, 1.3]), [0.5, 0.7, 1, 1.5, 2]);
    assert.deepEqual(ticks([0.3, 1.8]), [0.2, 0.5, 1, 2, 5]);
    assert.deepEqual(ticks([0.07, 6.5]), [0.05, 0.2, 1, 5, 20]);
    assert.deepEqual(ticks([1e-6]), [0.001, 0.1, 1, 10, 1000]);
  });

  test('linear axes are symmetric with round halves', () => {
    assert.deepEqual(autoAxis([-2.14, 0.96], false).ticks, [-4, -2, 0, 2, 4]);
    assert.deepEqual(autoAxis([0.3], false).ticks, [-0.4, -0.2, 0, 0.2, 0.4]);
    assert.deepEqual(autoAxis([0], false).ticks, [-1, -0.5, 0, 0.5, 1]);
  });
});
