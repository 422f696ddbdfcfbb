/**
 * Deduplication, piece by piece: folding and the prepared fields, the string metrics (checked against the published
 * examples and against a plain dynamic programme on random strings), blocking, the evidence and its points, the grey
 * zone, the chaining guard, merging, the degenerate inputs, and the record-level accuracy count.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type Author,
  type BibRecord,
  bagDistance,
  boundedLevenshtein,
  candidatePairs,
  clearlyDistinct,
  compareAuthors,
  compareJournals,
  comparePages,
  compareTitles,
  DEFAULT_OPTIONS,
  deduplicate,
  emptyRecord,
  exchangedWords,
  firstPage,
  foldText,
  jaroWinkler,
  locator,
  matchAuthor,
  matchAuthors,
  matchJournal,
  matchTitle,
  mergeRecords,
  newPrepareCache,
  prepareRecord,
  scoreDeduplication,
  scorePair,
  spellingVariant,
  stripTitleNotes,
  titlePoints,
} from '@evidens/biblio';
import fc from 'fast-check';

interface Fields {
  title?: string;
  authors?: string[];
  year?: number;
  journal?: string;
  journalAbbrev?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  abstract?: string;
  type?: string;
  keywords?: string[];
}

let counter = 0;

/** A record from a few fields; authors as "Family, Given". */
function rec(id: string, f: Fields): BibRecord {
  const r = emptyRecord(id, { file: 'test', format: 'csv', record: ++counter });
  const { authors, keywords, ...rest } = f;
  Object.assign(r, rest);
  r.authors = (authors ?? []).map((a): Author => {
    const [family, given] = a.split(', ');
    return given ? { family, given } : { family };
  });
  r.keywords = keywords ?? [];
  return r;
}

const ARTICLE: Fields = {
  title: 'Comparison of human papillomavirus distribution in cytologic subgroups of low-grade squamous lesion',
  authors: ['Zuna, R E', 'Wang, S S', 'Schiffman, M', 'Solomon, D'],
  year: 2006,
  journal: 'Cancer',
  volume: '108',
  pages: '288-297',
};

function prepared(...records: BibRecord[]) {
  const cache = newPrepareCache();
  return records.map((r, i) => prepareRecord(r, i, cache));
}

const T = { duplicateAt: DEFAULT_OPTIONS.duplicateAt, uncertainAt: DEFAULT_OPTIONS.uncertainAt };

function pairOf(a: BibRecord, b: BibRecord) {
  const [x, y] = prepared(a, b);
  return scorePair(x, y, [a.id, b.id], T);
}

