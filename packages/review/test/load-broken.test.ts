// Broken folders: every problem is an issue that names the file, the line and the field, and nothing passes silently.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadReview } from '../src/index.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

// Each line below was checked against the fixture files by hand.
const EXPECTED = [
  'review.yaml line 2: language must be one of da, en (got "de")',
  'review.yaml line 6: searches[0].date must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got "2014-13-01")',
  'review.yaml line 7: searches[0].hits must be a whole number, zero or more (got -2)',
  'review.yaml line 12: searches[1].records[0] names a file that does not exist (got records/cinahl.ris)',
  'review.yaml line 21: outcomes[1].direction must be one of higher-is-better, lower-is-better (got "up")',
  'review.yaml line 30: analyses[0].measure must be one of MD, SMD for the continuous outcome cramps (got RR)',
  'review.yaml line 32: analyses[1].outcome names no outcome (got pain; known: cramps)',
  'review.yaml line 39: analyses[2].colour is not a field of this format',
  'screening.csv line 1: colour is not a column of this format (columns: record, reviewer, stage, decision, reason, time, source)',
  'screening.csv line 3: stage must be one of identification, title-abstract, full-text (got "screening")',
  'screening.csv line 4: reason is required for a full-text exclusion: PRISMA 2020 reports them by reason',
  'screening.csv line 5: time must be an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss) (got "20/01/2014")',
  'screening.csv line 6: the row has 8 cells but the header has 7; it is left out',
  'studies.yaml line 31: studies[2].arms[0].randomised must be a positive whole number (got -3)',
  'studies.yaml line 34: studies[2].arms[1].role must be one of intervention, comparator (got "control")',
  'studies.yaml line 37: studies[3].id repeats the study id s1 of studies[0].id (line 2)',
  'studies.yaml line 47: studies[4].population is required',
  'studies.yaml line 49: studies[4].year must be a year from 1900 (got 1899)',
  'data.yaml line 5: data[0].arms.intervention.conversion must be luo-wan for a median with quartiles or range (got nothing)',
  'data.yaml line 7: data[1].study names no study (got s9; known: s1, s2)',
  'data.yaml line 15: data[2].arms.intervention.events must not exceed n (got 25 of 20)',
  'data.yaml line 20: data[3].paired.conversion must be se-from-p-t with p (got nothing)',
  'data.yaml line 24: data[4].paired is only for crossover trials (study s1 is parallel)',
  'data.yaml line 25: data[5] must give exactly one of arms, effect, paired, sequences (got effect, paired)',
  'data.yaml line 27: data[5].effect.conversion must be se-from-ci or se-from-ci-t with ci (got nothing)',
  'rob.yaml line 5: assessments[0].answers["1.1"].answer must be one of Y, PY, PN, N, NI, NA (got "Maybe")',
  'rob.yaml line 7: assessments[1].outcome names no outcome (got responders; known: cramps)',
  'rob.yaml line 9: assessments[1].answers["S.1"] is not a signalling question of the parallel variant',
  'rob.yaml line 10: assessments[1].answers["3.2"] must be one of NA, Y, PY, PN, N for question 3.2 (got NI)',
  'rob.yaml line 17: assessments[2].overrides.D1.reason is required',
  'grade.yaml line 3: outcomes[0].imprecision.reason is required',
  'grade.yaml line 5: outcomes[1].riskOfBias.judgement must be one of not-serious, serious, very-serious (got "severe")',
  'grade.yaml line 6: outcomes[2].analysis names no analysis (got a9; known: a1, a2)',
];

test('the broken fixture gives exactly the expected issues, in file and line order', async () => {
  const { issues } = await loadReview(fixture('broken'));
  assert.deepEqual(
    issues.map((i) => i.message),
    EXPECTED,
  );
});

test('every issue names its file, its line and its field, and the message says all three', async () => {
  const { issues } = await loadReview(fixture('broken'));
  for (const issue of issues) {
    assert.ok(issue.line !== undefined && issue.line > 0, `${issue.message}: no line`);
    assert.ok(issue.message.startsWith(`${issue.file} line ${issue.line}: ${issue.path}`), issue.message);
    // Only whole-row CSV problems have no field.
    if (issue.path === '') assert.match(issue.message, /the row has/);
  }
});

test('issues carry structured codes, and invalid items are left out of the review', async () => {
  const { review, issues } = await loadReview(fixture('broken'));
  const codes = new Set(issues.map((i) => i.code));
  for (const code of [
    'invalid_value',
    'required',
    'unknown_field',
    'duplicate_id',
    'unknown_reference',
    'inconsistent',
    'missing_file',
  ]) {
    assert.ok(codes.has(code as never), code);
  }
  assert.deepEqual(
    review.studies.map((s) => s.id),
    ['s1', 's2', 's1'],
    'studies[2] and studies[4] are left out; the duplicate is kept and reported',
  );
  assert.deepEqual(
    review.analyses.map((a) => a.id),
    ['a1', 'a2'],
  );
  assert.equal(review.language, 'en', 'an invalid language falls back to en, with its issue');
  assert.deepEqual(
    review.screening.map((d) => d.line),
    [2],
  );
});

test('syntax errors in YAML and CSV are issues with their line', async () => {
  const { issues } = await loadReview(fixture('syntax'));
  assert.deepEqual(
    issues.map((i) => [i.code, i.file, i.line]),
    [
      ['syntax', 'review.yaml', 6],
      ['syntax', 'screening.csv', 2],
    ],
  );
  assert.match(issues[0].message, /^review\.yaml line 6: cannot be read as YAML: Flow sequence/);
});
