/**
 * The RIS reader on every RIS export in the reference data (record counts checked against an independent count of
 * `TY  -` lines; first and last records checked against values read from the files by hand), on small fixtures for
 * each awkward shape, and on random and mutated input.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  type BibRecord,
  normalisePages,
  parseAuthor,
  READERS,
  type ReadIssue,
  type ReadItem,
  type ReadResult,
  readAll,
} from '@evidens/biblio';
import fc from 'fast-check';
import { sharedOrSkip } from '../../../test-support/shared-data.js';
import { medlineDate, monthDayDate, risDate } from '../src/readers/date-parts.js';
import { issnsOf } from '../src/readers/issn-list.js';
import { cslTypeOfRis, risTypeCode, risTypeOfCsl } from '../src/readers/ris-types.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => join(fixtures, name);

/** Record starts counted without the reader: lines beginning "TY  -" (after a byte-order mark on the first line). */
function countTy(text: string): number {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((l) => l.startsWith('TY  -')).length;
}

interface Expected {
  title?: string;
  family?: string;
  year?: number;
  doi?: string;
  id?: string;
  pmid?: string;
}

function expectRecord(r: BibRecord | undefined, e: Expected, where: string): void {
  assert.ok(r, `${where}: no record`);
  const actual: Expected = {
    title: r.title,
    family: r.authors[0]?.family,
    year: r.year,
    doi: r.doi,
    id: r.id,
    pmid: r.pmid,
  };
  for (const key of Object.keys(e) as (keyof Expected)[]) {
    assert.equal(actual[key], e[key], `${where}: ${key}`);
  }
}

const codes = (r: ReadResult, code: ReadIssue['code']) => r.issues.filter((i) => i.code === code);

interface SharedCase {
  path: string;
  dialect: string;
  count: number;
  first: Expected;
  last?: Expected;
  check?: (r: ReadResult) => void;
}

