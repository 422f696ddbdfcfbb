/**
 * The Web of Science readers. Tagged text: the reference file rispy/example_wos.ris (despite its name a Web of
 * Science "plain text" export; record count checked against its `ER` lines, fields against values read off the file)
 * and a fixture with awkward shapes. Tab-delimited: a fixture written for these tests with the export's header, BOM,
 * CRLF and trailing tab; the same records as the tagged fixture must read the same.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BibRecord, detectFormat, type ReadResult, readAll } from '@evidens/biblio';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

/** Records counted without the reader: lines that are exactly "ER" (the tagged format's end of record). */
const countEr = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => l.trimEnd() === 'ER').length;
/** Records counted without the reader: non-blank lines after the header of a tab-delimited export. */
const countRows = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length - 1;

const codes = (r: ReadResult) => r.issues.map((i) => i.code);
const key = (r: BibRecord) => ({
  id: r.id,
  title: r.title,
  authors: r.authors,
  year: r.year,
  journal: r.journal,
  volume: r.volume,
  issue: r.issue,
  pages: r.pages,
  doi: r.doi,
  pmid: r.pmid,
});

describe('Web of Science tagged: reference export', () => {
  test('parsers/rispy/example_wos.ris', async (t) => {
    const path = sharedOrSkip(t, 'parsers/rispy/example_wos.ris');
    if (!path) return;
    const text = readFileSync(path, 'utf8');
    const r = await readAll({ path });
    assert.equal(r.format, 'wos');
    assert.equal(r.records.length, countEr(text));
    assert.equal(r.records.length, 2);
    assert.deepEqual(r.issues, []);
    const [first, last] = [r.records[0], r.records[1]];
    assert.deepEqual(key(first), {
      id: 'WOS:000221807500019',
      title:
        'Interactions stabilizing the structure of the core light-harvesting complex (LHl) of photosynthetic bacteria and its subunit (B820)',
      authors: [
        { family: 'Parkes-Loach', given: 'PS' },
        { family: 'Majeed', given: 'AP' },
        { family: 'Law', given: 'CJ' },
        { family: 'Loach', given: 'PA' },
      ],
      year: 2004,
      journal: 'BIOCHEMISTRY',
      volume: '43',
      issue: '22',
      pages: '7003-7016',
      doi: '10.1021/bi049798f',
      pmid: '15170338',
    });
    assert.equal(first.journalAbbrev, 'Biochemistry');
    assert.equal(first.date, '2004-06-08');
    assert.deepEqual(first.issn, ['0006-2960']);
    assert.equal(first.language, 'English');
    assert.equal(first.type, 'article-journal');
    assert.deepEqual(first.keywords.slice(0, 3), [
      'CHEMICALLY SYNTHESIZED POLYPEPTIDES',
      'IN-VITRO RECONSTITUTION',
      'AMINO-ACID-SEQUENCE',
    ]);
    assert.equal(first.keywords.length, 10);
    // Cited references: one per line, each kept.
    assert.equal(first.raw.CR.length, Number(first.raw.NR[0]));
    assert.equal(last.id, 'WOS:000221807500020');
    assert.equal(
      last.title,
      'Proximal and distal influences on ligand binding kinetics in microperoxidase and heme model compounds',
    );
    assert.equal(last.authors[0].family, 'Cao');
    assert.equal(last.authors.length, 9);
    assert.equal(last.year, 2004);
    assert.equal(last.doi, '10.1021/bi0497291');
    assert.equal(last.pmid, '15170339');
  });

  test('parsers/asreview/web_of_science.txt is a Web of Science export in RIS, not tagged text', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/web_of_science.txt');
    if (!path) return;
    const text = readFileSync(path, 'utf8');
    assert.equal(detectFormat(text.slice(0, 8192), 'web_of_science.txt'), 'ris');
    const asWos = await readAll({ path }, { format: 'wos' });
    assert.ok(asWos.issues.length > 0, 'read as tagged text it must not pass silently');
  });
});

