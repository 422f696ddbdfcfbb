/**
 * Errata tied to their articles by the citations in the titles, nested title notes, the last page as a second field
 * that agrees, and meeting abstracts printed in two journals' supplements. The records are written for these tests,
 * in the shapes MEDLINE, Web of Science and Embase give such records.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Author,
  type BibRecord,
  citesPlace,
  correctedPlace,
  deduplicate,
  emptyRecord,
  erratumPlace,
  inSupplement,
  lastPage,
  matchTitle,
  stripTitleNotes,
} from '@evidens/biblio';

interface Fields {
  title: string;
  authors: string[];
  year: number;
  journal: string;
  volume?: string;
  issue?: string;
  pages?: string;
}

let counter = 0;
function rec(id: string, f: Fields): BibRecord {
  const r = emptyRecord(id, { file: 'test', format: 'csv', record: ++counter });
  const { authors, ...rest } = f;
  Object.assign(r, rest);
  r.authors = authors.map((a): Author => {
    const [family, given] = a.split(', ');
    return { family, given };
  });
  return r;
}

const TITLE =
  'Long-term effect of a complement inhibitor on kidney function in patients with nocturnal haemoglobinuria';
const AUTHORS = ['Holm, P', 'Erlandsen, M', 'Kjaer, R', 'Lund, S'];
const JOURNAL = 'American Journal of Hematology';

const groupOf = (groups: { ids: string[] }[], id: string) => groups.find((g) => g.ids.includes(id))?.ids ?? [id];

describe('citations in titles', () => {
  test("MEDLINE's erratum note gives the erratum's volume, issue and page", () => {
    assert.deepEqual(erratumPlace(`${TITLE}.[Erratum appears in Am J Hematol. 2010 Nov;85(11):911]`), {
      volume: '85',
      issue: '11',
      page: '911',
    });
    assert.deepEqual(
      erratumPlace(`${TITLE}.[Erratum appears in N Engl J Med. 2009 Jun 4;360(23):2487 Note: X [added]]`),
      {
        volume: '360',
        issue: '23',
        page: '2487',
      },
    );
    assert.equal(erratumPlace(`${TITLE}. [Review] [33 refs]`), undefined);
    assert.equal(erratumPlace(TITLE), undefined);
  });

  test("an erratum's title gives the corrected article's volume and first page", () => {
    assert.deepEqual(correctedPlace(`${TITLE} (vol 85, pg 553, 2010)`), { volume: '85', page: '553' });
    assert.deepEqual(correctedPlace(`${TITLE} (American Journal of Hematology (2010) 85 (553-559))`), {
      volume: '85',
      page: '553',
    });
    assert.equal(correctedPlace(`${TITLE} (a pilot study)`), undefined);
    assert.equal(correctedPlace(TITLE), undefined);
  });

  test('a cited place is a record when the volume and the first page agree, or the volume and the issue', () => {
    assert.equal(citesPlace({ volume: '85', page: '553' }, { volume: '85', issue: '8', page: '553' }), true);
    assert.equal(
      citesPlace({ volume: '104', issue: '25', page: '10749' }, { volume: '104', issue: '25', page: '19' }),
      true,
    );
    assert.equal(citesPlace({ volume: '85', page: '553' }, { volume: '85', issue: '8', page: '911' }), false);
    assert.equal(citesPlace({ volume: '85', page: '553' }, { volume: '86', page: '553' }), false);
    assert.equal(citesPlace(undefined, { volume: '85', page: '553' }), false);
  });

  test('matchTitle keeps both citations and marks the erratum', () => {
    const article = matchTitle(`${TITLE}.[Erratum appears in Am J Hematol. 2010 Nov;85(11):911]`);
    assert.deepEqual(article?.erratumAt, { volume: '85', issue: '11', page: '911' });
    assert.equal(article?.notice, undefined);
    const erratum = matchTitle(`${TITLE} (vol 85, pg 553, 2010)`);
    assert.deepEqual(erratum?.corrects, { volume: '85', page: '553' });
    assert.equal(erratum?.notice, 'erratum');
    assert.equal(erratum?.folded, matchTitle(TITLE)?.folded);
  });

  test('nested notes go whole', () => {
    assert.equal(
      stripTitleNotes(
        'Eculizumab for aHUS.[Erratum appears in N Engl J Med. 2009;360(23):2487 Note: Philipp, T [added]]',
      ),
      'Eculizumab for aHUS.',
    );
    assert.equal(
      stripTitleNotes('A title.[Erratum appears in X. 2009;9(9):2205 Note: N, P [added]].[Erratum'),
      'A title.',
    );
  });
});

describe('errata and their articles', () => {
  const article = {
    title: TITLE,
    authors: AUTHORS,
    year: 2010,
    journal: JOURNAL,
    volume: '85',
    issue: '8',
    pages: '553-559',
  };
  const medline = { ...article, title: `${TITLE}.[Erratum appears in Am J Hematol. 2010 Nov;85(11):911]` };
  const erratum = { ...article, authors: ['Holm, P'], issue: '11', pages: '911' };

  test('an erratum that cites its article joins every copy of the article, with the citation as evidence', () => {
    const records = [
      rec('a1', article),
      rec('a2', { ...article, journal: 'Am J Hematol' }),
      rec('e1', { ...erratum, title: `${TITLE} (vol 85, pg 553, 2010)` }),
    ];
    const result = deduplicate(records);
    assert.deepEqual(groupOf(result.groups, 'a1').sort(), ['a1', 'a2', 'e1']);
    const link = result.groups[0].pairs.flatMap((p) => p.evidence).find((e) => e.detail.includes('cites the article'));
    assert.ok(link, 'the citation is named in the evidence');
  });

  test("an article whose MEDLINE note names the erratum's place takes the erratum and its other copy", () => {
    const records = [
      rec('a1', medline),
      rec('a2', article),
      rec('e1', { ...erratum, title: `Erratum: ${TITLE}` }),
      rec('e2', { ...erratum, title: `${TITLE} (vol 85, pg 553, 2010)` }),
    ];
    const result = deduplicate(records);
    assert.deepEqual(groupOf(result.groups, 'a1').sort(), ['a1', 'a2', 'e1', 'e2']);
  });

  test("the merged record is the article's, kept even when the erratum comes first; the erratum is a source", () => {
    const records = [rec('e1', { ...erratum, title: `${TITLE} (vol 85, pg 553, 2010)` }), rec('a1', article)];
    const [group] = deduplicate(records).groups;
    assert.deepEqual(group.ids, ['a1', 'e1']);
    assert.equal(group.merged.id, 'a1');
    assert.deepEqual(
      [group.merged.title, group.merged.issue, group.merged.pages, group.merged.authors.length],
      [TITLE, '8', '553-559', 4],
    );
    assert.deepEqual(
      group.merged.mergedFrom.map((m) => m.id),
      ['a1', 'e1'],
    );
  });

  test('an erratum that cites no place stays apart from the article', () => {
    const records = [
      rec('a1', article),
      rec('a2', { ...article }),
      rec('e1', { ...erratum, title: `Erratum: ${TITLE}` }),
    ];
    const result = deduplicate(records);
    assert.deepEqual(groupOf(result.groups, 'a1').sort(), ['a1', 'a2']);
    assert.deepEqual(groupOf(result.groups, 'e1'), ['e1']);
  });

  test('an erratum citing another article of the same title and volume is not joined', () => {
    const records = [rec('a1', article), rec('e1', { ...erratum, title: `${TITLE} (vol 85, pg 600, 2010)` })];
    assert.deepEqual(deduplicate(records).groups, []);
  });
});

describe('pages and supplements', () => {
  test('last pages, written out', () => {
    assert.equal(lastPage('288–97'), '297');
    assert.equal(lastPage('30-38'), '38');
    assert.equal(lastPage('S212-S216'), 's216');
    assert.equal(lastPage('945'), undefined);
    assert.equal(lastPage('e1234'), undefined);
    assert.equal(lastPage('100-'), undefined);
  });

  test('supplements are recognised in volume, issue or page', () => {
    assert.equal(inSupplement('145', 'Suppl. 1', '23'), true);
    assert.equal(inSupplement('30', 'SUPPL', '30-38'), true);
    assert.equal(inSupplement('42', undefined, 'S79'), true);
    assert.equal(inSupplement('19', '8', '943-945'), false);
    assert.equal(inSupplement('12', 'Supplementary', '1'), false);
  });

  test('a translated title is placed by journal, volume and the whole page range', () => {
    const base = { authors: ['Andersen, A'], year: 2010, journal: 'Nefrologia', volume: '30', pages: '30-38' };
    const records = [
      rec('en', { ...base, title: 'Indications and contraindications for living kidney donations' }),
      rec('tr', { ...base, title: '[Indications and contraindications of living-donor kidney transplantation]' }),
    ];
    assert.deepEqual(groupOf(deduplicate(records).groups, 'en').sort(), ['en', 'tr']);
    // One page in common is not enough for titles that far apart.
    const single = records.map((r) => ({ ...r, pages: '30' }));
    assert.deepEqual(deduplicate(single).groups, []);
  });

  test("a meeting abstract in two journals' supplements is one; two articles in two journals' volumes are two", () => {
    const base = { title: TITLE, authors: AUTHORS, year: 2009 };
    const abstracts = [
      rec('s1', { ...base, journal: 'British Journal of Haematology', volume: '145', issue: 'Suppl. 1', pages: '23' }),
      rec('s2', { ...base, journal: 'Haematologica', volume: '94', issue: 'Suppl. 2', pages: '239-240' }),
    ];
    assert.deepEqual(groupOf(deduplicate(abstracts).groups, 's1').sort(), ['s1', 's2']);
    const articles = [
      rec('j1', { ...base, journal: 'British Journal of Haematology', volume: '145', issue: '1', pages: '23-30' }),
      rec('j2', { ...base, journal: 'Haematologica', volume: '94', issue: '2', pages: '239-246' }),
    ];
    assert.deepEqual(deduplicate(articles).groups, []);
  });
});
