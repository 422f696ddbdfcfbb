import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { prismaFlow, ReportError, textWidth } from '../src/index.js';
import { PRISMA_EXAMPLE } from './fixtures/prisma.js';
import { elements, groups, overPrecise, texts } from './support/svg.js';

describe('prismaFlow', () => {
  const svg = prismaFlow(PRISMA_EXAMPLE);

  test('the template boxes and arrows, with other methods', () => {
    assert.equal(groups(svg, 'box').length, 14);
    assert.equal(elements(svg, 'polygon', 'arrow').length, 13);
    assert.equal(groups(svg, 'phase').length, 3);
    assert.equal(groups(svg, 'banner').length, 2);
  });

  test('databases only: nine boxes, eight arrows, one banner', () => {
    const only = prismaFlow({ ...PRISMA_EXAMPLE, otherMethods: undefined });
    assert.equal(groups(only, 'box').length, 9);
    assert.equal(elements(only, 'polygon', 'arrow').length, 8);
    assert.equal(groups(only, 'banner').length, 1);
    assert.doesNotMatch(only, /other methods/);
  });

  test('every count is shown, per database and reason, with totals', () => {
    const all = texts(svg)
      .map((t) => t.content)
      .join('\n')
      .replaceAll('\u00a0', ' ');
    for (const s of [
      'Databases (n = 1060)',
      'MEDLINE (Ovid) (n = 412)',
      'Registers (n = 58)',
      'Duplicate records removed (n = 431)',
      'Records screened (n = 675)',
      'Records excluded (n = 598)',
      'Reports not retrieved (n = 4)',
      'Reports assessed for eligibility (n = 73)',
      'Wrong comparator (n = 9)',
      'Studies included in review (n = 9)',
      'Reports of included studies (n = 14)',
      'Citation searching (n = 14)',
    ]) {
      assert.ok(all.includes(s), s);
    }
  });

  test('text stays inside its box', () => {
    for (const g of groups(svg, 'box')) {
      const rect = elements(g, 'rect')[0];
      const x0 = Number(rect.x);
      const x1 = x0 + Number(rect.width);
      for (const t of texts(g)) {
        const w = textWidth(t.content, 11);
        const left = t['text-anchor'] === 'middle' ? Number(t.x) - w / 2 : Number(t.x);
        assert.ok(left >= x0 + 4 && left + w <= x1 - 4, `"${t.content}" overflows its box`);
        assert.ok(Number(t.y) > Number(rect.y) && Number(t.y) < Number(rect.y) + Number(rect.height));
      }
    }
  });

  test('a count is never split from its "n ="', () => {
    for (const t of texts(svg)) assert.doesNotMatch(t.content, /\(n$|^= \d|\(n\u00a0=$/);
  });

  test('Danish', () => {
    const da = prismaFlow({ ...PRISMA_EXAMPLE, lang: 'da' });
    for (const s of ['Identifikation af studier via databaser og registre', 'Screenede poster', 'Inkluderet']) {
      assert.ok(da.includes(s), s);
    }
    assert.match(da, /<title>PRISMA 2020-flowdiagram<\/title>/);
  });

  test('deterministic, three decimals at most', () => {
    assert.equal(svg, prismaFlow(PRISMA_EXAMPLE));
    assert.deepEqual(overPrecise(svg), []);
  });

  test('counts must be whole and not negative, named by field', () => {
    assert.throws(
      () => prismaFlow({ ...PRISMA_EXAMPLE, screened: -1 }),
      (e: unknown) =>
        e instanceof ReportError && e.message === 'screened must be a whole number of at least 0 (got -1)',
    );
    assert.throws(
      () => prismaFlow({ ...PRISMA_EXAMPLE, databases: [{ name: 'X', n: 2.5 }] }),
      /databases\[0\]\.n must be a whole number/,
    );
  });
});
