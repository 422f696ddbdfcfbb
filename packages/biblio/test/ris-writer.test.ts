/**
 * The RIS writer: RIS → records → RIS → records keeps every field for every RIS export in the reference data and for
 * the fixtures; records from other formats are written from their fields and read back the same.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  type BibRecord,
  emptyRecord,
  type ReadResult,
  readAll,
  risEntry,
  writeRis,
  writeRisStream,
} from '@evidens/biblio';
import { sharedDataDir, sharedOrSkip } from '../../../test-support/shared-data.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A record without its start line, which moves when text outside records is dropped. */
function comparable(r: BibRecord): BibRecord {
  const { line: _line, ...source } = r.source;
  return { ...r, source };
}

const readRisText = (text: string, file: string) => readAll({ data: text, file }, { format: 'ris' });

/** Reads what writeRis wrote for `first` (under the same file name) and checks every field of every record. */
async function assertRoundTrip(first: ReadResult, file: string): Promise<string> {
  const text = writeRis(first.records);
  const second = await readRisText(text, file);
  assert.equal(second.records.length, first.records.length, 'record count');
  assert.deepEqual(second.records.map(comparable), first.records.map(comparable));
  return text;
}

/** Every RIS file of the reference data: the .ris files, and the .txt files that hold RIS. */
function sharedRisFiles(): string[] {
  const root = join(sharedDataDir(), 'parsers');
  const out: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(join(root, dir.name))) {
      if (!/\.(ris|txt)$/.test(name)) continue;
      const text = readFileSync(join(root, dir.name, name), 'utf8');
      if (/^\uFEFF?TY {2}-/m.test(text)) out.push(`${dir.name}/${name}`);
    }
  }
  return out.sort();
}

describe('RIS round trip on the reference data', () => {
  test('every RIS export: RIS → records → RIS → records keeps every field', async (t) => {
    if (!sharedOrSkip(t, 'parsers')) return;
    const files = sharedRisFiles();
    assert.equal(files.length, 35, `RIS files found: ${files.join(', ')}`);
    for (const relative of files) {
      const path = join(sharedDataDir(), 'parsers', relative);
      const first = await readAll({ path }, { format: 'ris' });
      assert.ok(first.records.length > 0, relative);
      const file = relative.split('/')[1];
      await t.test(relative, async () => {
        const text = await assertRoundTrip(first, file);
        // Writing what was read back gives the same text: the writer is stable.
        assert.equal(writeRis((await readRisText(text, file)).records), text);
      });
    }
  });
});

describe('RIS round trip on the fixtures', () => {
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.ris'))) {
    test(name, async () => {
      const first = await readAll({ path: join(fixtures, name) }, { format: 'ris' });
      await assertRoundTrip(first, name);
    });
  }

  test('raw fields are written verbatim: empty tags, continuation lines, blank lines inside a field', async () => {
    const first = await readAll({ path: join(fixtures, 'ris-multiline.ris') }, { format: 'ris' });
    const text = writeRis(first.records);
    assert.equal(
      text,
      [
        'TY  - JOUR',
        'TI  - A title that the export wrapped',
        '      onto a second line',
        'AU  - Hansen, Mette',
        'AB  - Background: the first paragraph.',
        '',
        'Methods: a paragraph after a blank line.',
        'Results: the next line.',
        'KW  - Muscle Cramp',
        'Magnesium/*therapeutic use',
        'Humans',
        'KW  - leg cramps; nocturnal cramps',
        'N1  - first line',
        '      * second line',
        'PY  - 2017',
        'ER  - ',
        '',
        '',
      ].join('\n'),
    );
  });

  test('the same tag at several places in a record is written together, in file order', async () => {
    const first = await readRisText('TY  - JOUR\nKW  - a\nTI  - T\nKW  - b\nER  - \n', 'x.ris');
    assert.equal(writeRis(first.records), 'TY  - JOUR\nKW  - a\nKW  - b\nTI  - T\nER  - \n\n');
  });
});

