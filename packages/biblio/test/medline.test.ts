/**
 * The MEDLINE (.nbib) reader on the PubMed MEDLINE exports in the reference data (record counts checked against an
 * independent count of `PMID- ` lines; first and last records against values read from the files by hand), on a
 * fixture with the awkward shapes, and on mutated input.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BibRecord, detectFormat, READERS, type ReadItem, type ReadResult, readAll } from '@evidens/biblio';
import fc from 'fast-check';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

/** Records counted without the reader: lines beginning "PMID- ". */
const countPmid = (text: string) => text.split(/\r\n|\r|\n/).filter((l) => l.startsWith('PMID- ')).length;

interface Expected {
  pmid?: string;
  title?: string;
  family?: string;
  year?: number;
  doi?: string;
}

function expectRecord(r: BibRecord | undefined, e: Expected, where: string): void {
  assert.ok(r, `${where}: no record`);
  const actual: Expected = { pmid: r.pmid, title: r.title, family: r.authors[0]?.family, year: r.year, doi: r.doi };
  for (const key of Object.keys(e) as (keyof Expected)[]) assert.equal(actual[key], e[key], `${where}: ${key}`);
  assert.equal(r.id, r.pmid, `${where}: the id is the PMID`);
}

interface SharedCase {
  path: string;
  count: number;
  first: Expected;
  last?: Expected;
  check?: (r: ReadResult) => void;
}

const SHARED: SharedCase[] = [
  {
    path: 'biopython/pubmed_result1.txt',
    count: 1,
    first: {
      pmid: '12230038',
      title: 'The Bio* toolkits--a brief overview.',
      family: 'Mangalam',
      year: 2002,
      doi: undefined,
    },
    check: (r) => {
      const x = r.records[0];
      assert.equal(x.date, '2002-09');
      assert.equal(x.journal, 'Briefings in bioinformatics');
      assert.equal(x.journalAbbrev, 'Brief Bioinform');
      assert.equal(x.pages, '296-302');
      assert.deepEqual(x.issn, ['1467-5463']);
      assert.deepEqual(x.mesh.slice(0, 2), ['*Computational Biology', 'Computer Systems']);
      assert.deepEqual(x.publicationTypes, ['Journal Article']);
      assert.equal(x.language, 'eng');
      assert.match(x.abstract ?? '', /^Bioinformatics research is often difficult .* programmer\.$/);
    },
  },
  {
    path: 'biopython/pubmed_result2.txt',
    count: 4,
    first: {
      pmid: '16403221',
      title: 'A high level interface to SCOP and ASTRAL implemented in python.',
      family: 'Casbon',
      year: 2006,
      doi: '10.1186/1471-2105-7-10',
    },
    last: {
      pmid: '14630660',
      title: 'PDB file parser and structure class implemented in Python.',
      family: 'Hamelryck',
      year: 2003,
      doi: undefined,
    },
    check: (r) => {
      assert.equal(r.records[0].pmcid, 'PMC1373603');
      assert.equal(
        r.records[1].title,
        'GenomeDiagram: a python package for the visualization of large-scale genomic data.',
      );
      assert.equal(r.records[1].pages, '616-617', 'PG  - 616-7');
      assert.equal(r.records[1].date, '2006-03-01');
      assert.deepEqual(r.records[2].authors[0], { family: 'de Hoon', given: 'M J L' });
      assert.ok(r.records[3].mesh.includes('Information Storage and Retrieval/*methods/*standards'));
    },
  },
  {
    path: 'biopython/pubmed_result3.txt',
    count: 1,
    first: {
      pmid: '23039619',
      title: 'Effects of different parameters in the fast scanning method for HIFU treatment.',
      family: 'Qiao',
      year: 2012,
      doi: '10.1118/1.4748329',
    },
    check: (r) => {
      const x = r.records[0];
      assert.equal(x.pages, '5795-5813');
      assert.ok(x.mesh.includes('High-Intensity Focused Ultrasound Ablation/adverse effects/instrumentation/*methods'));
      assert.equal(x.raw.MH[1], 'High-Intensity Focused Ultrasound Ablation/adverse\neffects/instrumentation/*methods');
    },
  },
  {
    path: 'rispy/example_pubmed.txt',
    count: 10,
    first: {
      pmid: '30922926',
      title: 'Time lapse: A glimpse into prehistoric genomics.',
      family: 'Griffin',
      year: 2020,
      doi: '10.1016/j.ejmg.2019.03.004',
    },
    last: {
      pmid: '36122246',
      title: 'Low dinosaur biodiversity in central China 2 million years prior to the end-Cretaceous mass extinction.',
      family: 'Han',
      year: 2022,
      doi: '10.1073/pnas.2211234119',
    },
    check: (r) => {
      const [first, second, third] = r.records;
      assert.deepEqual(first.issn, ['1878-0849', '1769-7212']);
      assert.deepEqual(first.keywords, ['Chromosome', 'Comparative', 'Dinosaur', 'Genome evolution', 'Karyotype']);
      assert.equal(first.pmcid, 'PMC7026692');
      assert.equal(first.pages, '103640');
      assert.equal(second.authors[0].family, 'Peñalver');
      assert.equal(third.pages, 'e80092', 'no PG: the article number from LID');
      assert.deepEqual(r.issues, []);
    },
  },
];