describe('Web of Science tagged: awkward shapes (own fixture)', () => {
  const path = fixture('wos-edge.txt');
  const text = readFileSync(path, 'utf8');
  const lineOf = (needle: string) => text.split(/\r\n|\r|\n/).findIndex((l) => l.startsWith(needle)) + 1;

  test('BOM, CRLF, continuation lines, unknown tag, a record without PT, a record without ER', async () => {
    const r = await readAll({ path });
    assert.equal(r.format, 'wos');
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['WOS:000612345600001', 'WOS:000612345600002', 'WOS:000612345600003'],
    );
    const [a, b, c] = r.records;
    assert.equal(a.title, 'Magnesium citrate for nocturnal leg cramps in older adults: a randomised crossover trial');
    assert.deepEqual(a.authors, [
      { family: 'Lindqvist', given: 'Maja' },
      { family: 'Okafor', given: 'Chidi N.' },
    ]);
    assert.deepEqual(a.keywords, ['leg cramps', 'magnesium', 'NOCTURNAL CRAMPS', 'QUININE', 'PREVALENCE']);
    assert.deepEqual(a.issn, ['1234-5679', '2345-6784']);
    assert.equal(a.doi, '10.5555/jmcr.2021.0012');
    assert.equal(a.pages, '201-209');
    assert.deepEqual(a.raw.XX, ['a tag Web of Science does not define']);
    assert.equal(b.title, 'A record that lost its PT line');
    assert.equal(b.year, undefined);
    assert.deepEqual(b.raw.PY, ['20219']);
    assert.equal(b.doi, undefined);
    assert.deepEqual(c.authors, [{ literal: 'Cramp Trialists Group' }]);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.line]),
      [
        ['unknown_tag', lineOf('XX ')],
        ['syntax', lineOf('TI A record that lost')],
        ['bad_value', lineOf('TI A record that lost')],
        ['bad_value', lineOf('TI A record that lost')],
        ['truncated', lineOf('TI A record that lost') + 6],
      ],
    );
  });

  test('CR-only line ends read the same', async () => {
    const crOnly = text.replace(/\r\n/g, '\r');
    const r = await readAll({ data: crOnly, file: 'cr.txt' });
    const lf = await readAll({ path });
    assert.deepEqual(r.records.map(key), lf.records.map(key));
  });

  test('a continuation line before any tag, and ER without a record, are reported', async () => {
    const r = await readAll({ data: 'FN x\nVR 1.0\n   stray\nER\nPT J\nTI T\nER\n', file: 'w.txt' }, { format: 'wos' });
    assert.equal(r.records.length, 1);
    assert.deepEqual(codes(r), ['syntax', 'syntax']);
  });
});

describe('Web of Science tab-delimited (own fixture)', () => {
  const path = fixture('wos-tab.txt');
  const text = readFileSync(path, 'utf8');

  test('header of tags, BOM, CRLF, trailing tab, bare quotes, group author, article number', async () => {
    const r = await readAll({ path });
    assert.equal(r.format, 'wos-tab');
    assert.equal(r.records.length, countRows(text));
    assert.deepEqual(r.issues, []);
    const [a, b, c] = r.records;
    assert.deepEqual(a.authors, [
      { family: 'Lindqvist', given: 'Maja' },
      { family: 'Okafor', given: 'Chidi N.' },
      { family: 'Brandt', given: 'Henrik' },
    ]);
    assert.equal(a.journalAbbrev, 'J. Muscle Cramp Res.');
    assert.equal(a.date, '2021-03-15');
    assert.equal(a.pmid, '31234567');
    assert.deepEqual(a.raw.CR, ['Roffe C, 2002, MED SCI MONITOR, V8, PCR326; Garrison SR, 2012, COCHRANE DB SYST REV']);
    assert.equal(b.title, 'The "reasonable dose" question: magnesium oxide versus citrate, a pooled analysis');
    assert.deepEqual(b.authors, [{ family: 'Haddad', given: 'R' }, { literal: 'Cramp Trialists Group' }]);
    assert.equal(b.pages, 'e0123');
    assert.equal(b.doi, '10.5555/cs.2019.e0123');
    assert.equal(b.date, undefined); // PD "SPR" is a season
    assert.deepEqual(b.publicationTypes, ['Article', 'Proceedings Paper']);
    assert.equal(c.id, 'wos-tab.txt#3');
    assert.equal(c.type, 'chapter');
    assert.deepEqual(c.authors, [{ family: 'Müller', given: 'Jürgen' }]);
  });

  test('the tab-delimited and the tagged export of the same record agree', async () => {
    const tab = (await readAll({ path })).records[0];
    const tagged = (await readAll({ path: fixture('wos-edge.txt') })).records[0];
    const { authors: _a, ...tabKey } = key(tab);
    const { authors: _b, ...taggedKey } = key(tagged);
    assert.deepEqual(tabKey, taggedKey);
    assert.deepEqual(tab.authors.slice(0, 2), tagged.authors);
  });

  test('UTF-16 LE with BOM (the Windows export) reads the same', async () => {
    const utf16 = Buffer.from(text, 'utf16le');
    const bytes = new Uint8Array([0xff, 0xfe, ...utf16.subarray(text.startsWith('\uFEFF') ? 2 : 0)]);
    const r = await readAll({ data: bytes, file: 'wos-tab.txt' });
    const utf8 = await readAll({ path });
    assert.equal(r.format, 'wos-tab');
    assert.deepEqual(r.records.map(key), utf8.records.map(key));
  });

  test('unknown columns and rows with extra cells are reported; empty cells leave fields absent', async () => {
    const data = 'PT\tAU\tTI\tQQ\tUT\nJ\tRoffe, C\tMagnesium\t\tWOS:1\t\t\nJ\t\tNo authors\tx\tWOS:2\tsurplus\n';
    const r = await readAll({ data, file: 'tab.txt' }, { format: 'wos-tab' });
    assert.deepEqual(
      r.records.map((x) => [x.id, x.title, x.authors.length]),
      [
        ['WOS:1', 'Magnesium', 1],
        ['WOS:2', 'No authors', 0],
      ],
    );
    assert.deepEqual(codes(r), ['unknown_tag', 'syntax']);
    assert.deepEqual(r.records[1].raw.QQ, ['x']);
  });
});
