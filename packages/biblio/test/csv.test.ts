/**
 * The CSV/TSV reader on every CSV in the reference data: the asreview edge cases, the deduplication sets (whose ids
 * the dedup scoring matches, so they must come through exactly) and the screening sets (whose label columns must
 * travel in raw). Record counts and ids are checked against csv-parse reading the same file on its own; first and last
 * records against values read off the files. Then a fixture written for these tests, edge cases built in the tests,
 * and random and mutated input.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BibRecord, type ReadResult, readAll } from '@evidens/biblio';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);
const read = (text: string | Uint8Array, columns?: Record<string, string>, file = 'test.csv') =>
  readAll({ data: text, file }, { format: 'csv', ...(columns ? { columns } : {}) });
const codes = (r: ReadResult) => r.issues.map((i) => i.code);

/** The file's rows as csv-parse reads it on its own: header and data rows, blank rows dropped. */
function independentRows(path: string, delimiter = ','): Record<string, string>[] {
  return parse(readFileSync(path), { bom: true, columns: true, delimiter, skip_empty_lines: true, relax_quotes: true });
}

interface Expected {
  id?: string;
  title?: string;
  family?: string;
  year?: number;
  doi?: string;
  pmid?: string;
}

function expectRecord(r: BibRecord | undefined, e: Expected, where: string): void {
  assert.ok(r, `${where}: no record`);
  const actual: Expected = {
    id: r.id,
    title: r.title,
    family: r.authors[0]?.family,
    year: r.year,
    doi: r.doi,
    pmid: r.pmid,
  };
  for (const k of Object.keys(e) as (keyof Expected)[]) assert.equal(actual[k], e[k], `${where}: ${k}`);
}

describe('CSV reader: asreview edge cases', () => {
  test('duplicate_records.csv: semicolons, blank and whitespace cells, values that are not DOIs', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/duplicate_records.csv');
    if (!path) return;
    const r = await readAll({ path });
    assert.equal(r.format, 'csv');
    assert.equal(r.records.length, independentRows(path, ';').length);
    assert.equal(r.records.length, 14);
    expectRecord(r.records[0], { id: 'duplicate_records.csv#1', title: 'a', doi: undefined }, 'first');
    assert.deepEqual(r.records[0].raw, { title: ['a'], abstract: ['lorem'], doi: ['10.1'], some_column: ['lorem'] });
    expectRecord(r.records[13], { id: 'duplicate_records.csv#14', title: undefined }, 'last');
    assert.deepEqual(r.records[13].raw, { doi: ['10.7'], some_column: ['lorem'] });
    // "10.1" … "10.7" are not DOIs (no registrant code and suffix): kept in raw, reported.
    assert.equal(codes(r).filter((c) => c === 'bad_value').length, 7);
    assert.equal(codes(r).filter((c) => c === 'missing_field').length, 4);
  });

  test('embase.csv: "Liu R., Adler D.G." authors, the composite Source column, keywords with brackets', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/embase.csv');
    if (!path) return;
    const r = await readAll({ path });
    assert.equal(r.records.length, independentRows(path).length);
    assert.equal(r.records.length, 6);
    assert.deepEqual(r.issues, []);
    const first = r.records[0];
    expectRecord(
      first,
      {
        title: 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
        family: 'Liu',
        year: 2014,
      },
      'first',
    );
    assert.deepEqual(first.authors, [
      { family: 'Liu', given: 'R.' },
      { family: 'Adler', given: 'D.G.' },
    ]);
    assert.deepEqual(
      [first.journal, first.volume, first.issue, first.pages],
      ['Endoscopic Ultrasound', '3', '3', '152-160'],
    );
    assert.ok(first.keywords.includes('bronchogenic duplication cyst (diagnosis, surgery)'));
    expectRecord(
      r.records[5],
      {
        title:
          'Completely Isolated Retroperitoneal Enteric Duplication Cyst with Adenocarcinoma Transformation Managed with Robotic Radical Nephrectomy',
        family: 'Faraj',
        year: 2017,
      },
      'last',
    );
    assert.equal(r.records[5].journal, 'Journal of Endourology Case Reports');
    assert.equal(r.records[2].issue, undefined); // "54 (83-86)": a volume without an issue
    assert.equal(r.records[2].pages, '83-86');
  });

  test('missing_values.csv: empty and absent cells', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/missing_values.csv');
    if (!path) return;
    const r = await readAll({ path });
    assert.equal(r.records.length, independentRows(path).length);
    assert.equal(r.records.length, 4);
    assert.equal(r.records[0].title, 'Title of reference');
    assert.equal(r.records[0].abstract, undefined);
    assert.equal(r.records[3].title, undefined);
    assert.match(r.records[3].abstract ?? '', /^BACKGROUND: Lorem ipsum/);
    assert.deepEqual(codes(r), ['missing_field', 'missing_field']);
  });
});