describe('MEDLINE exports in the reference data', () => {
  for (const c of SHARED) {
    test(c.path, async (t) => {
      const path = sharedOrSkip(t, `parsers/${c.path}`);
      if (!path) return;
      assert.equal(countPmid(readFileSync(path, 'utf8')), c.count, 'independent count of PMID lines');
      const r = await readAll({ path });
      assert.equal(r.format, 'medline', 'detected from the content');
      assert.equal(r.records.length, c.count);
      expectRecord(r.records[0], c.first, 'first record');
      if (c.last) expectRecord(r.records.at(-1), c.last, 'last record');
      c.check?.(r);
    });
  }

  test('asreview/pubmed_endnote.txt is PubMed through EndNote as RIS, not MEDLINE', async (t) => {
    const path = sharedOrSkip(t, 'parsers/asreview/pubmed_endnote.txt');
    if (!path) return;
    const text = readFileSync(path, 'utf8');
    assert.equal(countPmid(text), 0);
    assert.equal(detectFormat(text, 'pubmed_endnote.txt'), 'ris');
  });
});

describe('MEDLINE fixture and edge cases', () => {
  test('group authors, wrapped fields, a PMID without a blank line before it, a record without PMID', async () => {
    const r = await readAll({ path: fixture('medline-edge.nbib') });
    assert.equal(r.format, 'medline');
    assert.equal(r.records.length, 3);
    const [a, b, c] = r.records;
    assert.equal(a.title, 'A record with a group author and a title that wraps onto a second line.');
    assert.deepEqual(a.authors, [{ literal: 'Example Trial Collaborative Group' }, { family: 'Berg', given: 'Ida' }]);
    assert.equal(a.date, '2019 Spring');
    assert.equal(a.year, 2019);
    assert.equal(a.pages, '101-109');
    assert.equal(a.doi, '10.1000/example.1');
    assert.deepEqual(a.mesh, [
      'Muscle Cramp/drug therapy/*prevention & control',
      '*Magnesium Sulfate/administration & dosage/therapeutic use',
    ]);
    assert.deepEqual(a.publicationTypes, ['Journal Article', 'Randomized Controlled Trial']);
    assert.deepEqual(a.keywords, ['leg cramps']);
    assert.deepEqual(a.raw.XX, ['a tag NLM does not define']);

    assert.equal(b.id, '10000002');
    assert.deepEqual(b.authors, [{ family: 'Holm', given: 'P' }], 'AU when there is no FAU');
    assert.equal(b.year, undefined);
    assert.deepEqual(b.raw.DP, ['20xx']);

    assert.equal(c.id, 'medline-edge.nbib#3');
    assert.equal(c.pmid, undefined);
    assert.equal(c.pages, 'e12345');
    assert.equal(c.date, '2021-01-05');
    assert.deepEqual(c.issn, ['1234-5678']);
    assert.equal(c.source.line, 25);

    assert.deepEqual(
      r.issues.map((i) => [i.code, i.record, i.line]),
      [
        ['unknown_tag', 1, 18],
        ['syntax', 1, 19],
        ['bad_value', 2, 22],
        ['missing_field', 3, 25],
      ],
    );
  });

  test('CRLF line ends and blank lines before the first record', async () => {
    const text = '\r\n\r\nPMID- 1\r\nTI  - First\r\n      title.\r\nDP  - 2001\r\n\r\nPMID- 2\r\nTI  - Second\r\n';
    const r = await readAll({ data: text, file: 'crlf.nbib' }, { format: 'medline' });
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      r.records.map((x) => [x.id, x.title, x.source.line]),
      [
        ['1', 'First title.', 3],
        ['2', 'Second', 8],
      ],
    );
  });

  test('text outside records and lines that are not indented are reported, not lost', async () => {
    const text = 'Search results\n\nPMID- 1\nTI  - A title\nnot indented\nDP  - 2001\n';
    const r = await readAll({ data: text, file: 'odd.nbib' }, { format: 'medline' });
    assert.equal(r.records[0].title, 'A title not indented');
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.line]),
      [
        ['syntax', 1],
        ['syntax', 5],
      ],
    );
  });

  test('empty input: no records and an error saying so', async () => {
    const r = await readAll({ data: '\n', file: 'empty.nbib' }, { format: 'medline' });
    assert.equal(r.records.length, 0);
    assert.match(r.issues[0].message, /no MEDLINE record/);
  });
});