describe('normalisation for matching', () => {
  test('folding: case, diacritics, Greek letters, markup, "&"', () => {
    assert.equal(
      foldText('Hémolytic–Uremic Syndrome: β-cell & <i>CFH</i>'),
      'hemolytic uremic syndrome beta cell and cfh',
    );
    assert.equal(foldText('Gro{\\ss}e {\\"O}dem &amp; Kr\\"ampfe'), 'grosse odem and krampfe');
    assert.equal(foldText('Ærø Łódź straße'), 'aero lodz strasse');
    assert.equal(foldText('  ...  '), '');
  });

  test('spelling variants: British and American forms meet', () => {
    assert.equal(spellingVariant('haemolytic'), spellingVariant('hemolytic'));
    assert.equal(spellingVariant('randomised'), spellingVariant('randomized'));
    assert.equal(spellingVariant('tumour'), spellingVariant('tumor'));
    assert.equal(spellingVariant('oesophageal'), 'esophageal');
  });

  test('title notes: translations unbracketed, "[Review] [33 refs]" and "(Provisional abstract)" dropped', () => {
    assert.equal(
      stripTitleNotes('[Clinical aspects of the complement system]. [Japanese]'),
      'Clinical aspects of the complement system.',
    );
    assert.equal(stripTitleNotes('Update on HPV infection. [Review] [33 refs]'), 'Update on HPV infection.');
    assert.equal(stripTitleNotes('HPV testing after CIN 3 (Provisional abstract)'), 'HPV testing after CIN 3');
    assert.equal(stripTitleNotes('A cut-off note. [Review'), 'A cut-off note.');
  });

  test('titles: stop words out, one spelling, numbers and notices kept aside', () => {
    const a = matchTitle('The role of complement in haemolytic-uraemic syndrome. [Review]');
    const b = matchTitle('Role of Complement in Hemolytic Uremic Syndrome');
    assert.equal(a?.compact, b?.compact);
    assert.equal(a?.compact, 'rolecomplementhemolyticuremicsyndrome');
    assert.deepEqual(matchTitle('HPV16 and HPV-18: part II')?.numbers, ['ii', '16', '18']);
    assert.equal(matchTitle('Erratum: Severe deficiency of ADAMTS 13')?.notice, 'erratum');
    assert.equal(matchTitle('Thrombomodulin in atypical HUS. Authors reply')?.notice, 'reply');
    assert.equal(matchTitle('Eculizumab for atypical HUS (vol 360, pg 542, 2009)')?.notice, 'erratum');
    assert.equal(
      matchTitle('Eculizumab for aHUS (New England Journal of Medicine (2009) 360 (542-544))')?.notice,
      'erratum',
    );
    assert.equal(matchTitle('Eculizumab for aHUS (vol 360, pg 542, 2009)')?.compact, 'eculizumabahus');
    assert.equal(matchTitle('Eculizumab for atypical HUS')?.notice, undefined);
    assert.equal(matchTitle(''), undefined);
    assert.equal(matchTitle('[ ]'), undefined);
  });

  test('authors: family name without particles or suffixes, first initial, garbled forms recovered', () => {
    assert.deepEqual(matchAuthor({ family: 'van der Berg', given: 'J A' }), {
      family: 'berg',
      initial: 'j',
      words: ['berg'],
    });
    assert.deepEqual(matchAuthor({ family: 'van', given: 'Hamont D' }), {
      family: 'hamont',
      initial: 'd',
      words: ['hamont'],
    });
    assert.equal(matchAuthor({ family: 'Wright Jr.', given: 'T C' })?.family, 'wright');
    assert.equal(matchAuthor({ family: 'Nürnberger', given: 'Jens' })?.family, 'nurnberger');
    assert.equal(matchAuthor({ literal: 'Cochrane Pain Group' })?.family, 'cochranepaingroup');
    assert.equal(matchAuthor({}), undefined);
    // "Lopez, Rubio M." and "Rubio, M. L.": the family name of one is a name word of the other.
    const a = matchAuthors([
      { family: 'Lopez', given: 'Rubio M.' },
      { family: 'Morado', given: 'M.' },
    ]);
    const b = matchAuthors([
      { family: 'Rubio', given: 'M. L.' },
      { family: 'Morado', given: 'M.' },
    ]);
    assert.deepEqual(compareAuthors(a, b), { first: true, matched: 2, sizes: [2, 2] });
    // A typo: Schiffman / Schifman; but Wang and Wong are two people.
    const c = matchAuthors([
      { family: 'Zuna', given: 'R' },
      { family: 'Schiffman', given: 'M' },
    ]);
    const d = matchAuthors([
      { family: 'Zuna', given: 'R' },
      { family: 'Schifman', given: 'M' },
    ]);
    assert.equal(compareAuthors(c, d).matched, 2);
    const e = matchAuthors([{ family: 'Wang', given: 'S' }]);
    const f = matchAuthors([{ family: 'Wong', given: 'S' }]);
    assert.equal(compareAuthors(e, f).matched, 0);
  });

  test('journals: full and abbreviated, extended, acronyms', () => {
    const j = (name: string) => matchJournal(name, undefined);
    assert.equal(
      compareJournals(j('J Am Soc Nephrol'), j('Journal of the American Society of Nephrology')),
      'abbreviation',
    );
    assert.equal(compareJournals(j('N Engl J Med'), j('New England Journal of Medicine')), 'abbreviation');
    assert.equal(compareJournals(j('Obstetrics & Gynecology'), j('Obstetrics and Gynecology.')), 'equal');
    assert.equal(compareJournals(j('CMAJ'), j('Canadian Medical Association Journal')), 'abbreviation');
    assert.equal(
      compareJournals(
        j(
          'International journal of gynecological cancer : official journal of the International Gynecological Cancer Society',
        ),
        j('International Journal of Gynecological Cancer'),
      ),
      'abbreviation',
    );
    assert.equal(compareJournals(j('Cancer'), j('Acta Cytologica')), 'different');
    assert.equal(compareJournals(j('Cancer'), []), undefined);
    assert.equal(compareJournals(matchJournal('Journal of Pediatrics', 'J Pediatr'), j('J Pediatr')), 'equal');
  });

  test('pages and volumes: first page from every form, prefixes, no digit no page', () => {
    assert.equal(firstPage('288-297'), '288');
    assert.equal(firstPage('288–97'), '288');
    assert.equal(firstPage('288--297'), '288');
    assert.equal(firstPage('e1234'), 'e1234');
    assert.equal(firstPage('S417-S429'), 's417');
    assert.equal(firstPage('532, 534-536'), '532');
    assert.equal(firstPage('0045'), '45');
    assert.equal(firstPage('Suppl-29'), undefined);
    assert.equal(firstPage('June'), undefined);
    assert.equal(firstPage(undefined), undefined);
    assert.equal(comparePages('c37', '37'), 'similar');
    assert.equal(comparePages('288', '289'), 'conflict');
    assert.equal(comparePages('s1', 'e1'), 'conflict');
    assert.equal(locator('Vol. 019'), '19');
    assert.equal(locator('Suppl 2'), 'suppl2');
    assert.equal(locator('SUPPL'), undefined);
  });
});

