/**
 * Vocabulary and TF-IDF on tiny corpora worked out by hand; the record's terms from title, abstract, keywords and MeSH.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildVocabulary, featurize, recordTermIds, recordTerms, rowDot, TermTable, tfidf } from '../src/index.js';

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);

describe('vocabulary', () => {
  test('min and max document frequency; columns in sorted order', () => {
    const table = new TermTable();
    const docs = table.documents([['b', 'a', 'a'], ['a', 'c'], ['a', 'b'], ['d']]);
    const v = buildVocabulary(docs, table, { minDf: 2, maxDf: 0.75 });
    // a is in 3 of 4 records (0.75, kept), b in 2, c and d in 1 (dropped)
    assert.deepEqual(v.terms, ['a', 'b']);
    assert.deepEqual(Array.from(v.df), [3, 2]);
    assert.equal(v.column[table.word('b')], 1);
    assert.equal(v.column[table.word('c')], -1);
    assert.deepEqual(buildVocabulary(docs, table, { minDf: 1, maxDf: 0.5 }).terms, ['b', 'c', 'd']);
  });

  test('bad options are errors naming the option', () => {
    const table = new TermTable();
    assert.throws(() => buildVocabulary([], table, { minDf: 0 }), /minDf must be a number from 1/);
    assert.throws(() => buildVocabulary([], table, { maxDf: 2 }), /maxDf must be a number from 0 to 1/);
  });
});

describe('TF-IDF', () => {
  // Three records; df(a) = df(b) = 2, df(c) = 1, n = 3.
  // idf(a) = idf(b) = ln(4/3) + 1 = 1.2876820724517808, idf(c) = ln(4/2) + 1 = 1.6931471805599454.
  const table = new TermTable();
  const docs = table.documents([['a', 'b'], ['a'], ['b', 'b', 'c']]);
  const v = buildVocabulary(docs, table, { minDf: 1, maxDf: 1 });

  test('raw counts: record 3 = (2·1.28768, 1.69315) / 3.08209', () => {
    const m = tfidf(docs, v, { sublinear: false });
    assert.deepEqual(Array.from(m.indptr), [0, 2, 3, 5]);
    assert.deepEqual(Array.from(m.indices), [0, 1, 0, 1, 2]);
    close(m.values[0], Math.SQRT1_2, 'record 1, a');
    close(m.values[1], Math.SQRT1_2, 'record 1, b');
    close(m.values[2], 1, 'record 2, a');
    close(m.values[3], 0.8355915419449177, 'record 3, b');
    close(m.values[4], 0.5493512310263033, 'record 3, c');
  });

  test('sublinear tf: b counted twice weighs 1 + ln 2', () => {
    const m = tfidf(docs, v);
    close(m.values[3], 0.7898069290660905, 'record 3, b');
    close(m.values[4], 0.6133555370249717, 'record 3, c');
  });

  test('rows have unit length; a record without known terms is an empty row', () => {
    const m = tfidf(table.documents([['a', 'b'], ['zzz'], []]), v);
    close(rowDot(m, 0, Float64Array.from([m.values[0], m.values[1], 0])), 1, 'squared length');
    assert.deepEqual(Array.from(m.indptr), [0, 2, 2, 2]);
  });
});

describe('record terms', () => {
  test('title, abstract, keywords and MeSH, each analysed apart, plus whole controlled terms', () => {
    const terms = recordTerms({
      title: 'Magnesium for leg cramps',
      abstract: 'A randomised trial.',
      keywords: ['Muscle Cramp'],
      mesh: ['*Magnesium Sulfate/therapeutic use'],
    });
    assert.deepEqual(terms, [
      'magnesium',
      'leg',
      'cramp',
      'magnesium leg',
      'leg cramp',
      'randomis',
      'trial',
      'randomis trial',
      'muscl',
      'cramp',
      'muscl cramp',
      'magnesium',
      'sulfat',
      'therapeut',
      'use',
      'magnesium sulfat',
      'sulfat therapeut',
      'therapeut use',
      '#muscle cramp',
      '#magnesium sulfate',
    ]);
  });

  test('the numbered terms name the same terms as the text ones', () => {
    const record = {
      title: 'Magnesium for leg cramps',
      abstract: 'Leg cramps at night',
      keywords: ['Cramp'],
      mesh: [],
    };
    const table = new TermTable();
    const names = Array.from(recordTermIds(record, table), (id) => table.name(id));
    assert.deepEqual(names, recordTerms(record));
  });

  test('no bigram joins the end of the title to the start of the abstract', () => {
    const terms = recordTerms({ title: 'Cramps', abstract: 'Magnesium' });
    assert.ok(!terms.includes('cramp magnesium'));
  });

  test('featurize: one unit row per record', () => {
    const { matrix, vocabulary } = featurize(
      [{ title: 'magnesium cramps' }, { title: 'magnesium placebo' }, { title: 'cramps placebo' }],
      { minDf: 2, maxDf: 1 },
    );
    assert.deepEqual(vocabulary.terms, ['cramp', 'magnesium', 'placebo']);
    assert.equal(matrix.rows, 3);
    assert.deepEqual(Array.from(matrix.indices), [0, 1, 1, 2, 0, 2]);
  });
});
