import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type BibRecord, deduplicate, readAll } from '@evidens/biblio';
import { assessRob2, loadReview, type Review, validateItem } from '@evidens/review';
import { failureOf } from '../src/api/errors';
import { gradeAll } from '../src/certainty/compute';
import { isKnownServerText, serverError, serverText } from '../src/i18n/server-text';

const EXAMPLE = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;

/** English words that must not be left in a Danish sentence once its values are taken out. */
const ENGLISH =
  /\b(the|is|are|was|were|must|be|got|of|and|or|not|no|required|field|number|whole|positive|list|text|there|record|records|same|title|similarity|first|authors?|years?|both|pages?|in|with|reading|storing|stored|fetched|comparing|sign|expired|changed|someone|else|since|you|read|weight|risk|heterogeneity|prediction|interval|includes|excludes|effect|information|allocation|sequence|missing|knowledge|outcome)\b/i;

/** `danish` with each value removed, then checked for English words. */
function assertDanish(danish: string, values: readonly string[] = []) {
  let rest = danish;
  for (const v of values) rest = rest.split(v).join(' ');
  assert.doesNotMatch(rest, ENGLISH, `English left in: ${danish}`);
}

/** The field path that starts an item issue's message. */
const pathOf = (message: string) => message.split(' ')[0];

describe('serverText for validation issues made by @evidens/review', () => {
  const bad: [string, unknown][] = [
    ['study', { id: 's1', design: 'parallel', arms: [{ id: 'a', role: 'intervention', randomised: -3 }], foo: 1 }],
    ['study', {}],
    ['study', { id: 'has space', label: '', year: 1700, design: 'cohort', arms: 'x' }],
    ['grade', { analysis: 'cramps-md', imprecision: { judgement: 'serious' } }],
    ['data', { study: 's1', outcome: 'o', arms: [{ arm: 'a', events: 5, n: 3 }] }],
    ['data', { study: 's1', outcome: 'o', arms: { a: { mean: 1 } } }],
    ['rob', { study: 's1' }],
    ['rob', { study: 's1', outcome: 'o', answers: { x: 'y' } }],
  ];
  const messages = bad.flatMap(([kind, raw]) => {
    const r = validateItem(kind as 'study', raw);
    return r.ok ? [] : r.issues.map((i) => i.message);
  });

  it('has real messages to translate', () => assert.ok(messages.length >= 20, `${messages.length} messages`));

  it('says every one of them in Danish, keeping the path and the value', () => {
    const unknown = messages.filter((m) => !isKnownServerText(m));
    assert.deepEqual(unknown, []);
    for (const m of messages) {
      const da = serverText('da', m);
      assert.ok(da.startsWith(`${pathOf(m)} `), da);
      const value = /\(got (.*)\)$/.exec(m)?.[1];
      if (value && value.startsWith('"')) assert.ok(da.includes(value), da);
      assertDanish(da, [pathOf(m), ...(value ? [value] : []), 'parallel', 'crossover', 'cluster', 'low', 'high']);
    }
  });

  it('keeps English as it is', () => {
    for (const m of messages) assert.equal(serverText('en', m), m);
  });

  it('translates the known templates exactly', () => {
    assert.equal(
      serverText('da', 'arms[0].randomised must be a positive whole number (got -3)'),
      'arms[0].randomised skal være et positivt helt tal (angivet: -3)',
    );
    assert.equal(
      serverText('da', 'language must be one of da, en (got "de")'),
      'language skal være en af da, en (angivet: "de")',
    );
    assert.equal(serverText('da', 'foo is not a field of this format'), 'foo er ikke et felt i dette format');
    assert.equal(
      serverText('da', 'studies.yaml line 14: studies[2].arms[0].analysed must not exceed randomised (got 40 of 30)'),
      'studies.yaml linje 14: studies[2].arms[0].analysed må ikke overstige antallet randomiserede (angivet: 40 af 30)',
    );
    assert.equal(serverText('da', 'label: label is required (and 2 more)'), 'label: label skal udfyldes (og 2 til)');
  });
});

