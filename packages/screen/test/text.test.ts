/**
 * Words, stop words, Snowball stems and the language guess, on English and Danish examples. Expected stems are the
 * Snowball project's own outputs for these words (snowballstem.org's demo and its English and Danish vocabularies).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyse, detectLanguage, STOP_WORDS, stemmerFor, words } from '../src/index.js';

describe('words', () => {
  test('lower case, letters and digits, hyphens split, single characters and pure numbers dropped', () => {
    assert.deepEqual(words('Double-blind RCT of 40 patients: Æblet (5-HT1B) a'), [
      'double',
      'blind',
      'rct',
      'of',
      'patients',
      'æblet',
      'ht1b',
    ]);
  });

  test('NFKC: a ligature and full-width letters read as plain letters', () => {
    assert.deepEqual(words('ﬁbrosis ＭＲＩ'), ['fibrosis', 'mri']);
  });

  test('empty text gives no words', () => {
    assert.deepEqual(words(''), []);
    assert.deepEqual(words(' 12 , 3 '), []);
  });
});

describe('stop words', () => {
  test('English and Danish lists hold their function words', () => {
    for (const w of ['the', 'of', 'and', 'with']) assert.ok(STOP_WORDS.en.has(w), w);
    for (const w of ['og', 'af', 'på', 'ikke', 'med']) assert.ok(STOP_WORDS.da.has(w), w);
    assert.ok(!STOP_WORDS.en.has('magnesium'));
  });
});

describe('Snowball stemmers', () => {
  test('English (Porter2)', () => {
    const stem = stemmerFor('en');
    assert.deepEqual(
      ['randomised', 'randomized', 'studies', 'patients', 'generously', 'connection', 'cramps'].map(stem),
      ['randomis', 'random', 'studi', 'patient', 'generous', 'connect', 'cramp'],
    );
  });

  test('Danish', () => {
    const stem = stemmerFor('da');
    assert.deepEqual(['behandlingen', 'patienterne', 'undersøgelser', 'sygdomme', 'kramper'].map(stem), [
      'behandling',
      'patient',
      'undersøg',
      'sygdom',
      'kramp',
    ]);
  });
});

describe('language and analysis', () => {
  test('the language is guessed from stop words that belong to one language only', () => {
    assert.equal(detectLanguage(words('Effekten af magnesium på natlige kramper hos ældre')), 'da');
    assert.equal(detectLanguage(words('The effect of magnesium on nocturnal cramps in the elderly')), 'en');
    assert.equal(detectLanguage([]), 'en');
  });

  test('English: stop words out, stems, then bigrams of adjacent stems', () => {
    assert.deepEqual(analyse('The effects of randomised trials'), [
      'effect',
      'randomis',
      'trial',
      'effect randomis',
      'randomis trial',
    ]);
  });

  test('Danish: Danish stop words and stems (Snowball undoubles the final "kt" of effekt)', () => {
    assert.deepEqual(analyse('Effekten af magnesium på kramper', { bigrams: false }), ['effek', 'magnesium', 'kramp']);
  });

  test('Danish stop words are not removed from English text ("under" and "over" are Danish stop words)', () => {
    assert.deepEqual(analyse('Children under five', { bigrams: false }), ['children', 'five']);
    assert.deepEqual(analyse('Børn under fem år med astma', { bigrams: false }), ['børn', 'år', 'astma']);
  });
});