const SHARED: SharedCase[] = [
  {
    path: 'asreview/_baseline.ris',
    dialect: 'Lens.org export (BOM, CRLF, paragraphs with blank lines in AB)',
    count: 100,
    first: {
      title:
        'The Value of Radiologic Interventions and 18 F-DOPA PET in Diagnosing and Localizing Focal Congenital Hyperinsulinism: Systematic Review and Meta-Analysis',
      family: 'Blomberg',
      year: 2012,
      doi: '10.1007/s11307-012-0572-0',
      id: '000-463-679-101-319',
      pmid: '22752652',
    },
    last: {
      title:
        'The effect of intra-arterial angiotensin II on the hepatic tumor to non-tumor blood flow ratio for radioembolization: a systematic review',
      family: 'van den Hoven',
      year: 2014,
      doi: '10.1016/j.jvir.2013.12.293',
      id: '152-434-819-130-920',
    },
    check: (r) => {
      const last = r.records[99];
      assert.equal(last.authors[0].given, undefined, '"null" as a given name is a placeholder');
      assert.ok(codes(r, 'bad_value').some((i) => /null/.test(i.message) && i.record === 100));
      assert.equal(r.records[0].pmcid, 'PMC3553406');
    },
  },
  {
    path: 'asreview/baseline_empty_values.ris',
    dialect: 'empty values',
    count: 4,
    first: { title: 'Title of reference', id: '1' },
    last: { title: undefined, id: '4' },
    check: (r) => {
      assert.equal(r.records[0].abstract, undefined);
      assert.deepEqual(r.records[0].raw.N2, ['']);
      assert.equal(r.records[1].title, undefined);
      assert.equal(r.records[1].abstract, 'Lorem ipsum dolor sit amet, consectetuer adipiscing elit.');
    },
  },
  {
    path: 'asreview/baseline_reference_types.ris',
    dialect: 'every RIS reference type, the first one empty',
    count: 61,
    first: {},
    check: (r) => {
      assert.equal(r.records[0].type, undefined);
      assert.ok(codes(r, 'missing_field').some((i) => i.line === 1 && /TY is empty/.test(i.message)));
      assert.deepEqual(
        r.records.slice(1).filter((x) => x.type === undefined),
        [],
      );
      assert.deepEqual(codes(r, 'bad_value'), []);
      const byName = new Map(r.records.map((x) => [x.raw.N1?.[0], x.type]));
      assert.equal(byName.get('Reference Type: Journal Article'), 'article-journal');
      assert.equal(byName.get('Reference Type: Book Section'), 'chapter');
      assert.equal(byName.get('Reference Type: Conference Paper'), 'paper-conference');
      assert.equal(byName.get('Reference Type: Thesis'), 'thesis');
      assert.equal(byName.get('Reference Type: Web Page'), 'webpage');
    },
  },
  {
    path: 'asreview/baseline_zotero.ris',
    dialect: 'Zotero, with "nan" left by a spreadsheet',
    count: 100,
    first: {
      title: 'An open source machine learning framework for efficient and transparent systematic reviews',
      family: 'van de Schoot',
      year: 2021,
      doi: '10.1038/s42256-020-00287-7',
    },
    last: {
      title:
        'Efficacy and safety of selective glucocorticoid receptor modulators in comparison to glucocorticoids in arthritis, a systematic review',
      family: 'Safy',
      year: 2017,
      doi: '10.1371/journal.pone.0188810',
    },
    check: (r) => {
      const rooms = r.records[2];
      assert.equal(rooms.title, 'Escape education: A systematic review on escape rooms in education');
      assert.equal(rooms.issue, undefined, 'IS  - nan');
      assert.equal(rooms.pages, '100364', 'EP  - nan');
      assert.equal(rooms.date, '2020', 'DA  - 2020///nan');
      assert.deepEqual(rooms.raw.IS, ['nan']);
    },
  },
  {
    path: 'asreview/embase.ris',
    dialect: 'Embase (T1, A1 "Family I.", N2, JF and JO, repeated SN)',
    count: 6,
    first: {
      title: 'Duplication cysts: Diagnosis, management, and the role of endoscopic ultrasound',
      family: 'Liu',
      year: 2014,
      doi: '10.4103/2303-9027.138783',
    },
    last: {
      title:
        'Completely Isolated Retroperitoneal Enteric Duplication Cyst with Adenocarcinoma Transformation Managed with Robotic Radical Nephrectomy',
      family: 'Faraj',
      year: 2017,
      doi: '10.1089/cren.2017.0016',
    },
    check: (r) => {
      const first = r.records[0];
      assert.deepEqual(first.authors[1], { family: 'Adler', given: 'D.G.' });
      assert.deepEqual(first.issn, ['2226-7190']);
      assert.equal(first.journal, 'Endoscopic Ultrasound');
      assert.match(first.abstract ?? '', /^Gastrointestinal tract duplication cysts are rare/);
      assert.equal(first.keywords.length, 22);
    },
  },
  {
    path: 'asreview/faulty_year.ris',
    dialect: 'a faulty year (PY  - 10 15)',
    count: 1,
    first: {
      title:
        'The Value of Radiologic Interventions and 18 F-DOPA PET in Diagnosing and Localizing Focal Congenital Hyperinsulinism: Systematic Review and Meta-Analysis',
      year: undefined,
    },
    check: (r) => {
      assert.deepEqual(r.records[0].raw.PY, ['10 15']);
      const bad = codes(r, 'bad_value');
      assert.equal(bad.length, 1);
      assert.equal(bad[0].line, 3);
      assert.match(bad[0].message, /PY "10 15"/);
    },
  },
  {
    path: 'asreview/ovid_psycinfo.ris',
    dialect: 'Ovid PsycINFO ("1." before records, NL after ER, links between records)',
    count: 6,
    first: {
      title:
        'The influence of self-criticism on depression symptoms among ambulatory patients with inflammatory bowel disease.',
      family: 'Trindade',
      year: 2019,
      doi: '10.1002/cpp.2398',
      id: '2019-65183-001',
    },
    last: {
      title:
        'Psychological outcomes of a cognitive behavioral therapy for youth with inflammatory bowel disease: Results of the happy-ibd randomized controlled trial at 6- and 12-month follow-up.',
      family: 'Stapersma',
      year: 2019,
      doi: '10.1007/s10880-019-09649-9',
      id: '2019-55194-001',
    },
    check: (r) => {
      assert.equal(r.records[0].journalAbbrev, 'Clin Psychol Psychother', 'NL after ER');
      assert.equal(r.records[0].pages, undefined, 'SP  - No / EP  - Specified');
      assert.equal(r.records[1].pages, '847-856');
      assert.ok(codes(r, 'syntax').some((i) => i.line === 1 && /before the first record/.test(i.message)));
    },
  },
  {
    path: 'asreview/ovid_zotero.ris',
    dialect: 'Ovid through Zotero (a reference in IS)',
    count: 6,
    first: {
      title:
        'The influence of self-criticism on depression symptoms among ambulatory patients with inflammatory bowel disease.',
      family: 'Trindade',
      year: 2019,
      doi: '10.1002/cpp.2398',
      id: 'ovid_zotero.ris#1',
    },
    last: { family: 'Stapersma', year: 2019, doi: '10.1007/s10880-019-09649-9', id: 'ovid_zotero.ris#6' },
    check: (r) => {
      assert.equal(r.records[2].issue, undefined);
      assert.match(r.records[2].raw.IS[0], /^Achenbach/);
      assert.ok(codes(r, 'bad_value').some((i) => i.record === 3 && /IS/.test(i.message)));
    },
  },
  {
    path: 'asreview/proquest.ris',
    dialect: 'ProQuest (AN, "SN  - a, b", DOI as URL)',
    count: 6,
    first: {
      title:
        'Predictors of posttraumatic stress symptom trajectories following the fatal 2011 Christchurch, New Zealand earthquake',
      family: 'Jones',
      year: 2019,
      doi: '10.1002/jts.22387',
      id: '2214991469; 51887',
    },
    last: {
      title:
        'Bayesian PTSD-trajectory analysis with informed priors based on a systematic literature search and expert elicitation',
      family: 'van de Schoot',
      year: 2018,
      doi: '10.1080/00273171.2017.1412293',
      id: '2032784247; 49944',
    },
    check: (r) => {
      assert.deepEqual(r.records[0].issn, ['0894-9867']);
      assert.equal(r.records[0].pmid, undefined);
    },
  },
  {
    path: 'asreview/pubmed_zotero.ris',
    dialect: 'PubMed through Zotero (J2, "DA  - 2019/10//undefined")',
    count: 6,
    first: {
      title:
        'The importance of cognitive flexibility and flexibility in coping with stress for the quality of life in inflammatory bowel disease patients during biological therapy. A preliminary report.',
      family: 'Rudnik',
      year: 2019,
      doi: '10.5114/pg.2018.81081',
    },
    last: {
      title:
        'Efficacy and safety of Tripterygium wilfordii Hook F preparations for the treatment of Crohn disease: A systemic review and meta-analysis protocol.',
      family: 'Zhang',
      year: 2019,
      doi: '10.1097/md.0000000000016231',
    },
    check: (r) => {
      assert.equal(r.records[0].journalAbbrev, 'Prz Gastroenterol');
      assert.deepEqual(r.records[0].issn, ['1895-5770']);
      assert.equal(r.records[1].date, '2019-10');
    },
  },
  {
    path: 'asreview/scopus.ris',
    dialect: 'Scopus (PMID in C2, "SN  - 03064530 (ISSN)", references on continuation lines)',
    count: 6,
    first: {
      title:
        'Stress and the brain-gut axis in functional and chronic-inflammatory gastrointestinal diseases: A transdisciplinary challenge',
      family: 'Labanski',
      year: 2020,
      doi: '10.1016/j.psyneuen.2019.104501',
      pmid: undefined,
    },
    last: {
      title: 'Role of brain imaging in disorders of brain-gut interaction: A Rome Working Team Report',
      family: 'Mayer',
      year: 2019,
      doi: '10.1136/gutjnl-2019-318308',
      pmid: '31175206',
    },
    check: (r) => {
      assert.deepEqual(r.records[0].issn, ['0306-4530']);
      assert.deepEqual(r.records[0].publicationTypes, ['Review']);
      assert.equal(r.records[1].pmid, '31421429');
    },
  },
  {
    path: 'asreview/pubmed_endnote.txt',
    dialect: 'PubMed through EndNote (AN = PMID, KW and N1 on continuation lines)',
    count: 6,
    first: {
      title: 'Boswellia serrata: an overall assessment of in vitro, preclinical, pharmacokinetic and clinical data',
      family: 'Abdel-Tawab',
      year: 2011,
      doi: '10.2165/11586800-000000000-00000',
      id: '369',
      pmid: '21553931',
    },
    last: {
      title:
        'Indigo Naturalis Ameliorates Oxazolone-Induced Dermatitis but Aggravates Colitis by Changing the Composition of Gut Microflora',
      family: 'Adachi',
      year: 2017,
      doi: '10.1159/000471923',
      id: '99',
      pmid: '28482341',
    },
    check: (r) => {
      const first = r.records[0];
      assert.equal(first.keywords.length, 10);
      assert.equal(first.keywords[1], 'Anti-Inflammatory Agents/adverse effects/pharmacokinetics/*pharmacology');
      assert.equal(first.date, '2011-06', 'DA  - Jun with PY  - 2011');
      assert.equal(first.pages, '349-369', 'SP  - 349-69');
      assert.equal(first.journal, 'Clin Pharmacokinet');
    },
  },
  {
    path: 'asreview/ris_issue_1099.txt',
    dialect: 'Citavi (TS, M4, free text after blank lines inside U3)',
    count: 7,
    first: {
      title:
        'Design and prototyping of directly driven outer rotor permanent magnet generator for small scale wind turbines',
      family: 'Vaimann',
      year: 2018,
      doi: '10.15598/aeee.v16i3.2698',
    },
    last: {
      title: 'Influence of the motor load inertia and torque in the fault diagnosis of rotors in induction machines',
      family: 'Viola',
      year: 2005,
      doi: '10.1109/tla.2005.1642429',
    },
    check: (r) => {
      assert.deepEqual(r.records[0].issn, ['1336-1376']);
      assert.equal(r.records[0].raw.U3[0], 'Cited By :9\n\nExport Date: 12 May 2022\n\nArticle');
      assert.equal(r.records[1].type, 'book');
      assert.deepEqual(r.records[2].issn, ['1941-014X']);
      assert.deepEqual(codes(r, 'unknown_tag'), []);
    },
  },
  {
    path: 'asreview/ris_issue_992.txt',
    dialect: 'Rayyan (keywords on continuation lines)',
    count: 19,
    first: { title: 'Overcoming Medication Reconciliation Challenges', family: undefined, year: 2011, id: '1' },
    last: {
      title: 'Behavioral health care quality among marketplace insurers in 2019',
      family: 'Abraham',
      year: 2021,
      doi: '10.1176/appi.ps.202000115',
      id: '1060',
    },
    check: (r) => {
      const kw = r.records[0].keywords;
      assert.equal(kw.length, 13);
      assert.equal(kw[0], 'Health Facility Administration');
      assert.equal(kw[12], 'Patient Education');
    },
  },
  {
    path: 'asreview/web_of_science.txt',
    dialect: 'Web of Science RIS (AN = WOS id, JI/J9, "DA  - SEP")',
    count: 10,
    first: {
      title: 'Holding Yourself Captive: Perceptions of Custody During Interviews and Interrogations',
      family: 'Alceste',
      year: 2018,
      doi: '10.1016/j.jarmac.2018.03.001',
      id: 'WOS:000444108200009',
    },
    last: {
      title: 'On the power of secondary confession evidence',
      family: 'Wetmore',
      year: 2014,
      doi: '10.1080/1068316x.2013.777963',
      id: 'WOS:000333482900004',
    },
    check: (r) => {
      assert.equal(r.records[0].journalAbbrev, 'J. Appl. Res. Mem. Cogn.');
      assert.equal(r.records[0].date, '2018-09');
      assert.deepEqual(r.records[0].issn, ['2211-3681', '2211-369X']);
      assert.ok(r.records.some((x) => x.id === 'Kassin1997'));
      assert.deepEqual(codes(r, 'unknown_tag'), []);
    },
  },
  {
    path: 'synthesisr/scielo.ris',
    dialect: 'SciELO (BOM, CRLF, AB per language, JO and J2)',
    count: 38,
    first: {
      title:
        'The importance of isolated patches for maintaining local bird biodiversity and ecosystem function: a case study from the Pernambuco Center of Endemism, Northeast Brazil',
      family: 'Campos',
      year: 2018,
      doi: '10.1590/1678-4766e2018021',
      id: 'S0073-47212018000100221-scl',
    },
    last: {
      title: 'Effects of forest fragmentation on amazonian understory bird communities',
      family: 'Bierregaard Jr',
      year: 1989,
      doi: '10.1590/1809-43921989191241',
      id: 'S0044-59671989000100215-scl',
    },
    check: (r) => {
      const first = r.records[0];
      assert.match(first.abstract ?? '', /^ABSTRACT The Atlantic Forest/);
      assert.equal(first.raw.AB.length, 2);
      assert.equal(first.journal, 'Iheringia. Série Zoologia');
      assert.equal(first.journalAbbrev, 'Iheringia, Sér. Zool.');
      assert.equal(first.date, '2018-06-21');
      assert.equal(first.issue, undefined, 'IS  - (empty)');
    },
  },
  {
    path: 'synthesisr/scopus.ris',
    dialect: 'Scopus',
    count: 92,
    first: {
      title: 'Black-backed woodpecker occupancy in burned and beetle-killed forests: Disturbance agent matters',
      family: 'Tingley',
      year: 2020,
      doi: '10.1016/j.foreco.2019.117694',
    },
    last: {
      title:
        'Foraging behavior of black-backed and three-toed woodpeckers during spring and summer in a Canadian boreal forest',
      family: 'Villard',
      year: 1994,
      doi: '10.1139/z94-266',
    },
  },
  {
    path: 'colandr/example-endnote.ris',
    dialect: 'EndNote (BOM, CRLF, KW and N1 on continuation lines)',
    count: 4,
    first: { title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111', id: '1' },
    last: { title: 'TITLE4', family: 'LAST_NAME4', year: 2004, id: '4' },
    check: (r) => {
      assert.deepEqual(r.records[0].keywords, ['KEYWORD1_1', 'KEYWORD1_2']);
      assert.equal(r.records[2].type, 'book');
      assert.equal(r.records[3].type, 'article-newspaper');
      assert.equal(r.records[3].journal, 'NEWSPAPER4');
    },
  },
  {
    path: 'colandr/example-mendeley.ris',
    dialect: 'Mendeley (no blank lines between records)',
    count: 4,
    first: { title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111' },
    last: { title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => assert.equal(r.records[0].pages, '1-11'),
  },
  {
    path: 'colandr/example-zotero.ris',
    dialect: 'Zotero (CRLF, J2, T2 of a book is its series)',
    count: 4,
    first: { title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111' },
    last: { title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => {
      assert.equal(r.records[0].journalAbbrev, 'JA1');
      assert.equal(r.records[2].journal, undefined);
    },
  },
  {
    path: 'colandr/example.ris',
    dialect: 'RIS as the specification writes it (JO)',
    count: 4,
    first: { title: 'TITLE1', family: 'LAST_NAME1_1', year: 2001, doi: '10.5555/111111111' },
    last: { title: 'TITLE4', family: 'LAST_NAME4', year: 2004 },
    check: (r) => assert.equal(r.records[1].journal, 'JOURNAL2'),
  },
  {
    path: 'rispy/example_basic.ris',
    dialect: 'basic',
    count: 1,
    first: { title: 'A Mathematical Theory of Communication', family: 'Shannon', year: 1948 },
    check: (r) => {
      assert.equal(r.records[0].authors[0].given, 'Claude E.');
      assert.equal(r.records[0].date, '1948-07');
      assert.equal(r.records[0].pages, '379-423');
    },
  },
  {
    path: 'rispy/example_bom.ris',
    dialect: 'byte-order mark',
    count: 1,
    first: { doi: '10.1186/s40981-020-0316-0' },
    check: (r) => assert.equal(r.records[0].type, 'article-journal'),
  },
  {
    path: 'rispy/example_custom_list_tags.ris',
    dialect: 'SN values that are not ISSNs',
    count: 1,
    first: { family: 'Marx' },
    check: (r) => {
      assert.deepEqual(r.records[0].issn, []);
      assert.deepEqual(r.records[0].raw.SN, ['12345', 'ABCDEFG', '666666']);
    },
  },
  {
    path: 'rispy/example_empty_tag.ris',
    dialect: 'empty tags (SP, ER without trailing space)',
    count: 1,
    first: {
      title:
        'Outcome Measures After Shoulder Stabilization in the Athletic Population: A Systematic Review of Clinical and Patient-Reported Metrics',
      family: 'Fanning',
      year: 2020,
      doi: '10.1177/2325967120950040',
      id: '2006713348',
    },
    check: (r) => {
      const x = r.records[0];
      assert.equal(x.pages, undefined);
      assert.deepEqual(x.raw.SP, ['']);
      assert.match(x.abstract ?? '', /considerable repetition\. Outcome measures are valuable/);
      assert.deepEqual(x.issn, ['2325-9671']);
    },
  },
  {
    path: 'rispy/example_extraneous_data.ris',
    dialect: 'text before and between records, the same ID twice',
    count: 2,
    first: { title: 'Title of reference', family: 'Marx', year: 2014, id: '12345' },
    last: { title: 'The title of the reference', family: 'Marxus', year: 2006, id: '12345' },
    check: (r) => {
      assert.ok(codes(r, 'bad_value').some((i) => i.record === 2 && /same id/.test(i.message)));
      assert.equal(codes(r, 'syntax').length, 2);
    },
  },
  {
    path: 'rispy/example_full.ris',
    dialect: 'full record',
    count: 2,
    first: { title: 'Title of reference', family: 'Marx', year: 2014, id: '12345' },
    last: { title: 'The title of the reference', family: 'Marxus', year: 2006, id: '12345' },
  },
  {
    path: 'rispy/example_full_without_whitespace.ris',
    dialect: 'ER without trailing space',
    count: 2,
    first: { title: 'Title of reference', family: 'Marx', year: 2014, id: '12345' },
    last: { title: 'The title of the reference', family: 'Marxus', year: 2006, id: '12345' },
  },
  {
    path: 'rispy/example_full_write.ris',
    dialect: 'without ID',
    count: 2,
    first: { title: 'Title of reference', family: 'Marx', year: 2014, id: 'example_full_write.ris#1' },
    last: { title: 'The title of the reference', family: 'Marxus', year: 2006, id: 'example_full_write.ris#2' },
  },
  {
    path: 'rispy/example_multi_unknown_tags.ris',
    dialect: 'two unknown tags',
    count: 1,
    first: { title: 'A Mathematical Theory of Communication', family: 'Shannon', year: 1948 },
    check: (r) => {
      assert.deepEqual(
        codes(r, 'unknown_tag').map((i) => i.line),
        [8, 9],
      );
      assert.deepEqual(r.records[0].raw.DC, ['Direct Current']);
    },
  },
  {
    path: 'rispy/example_multiline.ris',
    dialect: 'continuation lines, indented and not, one starting with "ER"',
    count: 3,
    first: {},
    check: (r) => {
      for (const x of r.records) {
        assert.equal(x.abstract, 'first line, ER then second line and at the end the last line');
        assert.equal(x.raw.N1[0], 'first line\n      * second line\n      * last line');
      }
      assert.equal(r.records[2].raw.N2[0], 'first line,\nER then second line and at the end\nthe last line');
    },
  },
  {
    path: 'rispy/example_single_unknown_tag.ris',
    dialect: 'an unknown tag twice',
    count: 1,
    first: { title: 'A Mathematical Theory of Communication', family: 'Shannon', year: 1948 },
    check: (r) => {
      assert.equal(codes(r, 'unknown_tag').length, 1);
      assert.deepEqual(r.records[0].raw.JP, ['CRISPR', 'Direct Current']);
    },
  },
  {
    path: 'rispy/example_starting_newlines.ris',
    dialect: 'blank lines before the first record',
    count: 1,
    first: { title: 'A Mathematical Theory of Communication', family: 'Shannon', year: 1948 },
    check: (r) => assert.deepEqual(codes(r, 'syntax'), []),
  },
  {
    path: 'rispy/example_urls.ris',
    dialect: 'several URLs, in one UR or many',
    count: 4,
    first: { title: 'A Mathematical Theory of Communication', family: 'Shannon', year: 1948 },
    last: { title: 'A Mathematical Theory of Communication', family: 'Shannon', year: 1948 },
    check: (r) => {
      assert.deepEqual(r.records[1].raw.UR, ['http://example.com', 'http://www.example.com']);
      assert.equal(r.records[2].url, 'http://example.com');
      assert.equal(r.records[3].url, 'http://example.com');
    },
  },
  {
    path: 'rispy/example_utf_chars.ris',
    dialect: 'Cyrillic, "TY  - Journal Article", VO, title only in ST',
    count: 1,
    first: {
      title:
        'Состояние рецепторного аппарата эндометрия и метаболизм эстрогенов при гиперплазиях эндометрия в позднем репродуктивном периоде',
      family: 'Dobrokhotova',
      year: 2009,
    },
    check: (r) => {
      assert.equal(r.records[0].type, 'article-journal');
      assert.equal(r.records[0].volume, '8');
      assert.equal(r.records[0].journal, 'Gynecology, Obstetrics and Perinatology');
    },
  },
];

describe('field helpers', () => {
  test('dates: RIS, month and day only, MEDLINE', () => {
    assert.equal(risDate('1948/07//'), '1948-07');
    assert.equal(risDate('2019/10//undefined'), '2019-10');
    assert.equal(risDate('2020///nan'), '2020');
    assert.equal(risDate('2001/1/11/'), '2001-01-11');
    assert.equal(risDate('2018-06-21'), '2018-06-21');
    assert.equal(risDate('2019/13/01'), undefined);
    assert.equal(risDate('Spring 2019'), undefined);
    assert.equal(monthDayDate('Mar 1', 2018), '2018-03-01');
    assert.equal(monthDayDate('SEP', 2018), '2018-09');
    assert.equal(monthDayDate('Sept.', 2018), '2018-09');
    assert.equal(monthDayDate('Spring', 2018), undefined);
    assert.equal(medlineDate('2006 Mar 1'), '2006-03-01');
    assert.equal(medlineDate('2002 Sep'), '2002-09');
    assert.equal(medlineDate('2006'), '2006');
    assert.equal(medlineDate('1998 Dec-1999 Jan'), undefined);
  });

  test('ISSNs: several per value, with or without hyphen, notes and non-ISSNs left out', () => {
    assert.deepEqual(issnsOf(['03064530 (ISSN)', '1895-5770 1895-5770', '0894-9867, 1941014x']), [
      '0306-4530',
      '1895-5770',
      '0894-9867',
      '1941-014X',
    ]);
    assert.deepEqual(issnsOf(['555-3-33-333333-0', '12345', 'ABCDEFG']), []);
  });

  test('reference types both ways', () => {
    assert.equal(risTypeCode('jour'), 'JOUR');
    assert.equal(risTypeCode('Journal Article'), 'JOUR');
    assert.equal(risTypeCode('ZZZZ'), undefined);
    assert.equal(cslTypeOfRis('CPAPER'), 'paper-conference');
    for (const type of ['article-journal', 'book', 'chapter', 'paper-conference', 'thesis', 'report', 'webpage']) {
      assert.equal(cslTypeOfRis(risTypeOfCsl(type)), type, type);
    }
  });

  test('shared normalisation as RIS and MEDLINE need it: initials with full stops, shortened page ranges', () => {
    assert.deepEqual(parseAuthor('Adler D.G.'), { family: 'Adler', given: 'D.G.' });
    assert.deepEqual(parseAuthor('Liu R.'), { family: 'Liu', given: 'R.' });
    assert.deepEqual(parseAuthor('Dupont J.-P.'), { family: 'Dupont', given: 'J.-P.' });
    assert.deepEqual(parseAuthor('Christine Roffe'), { family: 'Roffe', given: 'Christine' });
    assert.equal(normalisePages('616-7'), '616-617');
    assert.equal(normalisePages('5795-813'), '5795-5813');
    assert.equal(normalisePages('349-69'), '349-369');
    assert.equal(normalisePages('636959', '636959'), '636959');
    assert.equal(normalisePages('199-1'), '199-1', 'not a shortened range: left as it is');
    assert.equal(normalisePages('e0815'), 'e0815');
  });
});

describe('RIS exports in the reference data', () => {
  for (const c of SHARED) {
    test(`${c.path}: ${c.dialect}`, async (t) => {
      const path = sharedOrSkip(t, `parsers/${c.path}`);
      if (!path) return;
      assert.equal(countTy(readFileSync(path, 'utf8')), c.count, 'independent count of TY lines');
      const r = await readAll({ path });
      assert.equal(r.format, 'ris', 'detected from the content');
      assert.equal(r.records.length, c.count);
      assert.deepEqual(codes(r, 'record_skipped'), []);
      assert.deepEqual(codes(r, 'truncated'), []);
      expectRecord(r.records[0], c.first, 'first record');
      if (c.last) expectRecord(r.records.at(-1), c.last, 'last record');
      assert.deepEqual(
        r.records.map((x) => x.source.record),
        r.records.map((_, i) => i + 1),
      );
      c.check?.(r);
    });
  }

  test('the table above covers every RIS file of the reference data', async (t) => {
    const root = sharedOrSkip(t, 'parsers');
    if (!root) return;
    const found: string[] = [];
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const name of readdirSync(join(root, dir.name))) {
        const text = readFileSync(join(root, dir.name, name));
        if (/\.(ris|txt)$/.test(name) && countTy(text.toString('utf8')) > 0) found.push(`${dir.name}/${name}`);
      }
    }
    assert.deepEqual(found.sort(), SHARED.map((c) => c.path).sort());
  });

  test('rispy/example_wos.ris is Web of Science tagged text, not RIS: read as RIS it has no records', async (t) => {
    const path = sharedOrSkip(t, 'parsers/rispy/example_wos.ris');
    if (!path) return;
    assert.equal(countTy(readFileSync(path, 'utf8')), 0);
    const r = await readAll({ path }, { format: 'ris' });
    assert.equal(r.records.length, 0);
    assert.ok(codes(r, 'syntax').some((i) => i.severity === 'error' && /no RIS record/.test(i.message)));
  });
});

async function readFixture(name: string): Promise<ReadResult> {
  return readAll({ path: fixture(name) }, { format: 'ris' });
}

/** A record without where it came from, to compare records read from different files. */
function content(r: BibRecord): Omit<BibRecord, 'source' | 'id'> {
  const { source: _source, id: _id, ...rest } = r;
  return rest;
}

describe('RIS fixtures', () => {
  test('LF, CRLF and CR-only line ends give the same records', async () => {
    const lf = await readFixture('ris-lf.ris');
    assert.equal(lf.records.length, 2);
    assert.deepEqual(lf.issues, []);
    for (const name of ['ris-crlf.ris', 'ris-cr.ris']) {
      const other = await readFixture(name);
      assert.deepEqual(other.issues, [], name);
      assert.deepEqual(other.records.map(content), lf.records.map(content), name);
    }
    const [roffe, garrison] = lf.records;
    assert.equal(roffe.pages, 'CR326-330');
    assert.deepEqual(roffe.authors, [
      { family: 'Roffe', given: 'Christine' },
      { family: 'Sills', given: 'Sheila' },
    ]);
    assert.equal(garrison.doi, '10.1002/14651858.cd009402.pub3');
    assert.equal(garrison.date, '2020-09-21');
  });

  test('UTF-16 with a byte-order mark', async () => {
    const r = await readFixture('ris-utf16le-bom.ris');
    assert.deepEqual(r.issues, []);
    const [x] = r.records;
    assert.equal(x.title, 'Magnesium og natlige lægkramper: et dansk forsøg');
    assert.deepEqual(
      x.authors.map((a) => a.family),
      ['Müller', 'Ødegård'],
    );
    assert.equal(x.journal, 'Ugeskrift for Læger');
    assert.equal(x.pages, '12-19', 'en dash made a hyphen');
  });

  test('Windows-1252 bytes (not UTF-8) are read as such, with an encoding warning', async () => {
    const r = await readFixture('ris-latin1.ris');
    assert.equal(codes(r, 'encoding').length, 1);
    const [x] = r.records;
    assert.equal(x.title, 'Crampes nocturnes: étude naïve');
    assert.deepEqual(x.authors, [
      { family: 'Müller', given: 'Jürgen' },
      { family: 'Señora', given: 'Inés' },
    ]);
    assert.equal(x.pages, '12-19');
  });

  test('multi-line fields: wrapped title, paragraphs in the abstract, one keyword per line', async () => {
    const r = await readFixture('ris-multiline.ris');
    assert.deepEqual(r.issues, []);
    const [x] = r.records;
    assert.equal(x.title, 'A title that the export wrapped onto a second line');
    assert.deepEqual(x.raw.TI, ['A title that the export wrapped\n      onto a second line']);
    assert.equal(
      x.abstract,
      'Background: the first paragraph. Methods: a paragraph after a blank line. Results: the next line.',
    );
    assert.deepEqual(x.raw.AB, [
      'Background: the first paragraph.\n\nMethods: a paragraph after a blank line.\nResults: the next line.',
    ]);
    assert.deepEqual(x.keywords, [
      'Muscle Cramp',
      'Magnesium/*therapeutic use',
      'Humans',
      'leg cramps',
      'nocturnal cramps',
    ]);
    assert.deepEqual(x.raw.N1, ['first line\n      * second line'], 'the blank line before PY is no part of N1');
    assert.equal(x.year, 2017);
  });

  test('empty tags, with and without the trailing space, and lenient spacing around the dash', async () => {
    const r = await readFixture('ris-empty-tags.ris');
    assert.deepEqual(r.issues, []);
    assert.equal(r.records.length, 2);
    const [a, b] = r.records;
    assert.deepEqual(a.authors, [{ family: 'Berg', given: 'Ida' }]);
    for (const key of ['pages', 'volume', 'doi'] as const) assert.equal(a[key], undefined, key);
    assert.deepEqual(a.raw.AU, ['', 'Berg, Ida']);
    assert.deepEqual(a.raw.SP, ['']);
    assert.deepEqual(a.raw.EP, ['']);
    assert.equal(b.title, 'Lenient spacing around the dash');
    assert.equal(b.year, 2018);
    assert.equal(b.source.line, 11);
  });

  test('unknown tags: kept in raw, one warning per tag per file', async () => {
    const r = await readFixture('ris-unknown-tags.ris');
    const unknown = codes(r, 'unknown_tag');
    assert.deepEqual(
      unknown.map((i) => [i.line, i.record, /unknown tag (\w+)/.exec(i.message)?.[1]]),
      [
        [3, 1, 'XY'],
        [4, 1, 'Q1'],
        [11, 2, 'ZZ'],
      ],
    );
    assert.deepEqual(r.records[0].raw.XY, ['a tag no specification defines']);
    assert.deepEqual(r.records[1].raw.XY, ['again']);
  });

  test('a missing ER: closed by the next TY (warning), or by the end of the file (truncated); no record lost', async () => {
    const r = await readFixture('ris-missing-er.ris');
    assert.deepEqual(
      r.records.map((x) => [x.source.line, x.title]),
      [
        [1, 'First record, closed properly'],
        [4, 'Second record, its ER is missing'],
        [6, 'Third record, the file ends before its ER'],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.record, i.line]),
      [
        ['syntax', 2, 6],
        ['truncated', 3, 8],
      ],
    );
    assert.equal(r.records[2].year, 2021);
  });

  test('text before the first TY and between records is ignored with a warning; a tag after ER stays with its record', async () => {
    const r = await readFixture('ris-preamble.ris');
    assert.deepEqual(
      r.records.map((x) => x.id),
      ['A-001', 'A-002'],
    );
    assert.equal(r.records[0].journalAbbrev, 'Ex J');
    assert.deepEqual(r.records[0].raw.NL, ['Ex J']);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.line]),
      [
        ['syntax', 1],
        ['syntax', 10],
        ['syntax', 12],
      ],
    );
    assert.match(r.issues[0].message, /before the first record/);
    assert.match(r.issues[0].message, /3 lines/);
    assert.match(r.issues[2].message, /between records/);
  });

  test('faulty years are left out of year with a bad_value issue and kept in raw', async () => {
    const r = await readFixture('ris-faulty-year.ris');
    assert.deepEqual(
      r.records.map((x) => x.year),
      [undefined, undefined, undefined, 2019, 2020],
    );
    assert.deepEqual(
      r.records.map((x) => x.raw.PY[0]),
      ['20xx', '19999', '10 15', '2O19', '2020'],
    );
    const bad = codes(r, 'bad_value');
    assert.deepEqual(
      bad.map((i) => [i.record, i.line]),
      [
        [1, 3],
        [2, 7],
        [3, 11],
        [4, 15],
      ],
    );
    assert.equal(r.records[3].date, '2019-05-14');
    assert.equal(r.records[4].date, '2020-03-01');
  });
});

