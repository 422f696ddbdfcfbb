/**
 * Format detection from content, and the field normalisation every reader shares.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  detectFormat,
  normaliseDoi,
  normalisePages,
  normalisePmid,
  parseAuthor,
  parseYear,
  readAll,
} from '@evidens/biblio';

describe('detectFormat', () => {
  const cases: [string, string, string | undefined][] = [
    ['ris', 'TY  - JOUR\nTI  - Magnesium for leg cramps\nER  - \n', 'export.txt'],
    ['medline', 'PMID- 12345678\nOWN - NLM\nTI  - Magnesium\n', 'pubmed.nbib'],
    ['pubmed-xml', '<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet><PubmedArticle>', 'x.xml'],
    ['pubmed-xml', '<?xml version="1.0"?>\n<MedlineCitationSet>\n<MedlineCitation Owner="NLM">', 'medline.xml.gz'],
    ['endnote-xml', '<?xml version="1.0" encoding="UTF-8"?><xml><records><record>', 'lib.xml'],
    ['bibtex', '% exported\n@article{roffe2002,\n title = {Magnesium}}', 'refs.bib'],
    ['wos', 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Roffe, C\nTI Randomised\nER\n', 'savedrecs.txt'],
    ['csljson', '[{"id": "a", "type": "article-journal"}]', 'items.json'],
    ['csv', 'ID,title,year,author\n1,Magnesium,2002,"Roffe, C"\n', 'records.csv'],
    ['csv', 'title;abstract;label_included\n', 'screening.csv'],
  ];
  for (const [format, text, file] of cases) {
    test(`${format} from its content (${file})`, () => {
      assert.equal(detectFormat(text, file), format);
    });
  }
  test('unknown content is undefined, not a guess', () => {
    assert.equal(detectFormat('just some prose without structure', 'notes.txt'), undefined);
    assert.equal(detectFormat('<html><body></body></html>', 'page.html'), undefined);
  });
  test('reading unknown content reports an unknown_format issue and no records', async () => {
    const r = await readAll({ data: 'just prose', file: 'notes.txt' });
    assert.equal(r.records.length, 0);
    assert.equal(r.issues[0].code, 'unknown_format');
    assert.match(r.issues[0].message, /notes\.txt/);
  });
  test('an unknown --format is refused with the list of formats', async () => {
    // @ts-expect-error: what a user could type on the command line
    const r = await readAll({ data: 'x' }, { format: 'endnote' });
    assert.match(r.issues[0].message, /unknown format endnote; known formats: medline, pubmed-xml, ris/);
  });
});

describe('normalise', () => {
  test('DOIs: lower case, no resolver, no trailing punctuation', () => {
    assert.equal(normaliseDoi('https://doi.org/10.1002/14651858.CD009402.pub3'), '10.1002/14651858.cd009402.pub3');
    assert.equal(normaliseDoi('doi:10.1136/bmj.d2090.'), '10.1136/bmj.d2090');
    assert.equal(normaliseDoi('not a doi'), undefined);
  });
  test('years: first plausible four-digit year', () => {
    assert.equal(parseYear('2002 Mar 12'), 2002);
    assert.equal(parseYear('1998 Dec-1999 Jan'), 1998);
    assert.equal(parseYear('20xx'), undefined);
    assert.equal(parseYear('19999'), undefined);
  });
  test('authors: "Family, Given", MEDLINE initials, "Given Family", groups', () => {
    assert.deepEqual(parseAuthor('Roffe, Christine'), { family: 'Roffe', given: 'Christine' });
    assert.deepEqual(parseAuthor('Roffe C'), { family: 'Roffe', given: 'C' });
    assert.deepEqual(parseAuthor('van der Berg JA'), { family: 'van der Berg', given: 'JA' });
    assert.deepEqual(parseAuthor('Christine Roffe'), { family: 'Roffe', given: 'Christine' });
    assert.deepEqual(parseAuthor('Cochrane Neuromuscular Disease Group'), {
      literal: 'Cochrane Neuromuscular Disease Group',
    });
    assert.equal(parseAuthor('  '), undefined);
  });
  test('pages and PMIDs', () => {
    assert.equal(normalisePages('288–297'), '288-297');
    assert.equal(normalisePages('288', '297'), '288-297');
    assert.equal(normalisePmid('PMID: 12345678'), '12345678');
    assert.equal(normalisePmid('12a'), undefined);
  });
});

describe('raw fields', () => {
  test('a column called constructor or __proto__ is kept like any other', async () => {
    const r = await readAll(
      { data: 'title,constructor,__proto__\nMagnesium,a,b\n', file: 'odd.csv' },
      { format: 'csv' },
    );
    assert.equal(r.records.length, 1);
    assert.deepEqual(r.records[0].raw.constructor, ['a']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(r.records[0].raw, '__proto__')?.value, ['b']);
    assert.equal(JSON.parse(JSON.stringify(r.records[0].raw)).constructor[0], 'a');
  });
});