describe('serverText for server and store errors', () => {
  const cases: [string, string][] = [
    ['sign in first', 'Log ind først'],
    ['your session has expired; sign in again', 'Din session er udløbet; log ind igen'],
    ['wrong email or password', 'Forkert e-mail eller adgangskode'],
    ['this needs the owner role in the review (you are viewer)', 'Det kræver rollen ejer i reviewet (du er læser)'],
    ['there is no record 123 in this review', 'Post 123 i dette review findes ikke'],
    ['there is no review r1', 'Review r1 findes ikke'],
    ['there is already a study s1 in this review', 'Studie s1 i dette review findes allerede'],
    [
      'study s1 was changed by someone else since you read it; here is the current version',
      'Studie s1 er ændret af en anden, siden du hentede det; her er den aktuelle version',
    ],
    [
      'the decision of ann on record 7 at title-abstract was undone since you read it',
      'Beslutningen af ann om post 7 i fasen title-abstract er fortrudt, siden du hentede den',
    ],
    ['PubMed cannot be reached: fetch failed', 'PubMed kan ikke nås: fetch failed'],
    ['the file is larger than the 20 MB allowed', 'Filen er større end de tilladte 20 MB'],
    [
      'this file is in the review already, as records/pubmed.jsonl; import it again only if the same export should count twice',
      'Denne fil findes allerede i reviewet som records/pubmed.jsonl; importér den kun igen, hvis den samme eksport skal tælle to gange',
    ],
    ['the again parameter must be 1 or 0 (got yes)', 'Parameteren again skal være 1 eller 0 (angivet: yes)'],
    [
      'version must be a positive whole number (got nothing)',
      'version skal være et positivt helt tal (angivet: intet)',
    ],
    ['limit must be a whole number from 1 to 500 (got 0)', 'limit skal være et helt tal fra 1 til 500 (angivet: 0)'],
    [
      'trials.txt: the content matches no known format (ris, nbib)',
      'trials.txt: indholdet passer ikke til noget kendt format (ris, nbib)',
    ],
  ];
  for (const [en, da] of cases)
    it(en, () => {
      assert.equal(serverText('da', en), da);
      assert.equal(serverText('en', en), en);
    });

  it('gives the headline of the code for a message it does not know, and keeps the message', () => {
    assert.equal(
      serverError('da', 'version_conflict', 'a new kind of conflict'),
      'En anden har ændret dette, siden du hentede det — a new kind of conflict',
    );
    assert.equal(serverError('da', 'unauthenticated', 'sign in first'), 'Log ind først');
    assert.equal(serverError('da', 'no_such_code', 'odd'), 'odd');
    assert.equal(serverError('en', 'version_conflict', 'a new kind of conflict'), 'a new kind of conflict');
  });

  it('reaches the page through failureOf with lang da, details included', () => {
    const body = {
      error: {
        code: 'invalid',
        message: 'arms[0].randomised: arms[0].randomised must be a positive whole number (got -3)',
        details: [
          { path: 'arms[0].randomised', message: 'arms[0].randomised must be a positive whole number (got -3)' },
        ],
      },
    };
    const words = { network: 'n', unexpected: () => 'u', lang: 'da' as const };
    const f = failureOf(422, JSON.stringify(body), words);
    assert.equal(
      f.message,
      'arms[0].randomised: arms[0].randomised skal være et positivt helt tal (angivet: -3): arms[0].randomised: arms[0].randomised skal være et positivt helt tal (angivet: -3)',
    );
    assert.deepEqual(f.details, body.error.details);
    const conflict = failureOf(409, '{"error":{"code":"version_conflict","message":"new wording"}}', words);
    assert.equal(conflict.message, 'En anden har ændret dette, siden du hentede det — new wording');
  });
});

describe('serverText for job progress', () => {
  const cases: [string, string][] = [
    ['reading the records', 'læser posterne'],
    ['comparing 14 records', 'sammenligner 14 poster'],
    ['storing 3 groups', 'gemmer 3 grupper'],
    ['reading pubmed.nbib', 'læser pubmed.nbib'],
    ['read 14 records from pubmed.nbib; storing them', 'læste 14 poster fra pubmed.nbib; gemmer dem'],
    ['stored 100 of 200 records', 'har gemt 100 af 200 poster'],
    ['searching PubMed', 'søger i PubMed'],
    ['fetched 20 of 40', 'har hentet 20 af 40'],
    ['asking PubMed for the links of PMID 123', 'spørger PubMed om henvisningerne for PMID 123'],
  ];
  for (const [en, da] of cases) it(en, () => assert.equal(serverText('da', en), da));
});