const DEDUP: { set: string; count: number; first: Expected; last: Expected }[] = [
  {
    set: 'cytology_screening',
    count: 1856,
    first: {
      id: 'id_0000001',
      title:
        'Comparison of human papillomavirus distribution in cytologic subgroups of low-grade squamous intraepithelial lesion',
      family: 'Zuna',
      year: 2006,
    },
    last: { id: 'id_0001856', title: 'HPV testing may replace Pap smears for primary screening', year: 2004 },
  },
  {
    set: 'haematology',
    count: 1415,
    first: {
      id: 'id_0000001',
      title: 'New insights into postrenal transplant hemolytic uremic syndrome.',
      family: 'Zuber',
      year: 2011,
    },
    last: { id: 'id_0001415', title: undefined, year: undefined },
  },
  {
    set: 'special_cases',
    count: 12,
    first: {
      id: 'id_0000001',
      title:
        'How Consumers Perceive Trustworthiness of Providers in Sharing Economy - Effects of Photos and Comments on Demand at Airbnb',
      family: 'Deng',
      year: 2017,
    },
    last: { id: 'id_0000012', title: 'Cultural Universality Versus Particularity in CMC', family: 'Stahl', year: 2003 },
  },
];

describe('CSV reader: deduplication sets', () => {
  for (const c of DEDUP) {
    test(`${c.set}: ${c.count} records, ids exactly as in the file`, async (t) => {
      const path = sharedOrSkip(t, `dedup/${c.set}/records_pre_merged.csv`);
      if (!path) return;
      const rows = independentRows(path);
      const r = await readAll({ path });
      assert.equal(r.format, 'csv');
      assert.equal(rows.length, c.count);
      assert.equal(r.records.length, c.count);
      assert.deepEqual(
        r.records.map((x) => x.id),
        rows.map((row) => row.ID),
      );
      expectRecord(r.records[0], c.first, 'first');
      expectRecord(r.records.at(-1), c.last, 'last');
      // Only records without a title are reported, and an encoding warning where the file itself holds U+FFFD.
      const untitled = rows.filter((row) => row.title === '').length;
      assert.equal(codes(r).filter((x) => x === 'missing_field').length, untitled);
      assert.deepEqual(
        r.issues.filter((i) => i.code !== 'missing_field' && i.code !== 'encoding'),
        [],
      );
      // Author cells list names separated by " and " (BibTeX style), some by ";" as well.
      rows.forEach((row, k) => {
        if (!/;| and /.test(row.author)) return;
        const names = row.author.split(/\s*;\s*|\s+and\s+/).length;
        assert.equal(r.records[k].authors.length, names, `${row.ID} authors`);
      });
    });
  }

  test('haematology: comma-separated "Family I" lists and cells mixing ";" with " and "', async (t) => {
    const path = sharedOrSkip(t, 'dedup/haematology/records_pre_merged.csv');
    if (!path) return;
    const r = await readAll({ path });
    const byId = (id: string) => r.records.find((x) => x.id === id);
    assert.deepEqual(byId('id_0000892')?.authors, [
      { family: 'Karpman', given: 'D' },
      { family: 'Tati', given: 'R' },
    ]);
    assert.deepEqual(byId('id_0001399')?.authors.slice(0, 3), [
      { family: 'Abarrategui Garrido', given: 'Cynthia' },
      { family: 'Martinez Barricarte', given: 'Ruben' },
      { family: 'Strobel', given: 'Stefanie' },
    ]);
    assert.equal(byId('id_0001415')?.issue, '20/04/2012'); // the file's "number" column, kept as it is
  });

  test('special_cases/maybe_pairs.csv: normalised records of a pair the labels leave open', async (t) => {
    const path = sharedOrSkip(t, 'dedup/special_cases/maybe_pairs.csv');
    if (!path) return;
    const rows = independentRows(path);
    const r = await readAll({ path });
    assert.equal(r.records.length, rows.length);
    assert.deepEqual(
      r.records.map((x) => [x.id, x.title, x.year, x.journal]),
      [
        [
          'id_0000004',
          'introduction minitrack crowdsourcing digital workforce gig economy',
          2022,
          'hawa int conf syst sci',
        ],
        [
          'id_0000003',
          'introduction minitrack crowdsourcing digital workforce gig economy',
          2021,
          'hawa int conf syst sci',
        ],
      ],
    );
    // Its DOIs have lost their punctuation ("1024251/hicss2022544"): not DOIs, kept in raw and reported.
    assert.deepEqual(codes(r), ['bad_value', 'bad_value']);
    assert.deepEqual(r.records[0].raw.case, ['id_0000003;id_0000004']);
  });

  test('special_cases: booktitle stands in for the journal; DOIs lower-cased', async (t) => {
    const path = sharedOrSkip(t, 'dedup/special_cases/records_pre_merged.csv');
    if (!path) return;
    const r = await readAll({ path });
    assert.equal(r.records[0].journal, 'Americas Conference on Information Systems');
    assert.equal(r.records[0].type, 'paper-conference');
    const rec = r.records.find((x) => x.id === 'id_0000003');
    assert.equal(rec?.doi, '10.24251/hicss.2021.510');
    assert.deepEqual(rec?.raw.doi, ['10.24251/HICSS.2021.510']);
  });
});