async function collect(text: string): Promise<ReadItem[]> {
  const reader = READERS.medline;
  assert.ok(reader, 'the MEDLINE reader is registered');
  const items: ReadItem[] = [];
  const source = (async function* () {
    yield text;
  })();
  for await (const item of reader(source, { file: 'mutated.nbib', format: 'medline' })) items.push(item);
  return items;
}

describe('MEDLINE reader on mutated input', () => {
  const base = readFileSync(fixture('medline-edge.nbib'), 'utf8');
  const lineArb = fc.oneof(
    fc.constantFrom('PMID- 123', 'PMID-', '', 'AU  - Berg I', '      continued', 'MH  - *Humans', 'DP  - 20xx', 'XX'),
    fc.string({ maxLength: 30 }),
  );

  test('never throws, stays fast, and every PMID line starts a record or is named in an issue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(3), lineArb), { maxLength: 12 }), async (mutations) => {
        const lines = base.split('\n');
        for (const [at, kind, line] of mutations) {
          const i = at % (lines.length + 1);
          if (kind === 0) lines.splice(i, 1);
          else if (kind === 1) lines.splice(i, 0, line);
          else if (kind === 2 && i < lines.length) lines.splice(i, 0, lines[i]);
          else if (i < lines.length) lines[i] = lines[i].slice(0, at % 7) + line.slice(0, 3);
        }
        const text = lines.join('\n');
        const start = performance.now();
        const items = await collect(text);
        assert.ok(performance.now() - start < 1000);
        const named = new Set(
          items.map((i) => (i.kind === 'record' ? i.record.source.line : i.issue.line)).filter((n) => n !== undefined),
        );
        text.split('\n').forEach((l, i) => {
          if (/^PMID-( |$)/.test(l)) assert.ok(named.has(i + 1), `PMID on line ${i + 1}`);
        });
      }),
      { numRuns: 300 },
    );
  });
});
