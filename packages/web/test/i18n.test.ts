import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DICTIONARIES, formatCount, formatNumber, LANGUAGES, parseNumber, translate } from '../src/i18n/messages';

describe('dictionaries', () => {
  it('have the same keys in Danish and English, none empty', () => {
    const en = Object.keys(DICTIONARIES.en).sort();
    const da = Object.keys(DICTIONARIES.da).sort();
    assert.deepEqual(da, en);
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(DICTIONARIES[lang])) assert.ok(text.trim() !== '', `${lang} ${key}`);
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(DICTIONARIES.en) as (keyof typeof DICTIONARIES.en)[]) {
      assert.deepEqual(names(DICTIONARIES.da[key]), names(DICTIONARIES.en[key]), key);
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    assert.equal(translate('da', 'screen.remaining', { n: 3 }), '3 tilbage i køen');
    assert.equal(translate('en', 'screen.remaining', { n: 3 }), '3 left in the queue');
    assert.equal(translate('en', 'screen.remaining'), '{n} left in the queue');
  });

  it('translate every label the screens use, not English in Danish', () => {
    assert.equal(translate('da', 'screen.include'), 'Inkludér');
    assert.equal(translate('da', 'nav.analysis'), 'Analyse');
  });
});

describe('numbers', () => {
  it('use a decimal comma in Danish and a point in English', () => {
    assert.equal(formatNumber('da', 0.02898, 2), '0,03');
    assert.equal(formatNumber('en', 0.02898, 2), '0.03');
    assert.equal(formatNumber('da', 1234.5, 1), '1234,5');
    assert.equal(formatNumber('en', 1234.5, 1), '1234.5');
  });

  it('round half away and keep the sign of negatives', () => {
    assert.equal(formatNumber('en', -0.40861, 2), '-0.41');
    assert.equal(formatNumber('da', -0.40861, 2).replace('\u2212', '-'), '-0,41');
    assert.equal(formatNumber('en', 71.099, 0), '71');
  });

  it('show a dash for a number that is not finite', () => {
    assert.equal(formatNumber('en', Number.NaN), '–');
    assert.equal(formatNumber('da', Number.POSITIVE_INFINITY), '–');
  });

  it('group thousands in counts as each language does', () => {
    assert.equal(formatCount('da', 12345), '12.345');
    assert.equal(formatCount('en', 12345), '12,345');
  });

  it('read numbers typed in either notation', () => {
    assert.equal(parseNumber('0,25'), 0.25);
    assert.equal(parseNumber(' 11.8 '), 11.8);
    assert.equal(parseNumber('\u22121,5'), -1.5);
    assert.equal(parseNumber('.5'), 0.5);
    assert.equal(parseNumber(''), undefined);
    assert.equal(parseNumber('1,2,3'), undefined);
    assert.equal(parseNumber('abc'), undefined);
  });
});