describe('string metrics', () => {
  test('Jaro–Winkler: the published examples (Winkler 1990)', () => {
    assert.equal(jaroWinkler('martha', 'marhta').toFixed(4), '0.9611');
    assert.equal(jaroWinkler('dwayne', 'duane').toFixed(4), '0.8400');
    assert.equal(jaroWinkler('dixon', 'dicksonx').toFixed(4), '0.8133');
    assert.equal(jaroWinkler('abc', 'abc'), 1);
    assert.equal(jaroWinkler('abc', ''), 0);
    assert.equal(jaroWinkler('abc', 'xyz'), 0);
  });

  test('Levenshtein: known distances, the bound, non-ASCII', () => {
    assert.equal(boundedLevenshtein('kitten', 'sitting', 5), 3);
    assert.equal(boundedLevenshtein('kitten', 'sitting', 2), 3);
    assert.equal(boundedLevenshtein('', 'abc', 5), 3);
    assert.equal(boundedLevenshtein('abc', 'abc', 0), 0);
    assert.equal(boundedLevenshtein('héllo', 'hello', 3), 1);
    assert.equal(bagDistance('kitten', 'sitting'), 3);
  });

  test('Levenshtein agrees with the plain dynamic programme on random strings of up to 150 characters', () => {
    const table = (a: string, b: string) => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
          cur.push(Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1));
        prev = cur;
      }
      return prev[b.length];
    };
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), maxLength: 150 });
    fc.assert(
      fc.property(text, text, fc.nat(160), (a, b, max) => {
        const d = table(a, b);
        assert.equal(boundedLevenshtein(a, b, max), Math.min(d, max + 1));
        assert.ok(bagDistance(a, b) <= d);
      }),
      { numRuns: 400 },
    );
  });

  test('title similarity: word overlap, edit similarity, containment', () => {
    const [a, b, c, d] = prepared(
      rec('a', { title: 'Atypical hemolytic-uremic syndrome.' }),
      rec('b', { title: 'MEDICAL PROGRESS Atypical Hemolytic-Uremic Syndrome' }),
      rec('c', { title: 'Clinical performance of a human papillomavirus messenger RNA test (Aptima HPV Assay)' }),
      rec('d', { title: 'Clinical performance of a human papillomavirus messenger RNA test (Aptima HPV Asay)' }),
    );
    assert.deepEqual(compareTitles(a, b), { value: 0.8, contained: true });
    const typo = compareTitles(c, d)!;
    assert.ok(typo.value > 0.98 && typo.value < 1, `typo: ${typo.value}`);
    assert.equal(compareTitles(a, prepared(rec('x', {}))[0]), undefined);
    assert.equal(titlePoints(1), 10);
    assert.equal(titlePoints(0.2), -14);
  });

  test('exchanged words: a content word for an unrelated one, not a typo', () => {
    const [a, b, c] = prepared(
      rec('a', { title: 'Open label trial of eculizumab in adult patients' }),
      rec('b', { title: 'Open label trial of eculizumab in adolescent patients' }),
      rec('c', { title: 'Open label trial of eculizumab in adult patiens' }),
    );
    assert.deepEqual(exchangedWords(a, b), [['adult', 'adolescent']]);
    assert.deepEqual(exchangedWords(a, c), []);
  });
});