describe('RIS reader edge cases', () => {
  const read = (text: string) => readAll({ data: text, file: 'edge.ris' }, { format: 'ris' });

  test('empty input: no records and an error saying so', async () => {
    for (const text of ['', '\n\n', '\uFEFF']) {
      const r = await read(text);
      assert.equal(r.records.length, 0);
      assert.equal(r.issues.length, 1);
      assert.match(r.issues[0].message, /no RIS record/);
    }
  });

  test('tag lines outside a record start a record without type; a stray ER is reported', async () => {
    const r = await read('AU  - Berg, Ida\nTI  - No TY here\nER  - \nER  - \n');
    assert.equal(r.records.length, 1);
    assert.equal(r.records[0].title, 'No TY here');
    assert.equal(r.records[0].type, undefined);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.line]),
      [
        ['missing_field', 1],
        ['syntax', 4],
      ],
    );
  });

  test('an unknown TY value is kept in raw with a bad_value issue', async () => {
    const r = await read('TY  - ZZZZ\nTI  - T\nER  - \n');
    assert.equal(r.records[0].type, undefined);
    assert.deepEqual(r.records[0].raw.TY, ['ZZZZ']);
    assert.equal(codes(r, 'bad_value').length, 1);
  });

  test('DOIs from DO (as URL or with "doi:"), else from a doi.org link; a DO without a DOI is reported', async () => {
    const r = await read(
      [
        'TY  - JOUR\nDO  - doi:10.1000/ABC.1\nER  - ',
        'TY  - JOUR\nUR  - https://doi.org/10.1000%2Fxyz\nER  - ',
        'TY  - JOUR\nDO  - not a doi\nER  - ',
      ].join('\n'),
    );
    assert.deepEqual(
      r.records.map((x) => x.doi),
      ['10.1000/abc.1', '10.1000/xyz', undefined],
    );
    assert.ok(codes(r, 'bad_value').some((i) => i.record === 3));
  });

  test('several authors or keywords in one field, separated by ";"', async () => {
    const r = await read('TY  - JOUR\nAU  - Berg, Ida; Holm, Per\nKW  - cramps; magnesium;\nER  - \n');
    assert.deepEqual(r.records[0].authors, [
      { family: 'Berg', given: 'Ida' },
      { family: 'Holm', given: 'Per' },
    ]);
    assert.deepEqual(r.records[0].keywords, ['cramps', 'magnesium']);
  });

  test('chunks split anywhere (inside a CRLF too) give the same result as the whole text', async () => {
    const text = readFileSync(fixture('ris-crlf.ris'), 'utf8') + readFileSync(fixture('ris-multiline.ris'), 'utf8');
    const whole = await collect([text]);
    for (const size of [1, 2, 3, 7, 64]) {
      const parts: string[] = [];
      for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
      assert.deepEqual(await collect(parts), whole, `chunks of ${size}`);
    }
  });

  // Generous bounds (shared CI machines are slow); quadratic work would take minutes here, not seconds.
  test('large input is read in linear time: 10 MB of records, and one field of 200,000 lines', async () => {
    const record = readFileSync(fixture('ris-multiline.ris'), 'utf8');
    const many = record.repeat(Math.ceil((10 * 1024 * 1024) / record.length));
    let start = performance.now();
    const manyItems = await collect(chunked(many, 256 * 1024));
    const manyMs = performance.now() - start;
    assert.equal(manyItems.filter((i) => i.kind === 'record').length, countTy(many));
    const long = `TY  - JOUR\nTI  - Long\nAB  - start\n${'a continuation line of an abstract\n'.repeat(200_000)}ER  - \n`;
    start = performance.now();
    const longItems = await collect(chunked(long, 256 * 1024));
    const longMs = performance.now() - start;
    assert.equal(longItems.filter((i) => i.kind === 'record').length, 1);
    assert.ok(manyMs < 15_000, `10 MB took ${Math.round(manyMs)} ms`);
    assert.ok(longMs < 10_000, `200,000 continuation lines took ${Math.round(longMs)} ms`);
  });
});

