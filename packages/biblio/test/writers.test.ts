/**
 * The BibTeX, CSV and CSL-JSON writers: the exact text they write for a small record, and round trips — records →
 * format → records keeps title, authors, year, journal, volume, issue, pages, DOI, PMID and keywords — for records
 * built to be awkward, for records read from the reference data, and for random records.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Author,
  type BibRecord,
  bibtexEntry,
  cslItem,
  csvHeader,
  csvRow,
  emptyRecord,
  type Format,
  latexEscape,
  readAll,
  writeBibtex,
  writeCslJson,
  writeCsv,
} from '@evidens/biblio';
import fc from 'fast-check';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

function record(id: string, fields: Partial<BibRecord>): BibRecord {
  return { ...emptyRecord(id, { file: 'built', format: 'csv', record: 1 }), ...fields };
}

const AWKWARD: BibRecord[] = [
  record('lindqvist2021', {
    type: 'article-journal',
    title: 'Magnesium & cramps: 50% of {A}_1 \\ ~tilde^ -- "quotes" ``x\'\' ?` $5 #1 — Ærø, ølkrus, Łódź',
    authors: [
      { family: 'Müller', given: 'Jürgen' },
      { family: 'van Beethoven', given: 'Ludwig' },
      { literal: 'Cramp Trialists Group' },
      { family: 'Plato' },
      { family: 'Le Quintrec' },
      { family: 'Okafor', given: 'C. N.' },
    ],
    year: 2021,
    date: '2021-03-15',
    journal: 'Journal of Muscle & Cramp Research',
    journalAbbrev: 'J Muscle Cramp Res',
    volume: '12',
    issue: '3',
    pages: '201-209',
    doi: '10.5555/jmcr.2021.0012_x%7b',
    pmid: '31234567',
    pmcid: 'PMC7654321',
    issn: ['1234-5679', '2345-6784'],
    keywords: ['leg cramps', 'Administration, Oral', 'cyst (diagnosis, surgery)'],
    language: 'en',
    url: 'https://example.org/~x/paper_1.pdf?a=1&b=2',
    abstract: 'Background: cramps are common. Methods: "46" adults; 2 periods.',
  }),
  record('only-title', { title: 'A record with nothing but a title' }),
  record('chapter 7, part {2}', {
    type: 'chapter',
    title: 'Skeletal muscle cramps',
    journal: 'Handbook of Neuromuscular Symptoms',
    year: 2015,
    pages: 'e0123',
  }),
];

/** The fields a round trip must keep. */
const kept = (r: BibRecord) => ({
  title: r.title,
  authors: r.authors,
  year: r.year,
  journal: r.journal,
  volume: r.volume,
  issue: r.issue,
  pages: r.pages,
  doi: r.doi,
  pmid: r.pmid,
  keywords: r.keywords,
});

type Writer = (records: BibRecord[]) => string;
const FORMATS: [Format, string, Writer][] = [
  ['bibtex', 'out.bib', writeBibtex],
  ['csv', 'out.csv', (r) => writeCsv(r)],
  ['csljson', 'out.json', writeCslJson],
];

async function roundTrip(records: BibRecord[], format: Format, file: string, write: Writer) {
  const text = write(records);
  const back = await readAll({ data: text, file }, { format: 'auto' });
  assert.equal(back.format ?? format, format, 'the written text is detected as its format');
  return { text, back };
}

