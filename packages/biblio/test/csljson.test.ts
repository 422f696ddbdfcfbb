/**
 * The CSL-JSON reader on a fixture written for these tests (a Zotero-style export with the members' usual variants:
 * numbers for strings, particles, literal names, `date-parts`, `raw` dates, ISSN lists), on broken JSON, and on the
 * wrappers some tools put around the array.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readAll } from '@evidens/biblio';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
const read = (text: string) => readAll({ data: text, file: 'items.json' }, { format: 'csljson' });

describe('CSL-JSON reader', () => {
  test('a Zotero-style export: every member mapped, non-objects skipped with an issue', async () => {
    const r = await readAll({ path: fixture('csl-items.json') });
    assert.equal(r.format, 'csljson');
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['lindqvist2021', '42', 'csl-items.json#4'],
    );
    const [a, b, c] = r.records;
    assert.equal(a.type, 'article-journal');
    assert.equal(a.title, 'Magnesium citrate for nocturnal leg cramps in older adults: a randomised crossover trial');
    assert.deepEqual(a.authors, [
      { family: 'Lindqvist', given: 'Maja' },
      { family: 'van Beethoven', given: 'Ludwig' },
      { literal: 'Cramp Trialists Group' },
    ]);
    assert.equal(a.year, 2021);
    assert.equal(a.date, '2021-03-15');
    assert.equal(a.journal, 'Journal of Muscle and Cramp Research');
    assert.equal(a.journalAbbrev, 'J Muscle Cramp Res');
    assert.deepEqual([a.volume, a.issue, a.pages], ['12', '3', '201-209']);
    assert.equal(a.doi, '10.5555/jmcr.2021.0012');
    assert.equal(a.pmid, '31234567');
    assert.equal(a.pmcid, 'PMC7654321');
    assert.deepEqual(a.issn, ['1234-5679']);
    assert.equal(a.url, 'https://example.org/lindqvist');
    assert.deepEqual(a.keywords, ['leg cramps', 'magnesium', 'crossover trial']);
    assert.equal(a.language, 'en');
    assert.deepEqual(a.raw.note, ['a member the record has no field for']);
    assert.deepEqual(a.raw.issued, ['{"date-parts":[[2021,3,15]]}']);

    assert.equal(b.year, 2015);
    assert.equal(b.date, '2015');
    assert.deepEqual(b.issn, ['2345-6784', '3456-7890']);
    assert.equal(b.journal, 'Handbook of Neuromuscular Symptoms');

    assert.equal(c.year, 2019);
    assert.equal(c.date, '2019');
    assert.equal(c.doi, undefined);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.record]),
      [
        ['record_skipped', 3],
        ['missing_field', 4],
        ['bad_value', 4],
      ],
    );
    assert.deepEqual(r.counts, { read: 3, skipped: 1, withIssues: 1 });
  });

  test('text that is not JSON is one syntax issue with its line', async () => {
    const r = await read('[\n  {"id": "a", "title": "A"},\n  {"id": "b" "title": "B"}\n]');
    assert.equal(r.records.length, 0);
    assert.equal(r.issues.length, 1);
    assert.equal(r.issues[0].code, 'syntax');
    assert.equal(r.issues[0].line, 3);
  });

  test('one item, an {items: […]} wrapper, a BOM, and an empty array', async () => {
    assert.deepEqual(
      (await read('{"id": "one", "title": "One"}')).records.map((x) => x.id),
      ['one'],
    );
    assert.deepEqual(
      (await read('\uFEFF{"items": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]}')).records.map((x) => x.id),
      ['a', 'b'],
    );
    const empty = await read('[]');
    assert.deepEqual([empty.records, empty.issues], [[], []]);
  });

  test('keywords with commas inside are split on semicolons', async () => {
    const r = await read('[{"id": "k", "title": "K", "keyword": "Administration, Oral; Humans"}]');
    assert.deepEqual(r.records[0].keywords, ['Administration, Oral', 'Humans']);
  });
});