describe('CSV reader: screening sets', () => {
  test('Kitchenham 2010: CRLF, quoted abstracts over several lines, labels kept in raw', async (t) => {
    const path = sharedOrSkip(t, 'screening/kitchenham2010/Kitchenham_2010.csv');
    if (!path) return;
    const rows = independentRows(path);
    const r = await readAll({ path });
    assert.equal(r.records.length, rows.length);
    assert.equal(r.records.length, 1704);
    assert.deepEqual(r.issues, []);
    expectRecord(
      r.records[0],
      {
        id: '1',
        title:
          'A Conceptual Model of ICT-Supported Unified Process of International Outsourcing of Software Production',
        year: 2006,
      },
      'first',
    );
    expectRecord(
      r.records[1703],
      {
        id: '1704',
        title: 'XAROP: A Midterm Report on Introducing a Decentralized Semantics based Application',
        year: 2004,
      },
      'last',
    );
    // The last record is on the last line (line ends inside quoted cells count as lines).
    assert.equal(r.records[1703].source.line, readFileSync(path, 'utf8').split(/\r\n|\r|\n/).length - 1);
    rows.forEach((row, k) => {
      assert.deepEqual(r.records[k].raw.label_included, [row.label_included], `record ${row.record_id}`);
      assert.equal(r.records[k].raw.duplicate_record_id?.[0] ?? '', row.duplicate_record_id);
    });
  });

  test('Cohen 2006, ADHD: PMIDs, MeSH keywords with commas, "Family, I I; …" authors', async (t) => {
    const path = sharedOrSkip(t, 'screening/cohen2006/ADHD.csv');
    if (!path) return;
    const r = await readAll({ path });
    assert.equal(r.records.length, independentRows(path).length);
    assert.equal(r.records.length, 851);
    const first = r.records[0];
    expectRecord(
      first,
      {
        id: '1',
        title: 'The effectiveness of clonidine as an analgesic in paediatric adenotonsillectomy.',
        family: 'Reimer',
        pmid: '10051933',
      },
      'first',
    );
    assert.deepEqual(first.authors[0], { family: 'Reimer', given: 'E J' });
    assert.ok(first.keywords.includes('Administration, Oral'));
    expectRecord(
      r.records[850],
      {
        id: '851',
        title:
          'Clozapine and risperidone in chronic schizophrenia: effects on symptoms, parkinsonian side effects, and neuroendocrine response.',
        family: 'Breier',
        pmid: '9989566',
      },
      'last',
    );
  });

  test('every Cohen 2006 set: count, ids, PMIDs, titles and both label columns as csv-parse reads them', async (t) => {
    const dir = sharedOrSkip(t, 'screening/cohen2006');
    if (!dir) return;
    const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    assert.equal(files.length, 13);
    for (const file of files) {
      const path = join(dir, file);
      const rows = independentRows(path);
      const r = await readAll({ path });
      assert.equal(r.records.length, rows.length, file);
      assert.deepEqual(
        r.issues.filter((i) => i.code !== 'missing_field'),
        [],
        file,
      );
      rows.forEach((row, k) => {
        const rec = r.records[k];
        assert.equal(rec.id, row.record_id, `${file} ${k}`);
        assert.equal(rec.pmid, row.pubmedID || undefined, `${file} ${row.record_id} pmid`);
        assert.equal(rec.title, row.title.replace(/\s+/g, ' ').trim() || undefined, `${file} ${row.record_id} title`);
        assert.deepEqual(rec.raw.label_included, [row.label_included]);
        assert.deepEqual(rec.raw.label_abstract_screening, [row.label_abstract_screening]);
      });
    }
  });
});