describe('serverText for duplicate evidence made by @evidens/biblio', () => {
  const rec = (id: string, extra: Partial<BibRecord>): BibRecord =>
    ({
      id,
      type: 'article-journal',
      title: 'Magnesium for leg cramps in pregnancy',
      authors: [],
      ...extra,
    }) as BibRecord;
  const records = [
    rec('a', {
      doi: '10.1/x',
      year: 2006,
      journal: 'BJOG',
      authors: [{ family: 'Nygaard' }],
      volume: '3',
      pages: '10-12',
    }),
    rec('b', {
      doi: '10.1/x',
      year: 2006,
      journal: 'BJOG',
      authors: [{ family: 'Nygaard' }],
      volume: '3',
      pages: '10-12',
    }),
    rec('c', {
      title: 'Magnesium for leg cramp in pregnancy',
      year: 2007,
      journal: 'Br J Obstet Gynaecol',
      volume: '4',
      pages: '11',
    }),
    // An article whose title names its erratum's place, and the erratum whose title cites the article's.
    rec('d', {
      title: 'Oral magnesium for nocturnal cramps in older adults.[Erratum appears in BJGP. 2012 Jan;62(1):40]',
      year: 2011,
      journal: 'BJGP',
      volume: '61',
      issue: '8',
      pages: '500-505',
    }),
    rec('e', {
      title: 'Oral magnesium for nocturnal cramps in older adults (vol 61, pg 500, 2011)',
      year: 2011,
      journal: 'BJGP',
      volume: '62',
      issue: '1',
      pages: '40',
    }),
  ];
  it('says each piece of evidence in Danish', () => {
    const details = deduplicate(records).groups.flatMap((g) => g.pairs.flatMap((p) => p.evidence.map((e) => e.detail)));
    assert.ok(details.length >= 4, details.join(' | '));
    assert.ok(
      details.some((d) => d.startsWith('last page')),
      details.join(' | '),
    );
    assert.ok(
      details.some((d) => d.startsWith("the erratum's title") || d.startsWith("the article's title")),
      details.join(' | '),
    );
    for (const d of details) {
      assert.ok(isKnownServerText(d), d);
      assertDanish(serverText('da', d), ['10.1/x', 'nygaard', 'Nygaard']);
    }
  });
  it('writes numbers with a decimal comma', () => {
    assert.equal(serverText('da', 'title similarity 0.94'), 'titellighed 0,94');
    assert.equal(serverText('da', 'the same DOI 10.1002/cncr.22010'), 'samme DOI 10.1002/cncr.22010');
    assert.equal(serverText('da', 'PMIDs 1 and 2'), 'PMID 1 og 2');
    assert.equal(serverText('da', 'journal and conference'), 'tidsskrift og konference');
    assert.equal(
      serverText('da', "the erratum's title cites the article at volume 85, page 553"),
      'rettelsens titel henviser til artiklen i bind 85, side 553',
    );
    assert.equal(
      serverText('da', "the article's title says its erratum is at volume 85, page 911"),
      'artiklens titel siger, at dens rettelse står i bind 85, side 911',
    );
  });
});