function chunked(text: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

type Item = ReadItem;

/** Items from the RIS reader called directly on text chunks (no decoding, no detection). */
async function collect(parts: string[]): Promise<Item[]> {
  const reader = READERS.ris;
  assert.ok(reader, 'the RIS reader is registered');
  const items: Item[] = [];
  const source = (async function* () {
    yield* parts;
  })();
  for await (const item of reader(source, { file: 'mutated.ris', format: 'ris' })) items.push(item);
  return items;
}

/** Line numbers of the lines that start a record by the RIS grammar: "TY", spaces or tabs, "-", then a blank or the end. */
function tyLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const l = i === 0 ? line.replace(/^\uFEFF/, '') : line;
    if (/^TY[ \t]+-(?:[ \t]|$)/.test(l)) out.push(i + 1);
  });
  return out;
}

const BASES = ['ris-lf.ris', 'ris-multiline.ris', 'ris-empty-tags.ris', 'ris-preamble.ris', 'ris-missing-er.ris'].map(
  (name) => readFileSync(fixture(name), 'utf8'),
);

const lineArb = fc.oneof(
  fc.constantFrom(
    'TY  - JOUR',
    'TY  -',
    'TY - BOOK',
    'ER  - ',
    'ER  -',
    'ER',
    '',
    '   ',
    '1.',
    'NL  - Ex J',
    'AU  - Berg, Ida; Holm, Per',
    'KW  - a; b',
    'PY  - 20xx',
    'DA  - Mar 1',
    'SP  - 12-3',
    'DO  - https://doi.org/10.1/x',
    'ZZ  - unknown',
    '      indented continuation',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), line: lineArb }),
  fc.record({
    kind: fc.constant('char' as const),
    at: fc.nat(),
    pos: fc.nat(),
    ch: fc.constantFrom('\n', '\r', '\r\n', '-', ' ', '\t', 'T', 'Y', 'E', 'R', '\uFEFF', 'é', '\u0000', '\uD800'),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), pos: fc.nat() }),
);

