/**
 * The EndNote XML reader. The reference data has no EndNote XML, so the fixtures are our own, written to EndNote's
 * export structure: `endnote-x20.xml` as EndNote 20 writes it (one line, every value in `<style>` runs, line breaks
 * inside a field as `&#xD;`), `endnote-plain.xml` as other programs write the format (indented, CRLF, no style runs).
 * The bibliographic facts in the fixtures are those of the real articles in the reference PubMed files.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BibRecord, detectFormat, readAll, readEndnoteXml } from '@evidens/biblio';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
/** Records counted without the reader. */
const countRecords = (text: string) => text.match(/<record>/g)?.length ?? 0;

describe('EndNote XML: as EndNote writes it', () => {
  const path = fixture('endnote-x20.xml');
  const read = () => readAll({ path });

  test('detected from the content; every record read', async () => {
    const text = readFileSync(path, 'utf8');
    assert.equal(detectFormat(text.slice(0, 8192), 'library.xml'), 'endnote-xml');
    const r = await read();
    assert.equal(r.format, 'endnote-xml');
    assert.equal(r.records.length, countRecords(text));
    assert.equal(r.records.length, 6);
    assert.deepEqual(
      r.records.map((x) => [x.id, x.type]),
      [
        ['1', 'article-journal'],
        ['2', 'article-journal'],
        ['3', 'chapter'],
        ['4', 'thesis'],
        ['5', 'paper-conference'],
        ['6', 'article-journal'],
      ],
    );
  });

  test('a PubMed import: authors, journal, pages, ISSNs from the isbn field, PMID, DOI, labelled abstract', async () => {
    const [a] = (await read()).records;
    assert.equal(a.title, 'Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma');
    assert.equal(a.authors.length, 10);
    assert.deepEqual(a.authors[0], { family: "O'Byrne", given: 'P. M.' });
    assert.deepEqual(a.authors[9], { family: 'Reddel', given: 'H. K.' });
    assert.equal(a.journal, 'The New England journal of medicine');
    assert.equal(a.journalAbbrev, 'N Engl J Med');
    assert.equal(a.volume, '378');
    assert.equal(a.issue, '20');
    assert.equal(a.pages, '1865-1876');
    assert.equal(a.year, 2018);
    assert.equal(a.date, '2018-05-17');
    assert.deepEqual(a.issn, ['1533-4406', '0028-4793']);
    assert.equal(a.pmid, '29768149');
    assert.equal(a.doi, '10.1056/nejmoa1715274');
    assert.equal(a.language, 'eng');
    assert.equal(a.url, 'https://www.ncbi.nlm.nih.gov/pubmed/29768149');
    assert.deepEqual(a.keywords, [
      'Administration, Inhalation',
      'Adolescent',
      'Asthma/*drug therapy',
      'Budesonide/*administration & dosage/adverse effects',
    ]);
    assert.equal(
      a.abstract,
      [
        'BACKGROUND: A test abstract in four labelled parts, written for this fixture.',
        'METHODS: Two arms, 52 weeks.',
        'RESULTS: Fewer exacerbations.',
        'CONCLUSIONS: As-needed use was not inferior.',
      ].join('\n\n'),
    );
    assert.deepEqual(a.raw['remote-database-provider'], ['NLM']);
    assert.deepEqual(a.raw['ref-type/@name'], ['Journal Article']);
    assert.equal(a.raw.notes?.[0].split('\r').length, 4, 'raw keeps line breaks inside a field');
  });

  test('style runs joined (an italic word inside a title); a DOI given as a URL; pdf links kept in raw', async () => {
    const b = (await read()).records[1];
    assert.equal(
      b.title,
      'Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer',
    );
    assert.equal(b.doi, '10.1136/gutjnl-2016-312510');
    assert.equal(b.pages, '1116-1122', 'a MEDLINE-style short range is written out');
    assert.equal(b.pmid, '27797938', 'accession-num is a PMID when the remote database is PubMed');
    assert.equal(b.date, '2017-06');
    assert.deepEqual(b.raw['urls/pdf-urls/url'], ['internal-pdf://1843522913/Bao-2017-Leucocyte telomere length.pdf']);
    assert.equal(b.journalAbbrev, undefined);
  });

  test('a book section: the book as container, editors and ISBN in raw only', async () => {
    const c = (await read()).records[2];
    assert.equal(c.title, 'Analysing data and undertaking meta-analyses');
    assert.equal(c.journal, 'Cochrane Handbook for Systematic Reviews of Interventions');
    assert.deepEqual(
      c.authors.map((x) => x.family),
      ['Deeks', 'Higgins', 'Altman'],
    );
    assert.deepEqual(c.raw['contributors/secondary-authors/author'], ['Higgins, Julian P. T.', 'Thomas, James']);
    assert.deepEqual(c.issn, [], 'an ISBN is not an ISSN');
    assert.deepEqual(c.raw.isbn, ['978-1-119-53662-8']);
    assert.equal(c.pages, '241-284', 'an en dash becomes a hyphen');
    assert.equal(c.pmid, undefined);
  });

  test('a thesis by a person and a group; a ref-type given by number only; letters beyond ASCII', async () => {
    const d = (await read()).records[3];
    assert.deepEqual(d.authors, [{ family: 'Søndergaard', given: 'Åse' }, { literal: 'Nordic Cramp Study Group' }]);
    assert.equal(d.title, 'Magnesium og natlige lægkramper: et randomiseret forsøg');
    assert.deepEqual(d.raw['titles/translated-title'], ['Magnesium and nocturnal leg cramps: a randomised trial']);
    assert.equal(d.language, 'Danish');
  });

  test('a record with problems: each reported with its path; the record kept', async () => {
    const r = await read();
    const e = r.records[4];
    assert.equal(e.year, undefined);
    assert.equal(e.doi, undefined);
    assert.equal(e.title, undefined);
    assert.deepEqual(e.raw['dates/year'], ['20xx9']);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.record, i.path]),
      [
        ['bad_value', 5, 'xml/records/record[5]/dates/year'],
        ['bad_value', 5, 'xml/records/record[5]/electronic-resource-num'],
        ['missing_field', 5, 'xml/records/record[5]'],
      ],
    );
    assert.deepEqual(r.counts, { read: 6, skipped: 0, withIssues: 1 });
  });

  test('the last record: a PMC id from custom2, a group author after persons', async () => {
    const f = (await read()).records[5];
    assert.equal(f.pmcid, 'PMC6022861');
    assert.equal(f.pmid, '29963580');
    assert.equal(f.doi, '10.1117/1.jmi.5.2.026002');
    assert.deepEqual(f.authors.at(-1), { literal: 'Canadian Respiratory Research Network' });
    assert.deepEqual(f.issn, ['2329-4302']);
    assert.equal(f.date, '2018-04');
  });
});