describe('serverText for GRADE proposals and RoB 2 rules on the magnesium example', () => {
  let review: Review;
  before(async () => {
    ({ review } = await loadReview(EXAMPLE));
  });

  it('says every proposal reason in Danish', () => {
    const reasons = gradeAll(review, [], 'en').flatMap((g) => g.grade?.domains.map((d) => d.proposal.reason) ?? []);
    assert.ok(reasons.length >= 5);
    for (const r of reasons) assert.ok(isKnownServerText(r), r);
    // The information size's formula (IS = …, with its reference) is a value, kept as the package writes it.
    for (const r of reasons) assertDanish(serverText('da', r).replace(/\(IS = .*\)$/, ''), ['MID', 'RoB', 'Egger']);
  });

  it('says every RoB 2 rule in Danish', () => {
    const rules = review.rob.flatMap((a) => assessRob2(a).domains.map((d) => d.rule ?? ''));
    assert.ok(rules.length >= 5);
    for (const r of rules.filter(Boolean)) assert.ok(isKnownServerText(r), r);
  });

  it('keeps the numbers and translates the parts of an inconsistency reason', () => {
    assert.equal(
      serverText(
        'da',
        'I² = 62%, τ² = 0.12, P(Q) = 0.03, prediction interval 0.4 to 1.9: substantial heterogeneity, and the prediction interval includes no effect',
      ),
      'I² = 62 %, τ² = 0,12, P(Q) = 0,03, prædiktionsinterval 0,4 til 1,9: betydelig heterogenitet, og prædiktionsintervallet omfatter nul-effekten',
    );
  });
});

describe('serverText leaves unknown text alone', () => {
  for (const text of [
    'something new happened',
    'x',
    'arms[0].n must be a colour',
    'a; b',
    'there is no such thing',
    '',
  ])
    it(JSON.stringify(text), () => assert.equal(serverText('da', text), text));
});

describe('serverText for what the readers of @evidens/biblio report', () => {
  const RIS = [
    'Exported from a reference manager',
    '',
    'TY  - JOUR',
    'ID  - 7',
    'TI  - Magnesium for leg cramps',
    'JP  - a tag no one knows',
    'ER  - ',
    'a stray line',
    '',
    'TY  - JOUR',
    'ID  - 7',
    'AU  - Roffe, C',
    'ER  - ',
    '',
  ].join('\n');
  const MEDLINE = ['PMID- 123', 'TI  - Cramps', 'PMID- 124', 'TI  - Magnesium', '', 'TI  - No PMID here', ''].join(
    '\n',
  );

  it('says each issue of a RIS and a MEDLINE file in Danish, with its values', async () => {
    const messages: string[] = [];
    for (const [file, text] of [
      ['export.ris', RIS],
      ['pubmed.nbib', MEDLINE],
    ]) {
      const { issues } = await readAll({ data: new TextEncoder().encode(text), file });
      messages.push(...issues.map((i) => i.message));
    }
    const expected = [
      'text before the first record ignored',
      'unknown tag JP',
      'text between records ignored',
      'has the same id "7"',
      'has no title',
      'PMID without a blank line',
      'has no PMID',
    ];
    for (const part of expected)
      assert.ok(
        messages.some((m) => m.includes(part)),
        `${part} in ${messages.join(' | ')}`,
      );
    for (const m of messages) {
      assert.ok(isKnownServerText(m), m);
      assertDanish(serverText('da', m), [
        '"Exported from a reference manager"',
        '"a stray line"',
        'JP',
        'pubmed.nbib#3',
      ]);
    }
    assert.equal(serverText('da', 'record 2 (line 11) has no title'), 'reference 2 (linje 11) har ingen titel');
  });

  it('says why a file was not read: PubMed Central XML, or no known format', async () => {
    const pmc = '<?xml version="1.0"?>\n<pmc-articleset><article><front/></article></pmc-articleset>\n';
    const notes = 'Just some notes about cramps.\n';
    const messages: string[] = [];
    for (const [file, text] of [
      ['pmc.xml', pmc],
      ['notes.txt', notes],
    ]) {
      const { issues } = await readAll({ data: new TextEncoder().encode(text), file });
      messages.push(...issues.map((i) => i.message));
    }
    assert.equal(messages.length, 2);
    assert.match(messages[0], /^pmc\.xml: <pmc-articleset> is PubMed Central article XML/);
    assert.match(messages[1], /^notes\.txt: the content matches no known format \(medline, /);
    for (const m of messages) assert.ok(isKnownServerText(m), m);
    assert.match(
      serverText('da', messages[0]),
      /^pmc\.xml: <pmc-articleset> er artikel-XML fra PubMed Central \(JATS\)/,
    );
    assert.match(
      serverText('da', messages[1]),
      /^notes\.txt: indholdet passer ikke til noget kendt format \(medline, /,
    );
  });
});