describe('blocking', () => {
  const n = 3000;
  /** Unrelated records, with a few planted pairs that only one pass can find. */
  function corpus(): BibRecord[] {
    let seed = 7;
    const u = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const words =
      'alpha beta gamma delta kappa omega sigma theta lambda zeta rho tau phi psi chi eta iota nu xi pi'.split(' ');
    const title = () =>
      Array.from({ length: 8 }, () => words[Math.floor(u() * words.length)] + Math.floor(u() * 50)).join(' ');
    return Array.from({ length: n }, (_, i) =>
      rec(`r${i}`, { title: title(), authors: [`Author${i % 700}, A`], year: 1990 + (i % 30) }),
    );
  }

  test('each pass finds what it is for, and no pass compares all pairs', () => {
    const records = corpus();
    // A late typo (sorted neighbourhood), an early difference (reversed titles), a shared DOI with different titles.
    records[10] = rec('late-a', { title: 'Magnesium for skeletal muscle cramps in adults' });
    records[2000] = rec('late-b', { title: 'Magnesium for skeletal muscle cramps in adultz' });
    records[20] = rec('early-a', { title: 'MEDICAL PROGRESS Magnesium and nocturnal leg cramps' });
    records[2500] = rec('early-b', { title: 'Magnesium and nocturnal leg cramps' });
    records[30] = rec('doi-a', { title: 'Something', doi: '10.1000/xyz' });
    records[2900] = rec('doi-b', { title: 'Quite different', doi: '10.1000/xyz' });
    const keys = new Set(candidatePairs(prepared(...records), { window: 6, maxBlock: 40 }));
    for (const [i, j] of [
      [10, 2000],
      [20, 2500],
      [30, 2900],
    ])
      assert.ok(keys.has(i * n + j), `pair ${i}–${j} proposed`);
    assert.ok(keys.size < n * 20, `${keys.size} pairs for ${n} records (all pairs: ${(n * (n - 1)) / 2})`);
  });

  test('pairs come once, sorted, as i·n + j with i < j', () => {
    const keys = candidatePairs(prepared(...corpus().slice(0, 500)), { window: 6, maxBlock: 40 });
    for (let k = 1; k < keys.length; k++) assert.ok(keys[k] > keys[k - 1]);
    for (const key of keys) assert.ok(Math.floor(key / 500) < key % 500);
  });

  test('a block larger than maxBlock is compared by window, not all pairs', () => {
    const records = Array.from({ length: 400 }, (_, i) => rec(`s${i}`, { authors: ['Smith, J'], year: 2001 }));
    const keys = candidatePairs(prepared(...records), { window: 6, maxBlock: 40 });
    assert.ok(keys.length <= 400 * 5, `${keys.length} pairs`);
  });
});