describe('RIS from normalised fields', () => {
  const full: BibRecord = {
    ...emptyRecord('rec-7', { file: 'search.xml', format: 'pubmed-xml', record: 7 }),
    type: 'article-journal',
    title: 'Magnesium for skeletal muscle cramps',
    abstract: 'Skeletal muscle cramps are common.',
    authors: [{ family: 'Garrison', given: 'Scott R' }, { literal: 'Cochrane Neuromuscular Group' }],
    year: 2020,
    date: '2020-09-21',
    journal: 'Cochrane Database of Systematic Reviews',
    journalAbbrev: 'Cochrane Database Syst Rev',
    volume: '9',
    issue: '9',
    pages: 'CD009402',
    doi: '10.1002/14651858.cd009402.pub3',
    pmid: '32956536',
    pmcid: 'PMC8094171',
    issn: ['1469-493X'],
    keywords: ['leg cramps'],
    mesh: ['Magnesium/*therapeutic use'],
    publicationTypes: ['Systematic Review'],
    language: 'eng',
    url: 'https://doi.org/10.1002/14651858.CD009402.pub3',
    raw: { 'MedlineCitation/PMID': ['32956536'] },
  };

  test('every field is written and read back (MeSH headings come back as keywords)', async () => {
    const text = risEntry(full);
    assert.match(text, /^TY {2}- JOUR\nID {2}- rec-7\nTI {2}- Magnesium for skeletal muscle cramps\n/);
    const [back] = (await readRisText(text, 'out.ris')).records;
    const expected: Partial<BibRecord> = { ...full, keywords: ['leg cramps', 'Magnesium/*therapeutic use'], mesh: [] };
    for (const key of Object.keys(expected) as (keyof BibRecord)[]) {
      if (key === 'source' || key === 'raw') continue;
      assert.deepEqual(back[key], expected[key], key);
    }
  });

  test('page ranges, dates and types as RIS writes them', () => {
    const r = { ...full, type: 'chapter', pages: '101-109', date: '2019 Spring', journal: 'A Book' };
    const text = risEntry(r);
    assert.match(text, /\nSP {2}- 101\nEP {2}- 109\n/);
    assert.match(text, /\nDA {2}- 2019 Spring\n/);
    assert.match(text, /^TY {2}- CHAP\n/);
    assert.match(text, /\nT2 {2}- A Book\n/);
    assert.match(risEntry({ ...full, type: 'book' }), /\nJF {2}- Cochrane/);
    assert.match(risEntry({ ...full, type: undefined }), /^TY {2}- GEN\n/);
  });

  test('a raw value whose continuation line looks like a tag is kept a continuation', async () => {
    const r: BibRecord = {
      ...emptyRecord('x', { file: 'x.ris', format: 'ris', record: 1 }),
      raw: { TY: ['JOUR'], N1: ['first\nER  - not the end'] },
    };
    const text = risEntry(r);
    assert.equal(text, 'TY  - JOUR\nN1  - first\n ER  - not the end\nER  - \n\n');
    const back = await readRisText(text, 'x.ris');
    assert.equal(back.records.length, 1);
    assert.deepEqual(back.records[0].raw.N1, ['first\n ER  - not the end']);
  });

  test('CRLF on request; the streaming writer gives the same text', async () => {
    const records = [full, { ...full, id: 'rec-8' }];
    assert.equal(writeRis(records, { eol: '\r\n' }), writeRis(records).replaceAll('\n', '\r\n'));
    let streamed = '';
    for await (const chunk of writeRisStream(
      (async function* () {
        yield* records;
      })(),
    ))
      streamed += chunk;
    assert.equal(streamed, writeRis(records));
  });

  test('MEDLINE records written as RIS keep title, authors, year, DOI and PMID', async (t) => {
    const path = sharedOrSkip(t, 'parsers/biopython/pubmed_result2.txt');
    if (!path) return;
    const medline = await readAll({ path });
    const ris = await readRisText(writeRis(medline.records), 'from-medline.ris');
    assert.equal(ris.records.length, 4);
    for (const [i, m] of medline.records.entries()) {
      const r = ris.records[i];
      for (const key of ['id', 'title', 'year', 'doi', 'pmid', 'journal', 'pages', 'date'] as const) {
        assert.deepEqual(r[key], m[key], `${m.id} ${key}`);
      }
      assert.deepEqual(r.authors, m.authors);
    }
  });
});