describe('writers: exact output', () => {
  const r = AWKWARD[0];

  test('BibTeX entry', () => {
    assert.equal(
      bibtexEntry(r),
      [
        '@article{lindqvist2021,',
        '  author = {Müller, Jürgen and van Beethoven, Ludwig and {Cramp Trialists Group} and Plato and Le Quintrec, and Okafor, C. N.},',
        '  title = {Magnesium \\& cramps: 50\\% of \\{A\\}\\_1 \\textbackslash{} \\textasciitilde{}tilde\\textasciicircum{} -{}- "quotes" `{}`x\'{}\' ?{}` \\$5 \\#1 — Ærø, ølkrus, Łódź},',
        '  journal = {Journal of Muscle \\& Cramp Research},',
        '  shortjournal = {J Muscle Cramp Res},',
        '  year = {2021},',
        '  date = {2021-03-15},',
        '  volume = {12},',
        '  number = {3},',
        '  pages = {201--209},',
        '  doi = {10.5555/jmcr.2021.0012_x%7b},',
        '  pmid = {31234567},',
        '  pmcid = {PMC7654321},',
        '  issn = {1234-5679, 2345-6784},',
        '  url = {https://example.org/~x/paper_1.pdf?a=1&b=2},',
        '  keywords = {leg cramps; Administration, Oral; cyst (diagnosis, surgery)},',
        '  language = {en},',
        '  abstract = {Background: cramps are common. Methods: "46" adults; 2 periods.}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('CSV header and row', () => {
    assert.equal(
      csvHeader(),
      'id,type,title,authors,year,journal,journal_abbrev,volume,issue,pages,doi,pmid,pmcid,issn,keywords,language,url,abstract\n',
    );
    assert.equal(
      csvRow(AWKWARD[2]),
      '"chapter 7, part {2}",chapter,Skeletal muscle cramps,,2015,Handbook of Neuromuscular Symptoms,,,,e0123,,,,,,,,\n',
    );
    assert.equal(
      writeCsv([AWKWARD[1]], { delimiter: ';', eol: '\r\n', bom: true, raw: ['label'] }),
      '\uFEFFid;type;title;authors;year;journal;journal_abbrev;volume;issue;pages;doi;pmid;pmcid;issn;keywords;language;url;abstract;label\r\nonly-title;;A record with nothing but a title;;;;;;;;;;;;;;;;\r\n',
    );
  });

  test('CSL item', () => {
    assert.deepEqual(cslItem(r), {
      id: 'lindqvist2021',
      type: 'article-journal',
      title: r.title,
      author: r.authors,
      issued: { 'date-parts': [[2021, 3, 15]] },
      'container-title': 'Journal of Muscle & Cramp Research',
      'container-title-short': 'J Muscle Cramp Res',
      volume: '12',
      issue: '3',
      page: '201-209',
      DOI: '10.5555/jmcr.2021.0012_x%7b',
      PMID: '31234567',
      PMCID: 'PMC7654321',
      ISSN: '1234-5679, 2345-6784',
      URL: 'https://example.org/~x/paper_1.pdf?a=1&b=2',
      abstract: r.abstract,
      keyword: 'leg cramps; Administration, Oral; cyst (diagnosis, surgery)',
      language: 'en',
    });
    assert.deepEqual(cslItem(AWKWARD[1]), { id: 'only-title', type: 'document', title: AWKWARD[1].title });
  });

  test('BibTeX keys: characters BibTeX does not allow become "_", repeats get a suffix', async () => {
    const text = writeBibtex([AWKWARD[2], AWKWARD[2]]);
    assert.match(text, /^@incollection\{chapter_7__part__2_,$/m);
    assert.match(text, /^@incollection\{chapter_7__part__2_-2,$/m);
    assert.match(text, /^ {2}booktitle = \{Handbook of Neuromuscular Symptoms\},$/m);
  });

  test('latexEscape', () => {
    assert.equal(latexEscape('50% of A&B_1 -- ok\nnext'), '50\\% of A\\&B\\_1 -{}- ok next');
  });
});

describe('writers: round trips', () => {
  for (const [format, file, write] of FORMATS) {
    test(`awkward records → ${format} → records`, async () => {
      const { back } = await roundTrip(AWKWARD, format, file, write);
      assert.equal(back.records.length, AWKWARD.length);
      assert.deepEqual(back.records.map(kept), AWKWARD.map(kept));
      assert.deepEqual(
        back.records.map((x) => x.issn),
        AWKWARD.map((x) => x.issn),
      );
      assert.equal(back.records[0].journalAbbrev, 'J Muscle Cramp Res');
      assert.equal(back.records[0].pmcid, 'PMC7654321');
      assert.equal(back.records[0].url, AWKWARD[0].url);
      assert.equal(back.records[0].abstract, AWKWARD[0].abstract);
      assert.deepEqual(
        back.records.filter((x) => x.title).map((x) => x.type ?? 'none'),
        // No type: BibTeX writes @misc and CSL-JSON "document"; CSV leaves the column empty.
        ['article-journal', format === 'csv' ? 'none' : 'document', 'chapter'],
      );
    });
  }

  test('a record read from BibTeX keeps its other fields through the BibTeX writer', async () => {
    const text = '@book{b, title = {T}, publisher = {Cramp Press}, editor = {Roffe, C}, note = {see {\\S}2}}';
    const first = await readAll({ data: text, file: 'in.bib' });
    const again = await readAll({ data: writeBibtex(first.records), file: 'out.bib' });
    assert.deepEqual(again.records[0].raw.publisher, ['Cramp Press']);
    assert.deepEqual(again.records[0].raw.editor, ['Roffe, C']);
    assert.deepEqual(again.records[0].raw.note, ['see {\\S}2']);
  });

  test('CSV keeps chosen raw columns (screening labels) through a round trip', async () => {
    const rec = record('r1', { title: 'T', raw: { label_included: ['1'] } });
    const back = await readAll({ data: writeCsv([rec], { raw: ['label_included'] }), file: 'out.csv' });
    assert.deepEqual(back.records[0].raw.label_included, ['1']);
  });

  const SHARED: [string, string][] = [
    ['parsers/rispy/example_wos.ris', 'wos'],
    ['parsers/colandr/example-zotero.bib', 'bibtex'],
    ['parsers/colandr/example-endnote.bib', 'bibtex'],
    ['parsers/asreview/embase.csv', 'csv'],
    ['dedup/haematology/records_pre_merged.csv', 'csv'],
    ['dedup/special_cases/records_pre_merged.csv', 'csv'],
    ['screening/cohen2006/ADHD.csv', 'csv'],
  ];
  for (const [relative] of SHARED) {
    test(`${relative} → BibTeX, CSV, CSL-JSON → the same fields`, async (t) => {
      const path = sharedOrSkip(t, relative);
      if (!path) return;
      const { records } = await readAll({ path });
      assert.ok(records.length > 0);
      for (const [format, file, write] of FORMATS) {
        const { back } = await roundTrip(records, format, file, write);
        assert.equal(back.records.length, records.length, format);
        records.forEach((r, k) => {
          assert.deepEqual(kept(back.records[k]), kept(r), `${format}: ${r.id}`);
        });
      }
    });
  }
});

describe('writers: random records (property)', () => {
  const text = fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      ' ',
      'é',
      'ø',
      '&',
      '%',
      '$',
      '#',
      '_',
      '{',
      '}',
      '\\',
      '~',
      '^',
      '-',
      '"',
      "'",
      '`',
      ',',
      ';',
      '@',
      '?',
      '!',
      'α',
    ),
    minLength: 1,
    maxLength: 25,
  });
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const word = fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,8}$/);
  const author: fc.Arbitrary<Author> = fc.oneof(
    fc.record({ family: word, given: word }),
    fc.record({ literal: fc.stringMatching(/^[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){1,3}$/) }),
  );
  const rec = fc
    .record({
      title: text,
      authors: fc.array(author, { maxLength: 4 }),
      year: fc.option(fc.integer({ min: 1800, max: 2100 }), { nil: undefined }),
      journal: fc.option(text, { nil: undefined }),
      volume: fc.option(fc.stringMatching(/^[1-9][0-9]{0,2}$/), { nil: undefined }),
      pages: fc.option(fc.stringMatching(/^[1-9][0-9]{0,3}(-[1-9][0-9]{3,4})?$/), { nil: undefined }),
      keywords: fc.uniqueArray(fc.stringMatching(/^[a-z]{2,8}( [a-z]{2,8})?$/), { maxLength: 4 }),
    })
    .filter((r) => clean(r.title) !== '' && (r.journal === undefined || clean(r.journal) !== ''))
    .map((r, k = 0) =>
      record(`r${k}`, {
        ...r,
        title: clean(r.title),
        journal: r.journal === undefined ? undefined : clean(r.journal),
        authors: r.authors.map((a) => ({ ...a })), // plain objects, as readers make them
      }),
    );

  for (const [format, file, write] of FORMATS) {
    test(`records → ${format} → records keeps the fields`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(rec, { minLength: 1, maxLength: 5 }), async (records) => {
          const { back } = await roundTrip(records, format, file, write);
          assert.deepEqual(back.records.map(kept), records.map(kept));
        }),
        { numRuns: 150 },
      );
    });
  }
});
