// The good fixture reads without a single issue, and every file's content arrives in the model.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadReview } from '../src/index.js';

const DIR = new URL('./fixtures/good', import.meta.url).pathname;

test('the good fixture loads with no issues', async () => {
  const { issues } = await loadReview(DIR);
  assert.deepEqual(issues, []);
});

test('review.yaml: protocol, searches, outcomes and analyses with their defaults', async () => {
  const { review } = await loadReview(DIR);
  assert.equal(review.title, 'Magnesium for nocturnal leg cramps');
  assert.equal(review.language, 'en');
  assert.deepEqual(
    review.authors.map((a) => a.name),
    ['A. Reviewer', 'B. Reviewer'],
  );
  assert.deepEqual(review.question?.outcomes, ['cramps', 'responders']);
  assert.deepEqual(review.eligibility?.designs, ['Randomised trials, parallel or crossover']);
  assert.deepEqual(
    review.searches.map((s) => [s.id, s.kind, s.date, s.hits]),
    [
      ['pubmed', 'database', '2014-01-15', 6],
      ['citations', 'other', '2014-02', 2],
    ],
  );
  assert.equal(review.outcomes[1].mid, 1.25);
  const [md, rr] = review.analyses;
  assert.equal(md.crossoverCorrelation, 0.5);
  assert.equal(md.sensitivity[0].excludeRob[0], 'high');
  assert.equal(rr.model, 'random', 'model defaults to random');
  assert.deepEqual(rr.sensitivity, []);
  assert.deepEqual(review.recordFiles, ['records/pubmed.jsonl']);
});

test('items keep where they were read from', async () => {
  const { review } = await loadReview(DIR);
  assert.deepEqual(review.studies[2].at, { file: 'studies.yaml', line: 29, path: 'studies[2]' });
  assert.deepEqual(review.data[3].at, { file: 'data.yaml', line: 18, path: 'data[3]' });
  assert.deepEqual(review.analyses[1].at, { file: 'review.yaml', line: 62, path: 'analyses[1]' });
  assert.equal(review.screening[4].line, 6);
});

test('studies, data, RoB answers, GRADE decisions and screening rows', async () => {
  const { review } = await loadReview(DIR);
  const gamma = review.studies.find((s) => s.id === 'gamma-1999');
  assert.equal(gamma?.design, 'crossover');
  assert.deepEqual(
    gamma?.crossover?.sequences.map((s) => s.order),
    [
      ['mg', 'pl'],
      ['pl', 'mg'],
    ],
  );
  assert.deepEqual(review.studies[0].references[0], { pmid: '18768245', records: ['r1'] });
  assert.equal(review.data[1].arms?.intervention.conversion, 'luo-wan');
  assert.deepEqual(review.data[3].effect?.ci, [-1.32, 0.56]);
  // Answers written as "PY" and as { answer, support } read the same way; unquoted N and Y stay text (YAML 1.2).
  assert.deepEqual(review.rob[1].answers['1.1'], { answer: 'Y', support: 'Computer-generated list' });
  assert.deepEqual(review.rob[0].answers['2.1'], { answer: 'N' });
  assert.deepEqual(review.rob[2].overrides.D1?.judgement, 'some-concerns');
  assert.deepEqual(Object.keys(review.grade[0].decisions), ['indirectness', 'imprecision']);
  assert.equal(review.grade[0].start, 'high');
  assert.equal(review.screening.length, 14);
  assert.deepEqual(review.screening[0], {
    record: 'r6',
    reviewer: 'auto',
    stage: 'identification',
    decision: 'duplicate',
    reason: 'r1',
    time: '2014-01-16',
    source: 'pubmed',
    line: 2,
  });
});

test('a folder without review.yaml is one issue, and an empty review', async () => {
  const { review, issues } = await loadReview(new URL('./fixtures/empty', import.meta.url).pathname);
  assert.deepEqual(
    issues.map((i) => i.message),
    ['review.yaml: the file is missing'],
  );
  assert.equal(review.title, '');
  assert.deepEqual(review.studies, []);
});