describe('CSV reader: own fixture and edge cases', () => {
  test('Scopus-style export: semicolons, BOM, CRLF, a quoted abstract over four lines, page start/end', async () => {
    const path = fixture('scopus-semicolon.csv');
    const r = await readAll({ path });
    assert.equal(r.format, 'csv');
    assert.equal(r.records.length, independentRows(path, ';').length);
    const [a, b, c, d] = r.records;
    assert.deepEqual(a.authors, [
      { family: 'Lindqvist', given: 'M.' },
      { family: 'Okafor', given: 'C.N.' },
      { family: 'Brandt', given: 'H.' },
    ]);
    assert.equal(a.title, 'Magnesium citrate for nocturnal leg cramps in older adults: a randomised crossover trial');
    assert.equal(a.journal, 'Journal of Muscle and Cramp Research');
    assert.equal(a.pages, '201-209');
    assert.equal(a.doi, '10.5555/jmcr.2021.0012');
    assert.equal(a.pmid, '31234567');
    assert.equal(a.url, 'https://www.example.org/record.uri?eid=2-s2.0-1');
    assert.equal(
      a.abstract,
      'Background: Nocturnal leg cramps are common. Methods: 46 "older" adults; two periods. Results: no difference.',
    );
    assert.deepEqual(a.raw.Abstract, [
      'Background: Nocturnal leg cramps are common.\nMethods: 46 "older" adults; two periods.\n\nResults: no difference.',
    ]);
    assert.deepEqual(a.keywords, ['leg cramps', 'magnesium', 'crossover trial']);
    assert.equal(a.type, 'article-journal');
    assert.equal(b.source.line, 6);
    assert.equal(b.pages, 'e0123');
    assert.equal(b.type, 'paper-conference');
    assert.equal(c.title, 'Bare record without authors');
    assert.deepEqual(c.authors, []);
    assert.equal(d.pages, '45-67');
    assert.equal(d.type, 'chapter');
    assert.deepEqual(r.issues, []);
  });

  test('tab-separated, CR-only line ends, embedded CRLF inside a quoted field', async () => {
    const r = await read('id\ttitle\tabstract\rA1\t"Two\r\nlines"\tx\rA2\tNext\t\r');
    assert.deepEqual(
      r.records.map((x) => [x.id, x.title, x.source.line]),
      [
        ['A1', 'Two lines', 2],
        ['A2', 'Next', 4],
      ],
    );
    assert.deepEqual(r.records[0].raw.title, ['Two\nlines']);
  });

  test('Latin-1 bytes are read as Windows-1252, with an encoding warning', async () => {
    const bytes = new Uint8Array(Buffer.from('title;authors\nLægkramper og magnesium;Ørsted, H\n', 'latin1'));
    const r = await readAll({ data: bytes, file: 'latin1.csv' });
    assert.equal(r.records[0].title, 'Lægkramper og magnesium');
    assert.equal(r.records[0].authors[0].family, 'Ørsted');
    assert.deepEqual(codes(r), ['encoding']);
  });

  test('header names match whatever their case or spacing; unknown columns go to raw', async () => {
    const r = await read(
      'Article Title,AUTHOR(S),Publication Year,PubMed ID,Source Title,Custom\nT,"Roffe, C",2002,12011773,J,x\n',
    );
    const rec = r.records[0];
    assert.deepEqual(
      [rec.title, rec.authors[0]?.family, rec.year, rec.pmid, rec.journal, rec.id],
      ['T', 'Roffe', 2002, '12011773', 'J', '12011773'],
    );
    assert.deepEqual(rec.raw.Custom, ['x']);
  });

  test('columns override the default mapping; a field that does not exist or a missing column is reported', async () => {
    const text = 'Ref,Name,Label,Title\nr1,Roffe C,1,Magnesium\n';
    const r = await read(text, { Ref: 'id', name: 'authors', Label: 'nonsense', Missing: 'title' });
    assert.equal(r.records[0].id, 'r1');
    assert.deepEqual(r.records[0].authors, [{ family: 'Roffe', given: 'C' }]);
    assert.equal(r.records[0].title, 'Magnesium');
    assert.deepEqual(r.records[0].raw.Label, ['1']);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.severity, i.line]),
      [
        ['bad_value', 'error', 1],
        ['missing_field', 'warning', 1],
      ],
    );
    const asRaw = await read('title,doi\nT,10.5555/x\n', { doi: 'raw' });
    assert.equal(asRaw.records[0].doi, undefined);
    assert.deepEqual(asRaw.records[0].raw.doi, ['10.5555/x']);
  });

  test('rows with too few or too many fields are read and reported; a trailing delimiter is not', async () => {
    const r = await read('id,title\nr1,One\nr2\nr3,Three,extra\nr4,Four,\n');
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['r1', 'r2', 'r3', 'r4'],
    );
    assert.deepEqual(r.records[2].raw['column 3'], ['extra']);
    assert.deepEqual(
      r.issues.filter((i) => i.code === 'syntax').map((i) => i.line),
      [3, 4],
    );
  });

  test('blank rows are skipped; a header-only file has no records; an empty file is reported', async () => {
    const blank = await read('title,doi\n\n , \nT,\n\n');
    assert.deepEqual(
      blank.records.map((x) => [x.title, x.source.line]),
      [['T', 4]],
    );
    assert.deepEqual((await read('title,doi\n')).records, []);
    assert.deepEqual(codes(await read('')), ['missing_field']);
  });

  test('a stray quote that joins rows: the lines are read one by one, with an issue', async () => {
    const r = await read('id,title,year\nr1,One,2001\nr2,"Two,2002\nr3,Three,2003\nr4,"Four",2004\nr5,Five,2005\n');
    assert.deepEqual(
      r.records.map((x) => [x.id, x.source.line]),
      [
        ['r1', 2],
        ['r2', 3],
        ['r3', 4],
        ['r4', 5],
        ['r5', 6],
      ],
    );
    assert.equal(r.records[2].title, 'Three');
    assert.ok(r.issues.some((i) => i.code === 'syntax' && i.line === 3));
  });

  test('a quote never closed: the rest of the file is read line by line, with an issue', async () => {
    const r = await read('id,title\nr1,One\nr2,"Two\nr3,Three\nr4,Four\n');
    assert.deepEqual(
      r.records.map((x) => [x.id, x.title]),
      [
        ['r1', 'One'],
        ['r2', '"Two'],
        ['r3', 'Three'],
        ['r4', 'Four'],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.line]),
      [
        ['syntax', 3],
        ['syntax', 3],
      ],
    );
  });

  test('braced authors are group authors; "and" and ";" lists', async () => {
    const r = await read('title,authors\nA,"{Cramp Trialists Group}; Roffe, C"\nB,"Zuna, R E and Wang, S S"\n');
    assert.deepEqual(r.records[0].authors, [{ literal: 'Cramp Trialists Group' }, { family: 'Roffe', given: 'C' }]);
    assert.deepEqual(r.records[1].authors, [
      { family: 'Zuna', given: 'R E' },
      { family: 'Wang', given: 'S S' },
    ]);
  });
});