type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: Mutation[]): string {
  const lines = text.split(/\r\n|\r|\n/);
  for (const m of mutations) {
    const i = lines.length === 0 ? 0 : m.at % lines.length;
    const l = lines[i] ?? '';
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, l);
        break;
      case 'insert':
        lines.splice(i, 0, m.line);
        break;
      case 'char':
        lines[i] = l.slice(0, m.pos % (l.length + 1)) + m.ch + l.slice(m.pos % (l.length + 1));
        break;
      case 'cut':
        lines[i] = l.slice(0, m.pos % (l.length + 1)) + l.slice((m.pos % (l.length + 1)) + 1);
        break;
    }
  }
  return lines.join('\n');
}

describe('RIS reader on random and mutated input', () => {
  const runs = { numRuns: 300 };

  /** Never throws, stays fast, and every TY line starts a returned record or is named in an issue. */
  async function checkText(text: string, cuts: number[]): Promise<void> {
    const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const p of points) {
      parts.push(text.slice(from, p));
      from = p;
    }
    parts.push(text.slice(from));
    const start = performance.now();
    const items = await collect(parts);
    assert.ok(performance.now() - start < 1000, 'read within a second');
    const records = items.flatMap((i) => (i.kind === 'record' ? [i.record] : []));
    const issues = items.flatMap((i) => (i.kind === 'issue' ? [i.issue] : []));
    const named = new Set([...records.map((r) => r.source.line), ...issues.map((i) => i.line)]);
    for (const line of tyLines(text)) assert.ok(named.has(line), `TY on line ${line} is neither a record nor an issue`);
    assert.deepEqual(
      records.map((r) => r.source.record),
      records.map((_, i) => i + 1),
    );
    for (const r of records) assert.ok(typeof r.id === 'string' && r.id.length > 0);
    assert.deepEqual(
      issues.filter((i) => i.code === 'record_skipped'),
      [],
    );
  }

  test('mutated RIS text (lines deleted, duplicated, inserted; characters inserted and cut)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BASES),
        fc.array(mutationArb, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (base, mutations, cuts) => checkText(mutate(base, mutations), cuts),
      ),
      runs,
    );
  });

  test('random text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 4 }),
        (lines, eol, cuts) => checkText(lines.join(eol), cuts),
      ),
      runs,
    );
  });

  test('random bytes through decoding never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const r = await readAll({ data: bytes, file: 'bytes.ris' }, { format: 'ris' });
        assert.ok(Array.isArray(r.records));
      }),
      { numRuns: 200 },
    );
  });
});