describe('evidence and scores', () => {
  test('the same record from two databases is a duplicate, each field saying why', () => {
    const p = pairOf(
      rec('a', ARTICLE),
      rec('b', { ...ARTICLE, title: `${ARTICLE.title}. [Review]`, pages: '288-97', journal: 'Cancer.' }),
    );
    assert.equal(p.decision, 'duplicate');
    const byField = Object.fromEntries(p.evidence.map((e) => [e.field, e.kind]));
    assert.deepEqual(byField, {
      title: 'equal',
      authors: 'equal',
      year: 'equal',
      journal: 'equal',
      volume: 'equal',
      pages: 'equal',
    });
    assert.equal(
      p.score,
      p.evidence.reduce((s, e) => s + e.weight, 0),
    );
  });

  test('a shared DOI is strong evidence; different DOIs count against', () => {
    const same = pairOf(rec('a', { title: 'A trial', doi: '10.1/x' }), rec('b', { title: 'A trial', doi: '10.1/x' }));
    assert.deepEqual(
      same.evidence.find((e) => e.field === 'doi'),
      { field: 'doi', kind: 'equal', detail: 'the same DOI 10.1/x', weight: 12 },
    );
    assert.equal(same.decision, 'duplicate');
    const different = pairOf(rec('a', { ...ARTICLE, doi: '10.1/x' }), rec('b', { ...ARTICLE, doi: '10.1/y' }));
    assert.equal(different.evidence[0].kind, 'conflict');
    assert.ok(different.score < same.score + 20 - 10);
  });

  test('a DOI carried by an erratum is no proof: the titles disagree and it counts little', () => {
    const p = pairOf(
      rec('a', { ...ARTICLE, doi: '10.1/x' }),
      rec('b', { ...ARTICLE, title: `Erratum: ${ARTICLE.title}`, pages: '1107', doi: '10.1/x' }),
    );
    const doi = p.evidence.find((e) => e.field === 'doi')!;
    assert.equal(doi.weight, 2);
    assert.match(doi.detail, /erratum/);
    assert.ok(p.evidence.some((e) => e.detail === 'an article and erratum'));
    assert.notEqual(p.decision, 'duplicate');
  });

  test('one database marks the erratum, another indexes it under the title alone: same place, no conflict', () => {
    const erratum = { ...ARTICLE, pages: '616', volume: '142', issue: '6' };
    const p = pairOf(rec('a', { ...erratum, title: `Erratum: ${ARTICLE.title}` }), rec('b', erratum));
    assert.ok(!p.evidence.some((e) => e.detail.includes('erratum')));
    assert.equal(p.decision, 'duplicate');
  });

  test('a reply beside the letter it answers is a different record', () => {
    const letter = { ...ARTICLE, pages: '1511', authors: ['Edey, M M'] };
    const p = pairOf(
      rec('a', letter),
      rec('b', { ...letter, title: `${ARTICLE.title} - Reply`, authors: ['Esmon, C T'] }),
    );
    assert.equal(p.decision, 'distinct');
  });

  test('years: equal, one apart (neither for nor against), further apart (against)', () => {
    const kinds = [2006, 2007, 2009].map((year) => pairOf(rec('a', ARTICLE), rec('b', { ...ARTICLE, year })));
    assert.deepEqual(
      kinds.map((p) => p.evidence.find((e) => e.field === 'year')?.kind),
      ['equal', 'similar', 'conflict'],
    );
    assert.equal(kinds[1].evidence.find((e) => e.field === 'year')?.weight, 0);
  });

  test('different first pages, volumes, numbers in the title, exchanged words count against', () => {
    const pages = pairOf(rec('a', ARTICLE), rec('b', { ...ARTICLE, pages: '1107' }));
    assert.equal(pages.evidence.find((e) => e.field === 'pages')?.kind, 'conflict');
    const parts = pairOf(
      rec('a', { ...ARTICLE, title: 'Cramps: part 1' }),
      rec('b', { ...ARTICLE, title: 'Cramps: part 2' }),
    );
    assert.ok(parts.evidence.some((e) => e.detail.startsWith('different numbers')));
    const words = pairOf(
      rec('a', { title: 'Open label controlled trial of eculizumab in adult patients with aHUS', year: 2011 }),
      rec('b', { title: 'Open label controlled trial of eculizumab in adolescent patients with aHUS', year: 2011 }),
    );
    assert.ok(words.evidence.some((e) => e.detail === 'words exchanged: adult / adolescent'));
    assert.notEqual(words.decision, 'duplicate');
  });

  test('locators moved one field along by an export agree', () => {
    const p = pairOf(
      rec('a', { ...ARTICLE, volume: undefined, issue: '26', pages: '9' }),
      rec('b', { ...ARTICLE, volume: '26', issue: '9', pages: '1746' }),
    );
    assert.deepEqual(
      p.evidence.filter((e) => ['volume', 'issue', 'pages'].includes(e.field)).map((e) => e.kind),
      ['similar'],
    );
  });

  test('the shortcuts (titles alone, stopping before the costly fields) never change a decision', () => {
    const variants: Fields[] = [
      ARTICLE,
      { ...ARTICLE, year: 2009 },
      { ...ARTICLE, pages: '1107', volume: '109' },
      { ...ARTICLE, authors: ['Roffe, C'] },
      { ...ARTICLE, title: 'Comparison of human papillomavirus distribution in adult subgroups of squamous lesion' },
      { ...ARTICLE, title: 'Human papillomavirus: a review', doi: '10.1/x' },
      { title: 'Human papillomavirus: a review', doi: '10.1/x', year: 2001 },
      { title: 'Magnesium for skeletal muscle cramps', authors: ['Zuna, R E'], year: 2006 },
      { authors: ARTICLE.authors, year: 2006, volume: '108', pages: '288' },
      { ...ARTICLE, title: `Erratum: ${ARTICLE.title}`, pages: '616' },
    ];
    const records = variants.map((f, i) => rec(`v${i}`, f));
    const p = prepared(...records);
    const ids = records.map((r) => r.id);
    for (const t of [T, { duplicateAt: 20, uncertainAt: 15 }, { duplicateAt: 5, uncertainAt: -5 }]) {
      for (let i = 0; i < p.length; i++) {
        for (let j = i + 1; j < p.length; j++) {
          const full = scorePair(p[i], p[j], ids, t);
          const quick = scorePair(p[i], p[j], ids, t, true);
          assert.equal(quick.decision, full.decision, `${ids[i]}–${ids[j]} at ${JSON.stringify(t)}`);
          if (clearlyDistinct(p[i], p[j], t)) assert.equal(full.decision, 'distinct', `${ids[i]}–${ids[j]}`);
        }
      }
    }
  });

  test('titles with nothing in common: distinct from the titles alone, without the costly fields', () => {
    const [a, b] = prepared(rec('a', ARTICLE), rec('b', { ...ARTICLE, title: 'Magnesium for skeletal muscle cramps' }));
    assert.equal(clearlyDistinct(a, b, T), true);
    const p = scorePair(a, b, ['a', 'b'], T);
    assert.equal(p.decision, 'distinct');
    assert.deepEqual(
      p.evidence.map((e) => e.field),
      ['title'],
    );
  });
});