describe('CSV reader: random and mutated input (properties)', () => {
  const cellChar = fc.constantFrom('a', 'B', ' ', ',', ';', '\t', '"', '\n', 'é', '€', '{', '1');
  const cell = fc.string({ unit: cellChar, maxLength: 20 });
  const quoteCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

  test('well-formed files give back every row and cell exactly, at the right line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.tuple(cell, cell), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        async (d, rows, eol) => {
          const lines = [['id', 'title', 'abstract'].join(d)];
          for (const [k, [title, abstract]] of rows.entries())
            lines.push([`r${k}`, title, abstract].map(quoteCell).join(d));
          // Line breaks inside cells take the file's line end too.
          const r = await read(`${lines.join('\n')}\n`.replace(/\n/g, eol));
          assert.equal(r.records.length, rows.length);
          let line = 2;
          rows.forEach(([title, abstract], k) => {
            const rec = r.records[k];
            assert.equal(rec.id, `r${k}`);
            assert.equal(rec.source.line, line);
            assert.deepEqual(rec.raw.title, title.trim() === '' ? undefined : [title]);
            assert.deepEqual(rec.raw.abstract, abstract.trim() === '' ? undefined : [abstract]);
            line += 1 + (title.match(/\n/g)?.length ?? 0) + (abstract.match(/\n/g)?.length ?? 0);
          });
          assert.deepEqual(
            r.issues.filter((i) => i.code !== 'missing_field'),
            [],
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  // One stray quote at most: two can make valid CSV that no reader can tell from a field with a line break
  // ('r0,x,"aa\nr1,y,aa"' is one row either way), so what is promised there is only that nothing throws.
  test('a stray quote, deletions, extra delimiters: never throws; no row is lost without an issue', async () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '1'), minLength: 1, maxLength: 8 });
    const edit = fc.record({ row: fc.nat(), at: fc.nat(), kind: fc.constantFrom('delete', 'delimiter') });
    const quote = fc.option(fc.record({ row: fc.nat(), at: fc.nat(), kind: fc.constant('quote') }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 10 }),
        fc.array(edit, { maxLength: 3 }),
        quote,
        async (rows, edits, stray) => {
          const lines = rows.map(([a, b], k) => `r${k},${a},${b}`);
          for (const e of stray ? [...edits, stray] : edits) {
            const k = e.row % lines.length;
            const at = e.at % (lines[k].length + 1);
            const s = lines[k];
            lines[k] =
              e.kind === 'delete'
                ? s.slice(0, at) + s.slice(at + 1)
                : s.slice(0, at) + (e.kind === 'quote' ? '"' : ',') + s.slice(at);
          }
          const r = await read(`id,title,abstract\n${lines.join('\n')}\n`);
          const flagged = new Set(r.issues.flatMap((i) => (i.record === undefined ? [] : [i.record])));
          lines.forEach((text, k) => {
            const line = k + 2;
            if (text.trim() === '' || text.replace(/,/g, '').trim() === '') return;
            const own = r.records.some((x) => x.source.line === line) || r.issues.some((i) => i.line === line);
            const inside = r.records.some((x) => {
              const span = Object.values(x.raw)
                .flat()
                .reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
              return x.source.line! < line && line <= x.source.line! + span && flagged.has(x.source.record);
            });
            assert.ok(own || inside, `row at line ${line} (${JSON.stringify(text)}) lost without an issue`);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  test('arbitrary text never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        await read(`title,abstract\n${text}`);
      }),
      { numRuns: 300 },
    );
  });
});