describe('EndNote XML: as other programs write it', () => {
  test('indented, CRLF, no style runs: the same fields', async () => {
    const r = await readAll({ path: fixture('endnote-plain.xml') });
    assert.equal(r.format, 'endnote-xml');
    assert.deepEqual(r.issues, []);
    const [a, b] = r.records;
    assert.equal(a.id, '101');
    assert.equal(a.title, 'A new decompression device for treating odontogenic cysts using a silicone tube');
    assert.deepEqual(a.authors[0], { family: 'Kimura', given: 'M.' });
    assert.equal(a.journal, 'The British journal of oral & maxillofacial surgery');
    assert.equal(a.journalAbbrev, 'Br J Oral Maxillofac Surg', 'alt-title stands in for abbr-1');
    assert.equal(a.date, '2019-11-02');
    assert.equal(a.doi, '10.1016/j.bjoms.2019.09.011');
    assert.deepEqual(a.keywords, ['decompression', 'marsupialization', 'odontogenic cysts', 'silicone tube']);
    assert.equal(a.url, 'https://www.bjoms.com/article/S0266-4356(19)30379-1');
    assert.equal(a.source.line, 4);
    assert.equal(b.type, 'webpage');
    assert.deepEqual(b.authors, [{ literal: 'Cochrane Library' }]);
    assert.equal(b.source.line, 34);
  });
});

describe('EndNote XML: broken and streamed input', () => {
  const text = readFileSync(fixture('endnote-x20.xml'), 'utf8');

  test('cut in the middle of the third record: two read, the third reported by its rec-number', async () => {
    const third = text.indexOf('<record>', text.indexOf('<rec-number>3<') - 400);
    const r = await readAll({ data: text.slice(0, third + 700), file: 'cut.xml' });
    assert.equal(r.records.length, 2);
    assert.deepEqual(
      r.issues.map((i) => i.code),
      ['truncated', 'record_skipped'],
    );
    assert.match(r.issues[0].path ?? '', /^xml\/records\/record\[3\]\//);
    assert.match(r.issues[1].message, /^record 3 \(rec-number 3\) was not read/);
  });

  test('an unknown reference type is reported; the record is kept', async () => {
    const r = await readAll({
      data: '<xml><records><record><ref-type name="Hologram">99</ref-type><titles><title>T</title></titles></record></records></xml>',
      file: 'odd.xml',
    });
    assert.equal(r.records[0].type, undefined);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.path]),
      [['bad_value', 'xml/records/record[1]/ref-type']],
    );
  });

  test('the same records however the text is cut into chunks', async () => {
    const readIn = async (size: number) => {
      async function* chunks() {
        for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
      }
      const out: BibRecord[] = [];
      for await (const item of readEndnoteXml(chunks(), { file: 'x.xml', format: 'endnote-xml' })) {
        if (item.kind === 'record') out.push(item.record);
      }
      return out;
    };
    const whole = await readIn(text.length);
    assert.equal(whole.length, 6);
    for (const size of [1, 13, 4096]) assert.deepEqual(await readIn(size), whole, `chunks of ${size}`);
  });
});