describe('deduplicate', () => {
  test('empty input: nothing, and no error', () => {
    const r = deduplicate([]);
    assert.deepEqual(r.groups, []);
    assert.deepEqual(r.uncertain, []);
    assert.deepEqual(r.merged, []);
    assert.equal(r.stats.records, 0);
    assert.equal(r.stats.candidatePairs, 0);
  });

  test('one record: kept as it is, standing for itself', () => {
    const a = rec('a', ARTICLE);
    const r = deduplicate([a]);
    assert.equal(r.groups.length, 0);
    assert.equal(r.merged.length, 1);
    assert.deepEqual(r.merged[0].mergedFrom, [{ id: 'a', source: a.source }]);
    assert.equal(r.merged[0].title, a.title);
  });

  test('groups: transitive, ids in input order, the first kept; every record in exactly one merged record', () => {
    const records = [
      rec('a', ARTICLE),
      rec('x', { title: 'Magnesium for cramps', authors: ['Roffe, C'], year: 2002 }),
      rec('b', { ...ARTICLE, title: ARTICLE.title!.toUpperCase() }),
      rec('c', { ...ARTICLE, pages: '288–97', journal: 'Cancer (Phila)' }),
    ];
    const r = deduplicate(records);
    assert.deepEqual(
      r.groups.map((g) => g.ids),
      [['a', 'b', 'c']],
    );
    assert.deepEqual(r.groups[0].indices, [0, 2, 3]);
    assert.deepEqual(
      r.merged.map((m) => m.id),
      ['a', 'x'],
    );
    assert.deepEqual(
      r.merged[0].mergedFrom.map((m) => m.id),
      ['a', 'b', 'c'],
    );
    assert.equal(r.stats.removed, 2);
    assert.ok(r.groups[0].pairs.every((p) => p.decision === 'duplicate'));
    assert.equal(r.groups[0].score, Math.min(...r.groups[0].pairs.map((p) => p.score)));
  });

  test('grey zone: returned for a person, never merged', () => {
    // A conference abstract and the journal paper: same title and first author, a year apart, different venues.
    const paper = rec('paper', {
      title: 'Cultural universality versus particularity in CMC',
      authors: ['Stahl, Bernd Carsten', 'Elbeltagi, Ibrahim'],
      year: 2004,
      journal: 'Journal of Global Information Technology Management',
      type: 'article-journal',
    });
    const abstract = rec('abstract', {
      title: 'Cultural Universality Versus Particularity in CMC',
      authors: ['Stahl, Bernd-Carsten'],
      year: 2003,
      journal: 'Americas Conference on Information Systems',
      type: 'paper-conference',
    });
    const r = deduplicate([paper, abstract]);
    assert.equal(r.groups.length, 0);
    assert.equal(r.merged.length, 2);
    assert.equal(r.uncertain.length, 1);
    const [p] = r.uncertain;
    assert.deepEqual(p.ids, ['paper', 'abstract']);
    assert.ok(p.score >= T.uncertainAt && p.score < T.duplicateAt, `score ${p.score}`);
    assert.ok(p.evidence.some((e) => e.field === 'kind' && e.kind === 'conflict'));
  });

  test('chaining guard: two records that are each a duplicate of a third but distinct from each other', () => {
    const title = 'Magnesium for nocturnal leg cramps: a randomised trial';
    const authors = ['Roffe, C', 'Sills, S', 'Crome, P'];
    const abstract = rec('abstract', { title, authors, year: 2000, journal: 'Age Ageing', volume: '29', pages: 's12' });
    const bare = rec('bare', { title, authors });
    const paper = rec('paper', { title, authors, year: 2002, journal: 'Med Sci Monit', volume: '8', pages: '326-330' });
    const r = deduplicate([abstract, bare, paper]);
    assert.equal(r.groups.length, 1);
    assert.equal(r.groups[0].ids.length, 2);
    assert.ok(r.groups[0].ids.includes('bare'));
    const refused = r.uncertain.find((p) => p.note?.startsWith('not merged'));
    assert.ok(refused, 'the refused join is returned as uncertain');
    assert.match(refused.note!, /abstract and paper|paper and abstract/);
    assert.equal(refused.decision, 'uncertain');
  });

  test('records without a title: merged only through a shared DOI or PMID', () => {
    const bare = {
      authors: ['Zuber, J', 'Le Quintrec, M'],
      year: 2011,
      journal: 'Nat Rev Nephrol',
      volume: '7',
      pages: '23-35',
    };
    const without = deduplicate([rec('a', bare), rec('b', bare)]);
    assert.equal(without.groups.length, 0);
    assert.equal(without.uncertain.length, 1);
    assert.match(without.uncertain[0].note ?? '', /without a title/);
    assert.equal(without.stats.withoutTitle, 2);
    const withPmid = deduplicate([rec('a', { ...bare, pmid: '21102542' }), rec('b', { ...bare, pmid: '21102542' })]);
    assert.deepEqual(
      withPmid.groups.map((g) => g.ids),
      [['a', 'b']],
    );
  });

  test('options are checked against the list; repeated ids are a warning', () => {
    assert.throws(() => deduplicate([], { duplicateAt: 5, uncertainAt: 8 }), /uncertainAt must not exceed duplicateAt/);
    assert.throws(() => deduplicate([], { window: 1 }), /window must be a whole number ≥ 2/);
    assert.throws(() => deduplicate([], { duplicateAt: Number.NaN }), /duplicateAt must be a finite number/);
    assert.throws(() => deduplicate([], { treshold: 3 } as never), /unknown option treshold/);
    const r = deduplicate([rec('a', ARTICLE), rec('a', { title: 'Other' })]);
    assert.match(r.warnings[0], /record ids are not unique \(a\)/);
  });
});

