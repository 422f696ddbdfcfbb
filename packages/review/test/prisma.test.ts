// PRISMA 2020 flow diagram counts from searches and screening decisions (Page et al. 2021, BMJ 372:n71).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finalDecisions, loadReview, prismaCounts, type Review, type ScreeningDecision } from '../src/index.js';

const load = async () => (await loadReview(new URL('./fixtures/good', import.meta.url).pathname)).review;

test('the good fixture: every box of the diagram, for databases and for other methods', async () => {
  const counts = prismaCounts(await load());
  assert.deepEqual(counts.databases, [{ search: 'pubmed', source: 'PubMed', hits: 6 }]);
  assert.deepEqual(counts.registers, []);
  assert.equal(counts.identified, 6);
  assert.deepEqual(counts.removedBeforeScreening, { duplicates: 1, automation: 0, other: 0 });
  assert.equal(counts.screened, 5);
  assert.equal(counts.excludedAtScreening, 2, 'r3, and r2 by consensus after a disagreement');
  assert.deepEqual(counts.reports, {
    reportsSought: 3,
    reportsNotRetrieved: 1,
    reportsAssessed: 2,
    reportsExcluded: [{ reason: 'Wrong population', n: 1 }],
    reportsIncluded: 1,
    reportsPending: 0,
  });
  assert.deepEqual(counts.otherMethods, {
    sources: [{ search: 'citations', source: 'Reference lists', hits: 2 }],
    identified: 2,
    reportsSought: 2,
    reportsNotRetrieved: 0,
    reportsAssessed: 2,
    reportsExcluded: [{ reason: 'Wrong comparator', n: 1 }],
    reportsIncluded: 1,
    reportsPending: 0,
  });
  assert.equal(counts.studiesIncluded, 4);
  assert.equal(counts.reportsOfIncludedStudies, 2);
  assert.deepEqual(counts.unresolved, []);
  assert.deepEqual(counts.warnings, ['4 studies in studies.yaml but only 2 included report(s) in screening.csv']);
});

const row = (
  record: string,
  reviewer: string,
  stage: ScreeningDecision['stage'],
  decision: string,
  extra: Partial<ScreeningDecision> = {},
) => ({ record, reviewer, stage, decision, time: '2020-01-01', ...extra }) as ScreeningDecision;

const reviewWith = (screening: ScreeningDecision[], hits = 8): Review => ({
  dir: '',
  title: 't',
  authors: [],
  language: 'en',
  searches: [
    { id: 'db', source: 'Embase', kind: 'database', date: '2020', hits, records: [] },
    { id: 'reg', source: 'ClinicalTrials.gov', kind: 'register', date: '2020', hits: 2, records: [] },
  ],
  outcomes: [],
  comparisons: [],
  analyses: [],
  recordFiles: [],
  screening,
  studies: [],
  data: [],
  rob: [],
  grade: [],
});

test('final decisions: consensus settles a disagreement, agreement stands, the latest row of a reviewer counts', () => {
  const finals = finalDecisions([
    row('a', 'R1', 'title-abstract', 'include'),
    row('a', 'R2', 'title-abstract', 'exclude', { reason: 'Not an RCT' }),
    row('a', 'consensus', 'title-abstract', 'include', { time: '2020-01-02' }),
    row('b', 'R1', 'title-abstract', 'exclude', { time: '2020-01-01' }),
    row('b', 'R1', 'title-abstract', 'include', { time: '2020-01-03' }),
    row('b', 'R2', 'title-abstract', 'include'),
    row('c', 'R1', 'title-abstract', 'include'),
    row('c', 'R2', 'title-abstract', 'exclude', { source: 'db' }),
  ]);
  assert.deepEqual(
    finals.map((f) => [f.record, f.decision]),
    [
      ['a', 'include'],
      ['b', 'include'],
      ['c', undefined],
    ],
  );
  assert.deepEqual(finals[2].byReviewer, { R1: 'include', R2: 'exclude' });
  assert.equal(finals[2].source, 'db');
});

test('removals before screening by kind, registers counted with databases, unresolved records reported', () => {
  const counts = prismaCounts(
    reviewWith([
      row('d1', 'auto', 'identification', 'duplicate'),
      row('d2', 'auto', 'identification', 'automation'),
      row('d3', 'R1', 'identification', 'other', { reason: 'Retracted' }),
      ...['a', 'b', 'c', 'e', 'f', 'g'].map((r) =>
        row(r, 'R1', 'title-abstract', r === 'a' || r === 'b' ? 'exclude' : 'include'),
      ),
      row('g', 'R2', 'title-abstract', 'exclude'),
      row('c', 'R1', 'full-text', 'include'),
      row('e', 'R1', 'full-text', 'exclude', { reason: 'Wrong outcome' }),
      row('f', 'R1', 'full-text', 'exclude', { reason: 'Wrong outcome' }),
      row('f', 'R2', 'full-text', 'exclude', { reason: 'Wrong outcome' }),
    ]),
  );
  assert.equal(counts.identified, 10);
  assert.deepEqual(counts.removedBeforeScreening, { duplicates: 1, automation: 1, other: 1 });
  assert.equal(counts.screened, 6);
  assert.equal(counts.excludedAtScreening, 2);
  // g: R1 include, R2 exclude, no consensus: carried forward to full text and reported as unresolved.
  assert.deepEqual(counts.unresolved, [
    { record: 'g', stage: 'title-abstract', byReviewer: { R1: 'include', R2: 'exclude' } },
  ]);
  assert.equal(counts.reports.reportsSought, 4);
  assert.deepEqual(counts.reports.reportsExcluded, [{ reason: 'Wrong outcome', n: 2 }]);
  assert.equal(counts.reports.reportsPending, 1);
  assert.deepEqual(counts.warnings, [
    'records identified (10) less those removed before screening (3) is 7, but 6 were screened',
    '1 report(s) without a final full-text decision: g',
  ]);
});

test('no screening yet: identification only, no warnings', () => {
  const counts = prismaCounts(reviewWith([]));
  assert.equal(counts.identified, 10);
  assert.equal(counts.screened, 0);
  assert.equal(counts.reports.reportsSought, 0);
  assert.deepEqual(counts.warnings, []);
});