describe('merge', () => {
  test('the richest value of each field, every id, the kept record first', () => {
    const a = rec('a', {
      ...ARTICLE,
      authors: ['Zuna, R', 'Wang, S'],
      abstract: 'Short.',
      pages: '288',
      keywords: ['HPV'],
    });
    const b = rec('b', {
      ...ARTICLE,
      journal: 'Cancer',
      journalAbbrev: 'Cancer',
      abstract: 'A much longer abstract that says more.',
      doi: '10.1002/cncr.22010',
      keywords: ['HPV', 'LSIL'],
    });
    const c = rec('c', { ...ARTICLE, pmid: '16779798', year: 2007, authors: ['Zuna, Rosemary E', 'Wang, Sophia S'] });
    const m = mergeRecords([a, b, c]);
    assert.equal(m.id, 'a');
    assert.equal(m.source, a.source);
    assert.equal(m.abstract, b.abstract);
    assert.deepEqual(m.authors, b.authors); // four authors beat two
    assert.equal(m.doi, '10.1002/cncr.22010');
    assert.equal(m.pmid, '16779798');
    assert.equal(m.pages, '288-297');
    assert.equal(m.year, 2006); // two of three say 2006
    assert.deepEqual(m.keywords, ['HPV', 'LSIL']);
    assert.deepEqual(
      m.mergedFrom.map((x) => x.id),
      ['a', 'b', 'c'],
    );
    // Among author lists of one length, the one with given names written out.
    assert.deepEqual(mergeRecords([a, c]).authors, c.authors);
  });

  test('a title with the database notes set aside, and nothing invented', () => {
    const m = mergeRecords([
      rec('a', { title: 'HPV testing. [Review] [33 refs]' }),
      rec('b', { title: 'HPV testing after treatment' }),
    ]);
    assert.equal(m.title, 'HPV testing after treatment');
    const plain = mergeRecords([rec('a', { title: 'HPV TESTING. [Review]' }), rec('b', { title: 'HPV testing' })]);
    assert.equal(plain.title, 'HPV testing');
    assert.equal(m.doi, undefined);
    assert.ok(!('abstract' in m));
    assert.throws(() => mergeRecords([]), RangeError);
  });
});

describe('record-level accuracy', () => {
  test('counts do not depend on which record of a group is kept', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const truth = [['a', 'b', 'c']];
    const perfect = scoreDeduplication(ids, [['c', 'a', 'b']], truth);
    assert.deepEqual(perfect, { tp: 2, fn: 0, fp: 0, tn: 3, sensitivity: 1, specificity: 1 });
    // A group that joins a true group with a unique record: one right removal, one publication lost.
    const joined = scoreDeduplication(ids, [['a', 'b', 'd']], truth);
    assert.deepEqual(joined, { tp: 1, fn: 1, fp: 1, tn: 2, sensitivity: 0.5, specificity: 2 / 3 });
    const none = scoreDeduplication(ids, [], truth);
    assert.deepEqual(none, { tp: 0, fn: 2, fp: 0, tn: 3, sensitivity: 0, specificity: 1 });
    // TP + FN is the number of true duplicates, TN + FP the number of true publications, whatever is predicted.
    for (const s of [perfect, joined, none]) {
      assert.equal(s.tp + s.fn, 2);
      assert.equal(s.tn + s.fp, 3);
    }
  });
});
