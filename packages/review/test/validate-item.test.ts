// One item at a time, as an API receives them: the loader's schemas and messages, with paths relative to the item.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateItem } from '../src/index.js';

const STUDY = {
  id: 's1',
  label: 'S1 1999',
  year: 1999,
  design: 'parallel',
  population: 'Adults with leg cramps',
  arms: [
    { id: 'mg', name: 'Magnesium', role: 'intervention', randomised: 20 },
    { id: 'pl', name: 'Placebo', role: 'comparator', randomised: 21 },
  ],
  intervention: { agent: 'magnesium' },
  comparator: { description: 'placebo' },
};

const messages = (result: ReturnType<typeof validateItem>) => (result.ok ? [] : result.issues.map((i) => i.message));

test('study: a valid one comes back with the defaults the loader fills in', () => {
  const result = validateItem('study', STUDY);
  assert.ok(result.ok);
  assert.deepEqual(result.value.authors, []);
  assert.deepEqual(result.value.references, []);
  assert.equal(result.value.arms[1].randomised, 21);
});

test('study: a bad field is named by its path in the item, with the loader’s wording', () => {
  const arms = [STUDY.arms[0], { ...STUDY.arms[1], randomised: -3, role: 'control' }];
  const result = validateItem('study', { ...STUDY, arms, year: 1899, colour: 'red' });
  assert.deepEqual(result, {
    ok: false,
    issues: [
      { code: 'invalid_value', path: 'year', message: 'year must be a year from 1900 (got 1899)' },
      {
        code: 'invalid_value',
        path: 'arms[1].role',
        message: 'arms[1].role must be one of intervention, comparator (got "control")',
      },
      {
        code: 'invalid_value',
        path: 'arms[1].randomised',
        message: 'arms[1].randomised must be a positive whole number (got -3)',
      },
      { code: 'unknown_field', path: 'colour', message: 'colour is not a field of this format' },
    ],
  });
  assert.deepEqual(messages(validateItem('study', { ...STUDY, population: undefined })), ['population is required']);
  assert.deepEqual(messages(validateItem('study', 'S1')), ['must be a map of fields (got "S1")']);
});

test('data: the shapes and conversions are checked as in data.yaml', () => {
  const ok = validateItem('data', {
    study: 's1',
    outcome: 'o',
    arms: { intervention: { events: 3, n: 20 }, comparator: { events: 5, n: 21 } },
  });
  assert.ok(ok.ok);
  assert.deepEqual(
    messages(
      validateItem('data', {
        study: 's1',
        outcome: 'o',
        arms: { intervention: { median: 5, q1: 4, q3: 8, n: 46 }, comparator: { mean: 1, sd: 2, n: 3 } },
      }),
    ),
    ['arms.intervention.conversion must be luo-wan for a median with quartiles or range (got nothing)'],
  );
  assert.deepEqual(
    messages(
      validateItem('data', {
        study: 's1',
        outcome: 'o',
        effect: { measure: 'MD', estimate: 0.38, se: 0.48 },
        paired: { md: 1, sd: 1, n: 3 },
      }),
    ),
    ['must give exactly one of arms, effect, paired, sequences (got effect, paired)'],
  );
});

test('rob: answers as text or with support; a bad answer names its question', () => {
  const ok = validateItem('rob', {
    study: 's1',
    outcome: 'o',
    answers: { '1.1': 'Y', '1.2': { answer: 'PY', support: 'Sealed envelopes' } },
  });
  assert.deepEqual(ok, {
    ok: true,
    value: {
      study: 's1',
      outcome: 'o',
      answers: { '1.1': { answer: 'Y' }, '1.2': { answer: 'PY', support: 'Sealed envelopes' } },
      overrides: {},
    },
  });
  assert.deepEqual(
    messages(
      validateItem('rob', {
        study: 's1',
        outcome: 'o',
        answers: { '1.1': 'Maybe' },
        overrides: { D1: { judgement: 'high' } },
      }),
    ),
    ['answers["1.1"].answer must be one of Y, PY, PN, N, NI, NA (got "Maybe")', 'overrides.D1.reason is required'],
  );
});

test('grade: decisions need reasons; the documented example', () => {
  assert.deepEqual(validateItem('grade', { analysis: 'cramps-md', imprecision: { judgement: 'serious' } }), {
    ok: false,
    issues: [{ code: 'required', path: 'imprecision.reason', message: 'imprecision.reason is required' }],
  });
  assert.deepEqual(validateItem('grade', { analysis: 'cramps-md' }), {
    ok: true,
    value: { analysis: 'cramps-md', start: 'high', decisions: {}, footnotes: [] },
  });
  assert.deepEqual(
    messages(validateItem('grade', { analysis: 'a1', riskOfBias: { judgement: 'severe', reason: 'x' } })),
    ['riskOfBias.judgement must be one of not-serious, serious, very-serious (got "severe")'],
  );
});

test('screening: a row as column → cell, read as the CSV reader reads it', () => {
  const row = {
    record: ' r1 ',
    reviewer: 'AR',
    stage: 'title-abstract',
    decision: 'include',
    reason: '',
    time: '2014-01-20',
  };
  assert.deepEqual(validateItem('screening', row), {
    ok: true,
    value: { record: 'r1', reviewer: 'AR', stage: 'title-abstract', decision: 'include', time: '2014-01-20' },
  });
  const bad = {
    record: 'r1',
    reviewer: 'AR',
    stage: 'full-text',
    decision: 'exclude',
    reason: ' ',
    time: '20/01/2014',
    colour: 'red',
  };
  assert.deepEqual(messages(validateItem('screening', bad)), [
    'colour is not a column of this format (columns: record, reviewer, stage, decision, reason, time, source)',
    'time must be an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss) (got "20/01/2014")',
    'reason is required for a full-text exclusion: PRISMA 2020 reports them by reason',
  ]);
  assert.deepEqual(messages(validateItem('screening', { ...row, decision: 'duplicate' })), [
    'decision must be one of include, exclude, maybe at stage title-abstract (got duplicate)',
  ]);
  assert.deepEqual(messages(validateItem('screening', ['r1'])), ['must be a map of column to cell (got a list)']);
});

test('protocol: review.yaml as a whole, its fields and list items checked one by one', () => {
  const outcome = { id: 'o', name: 'Cramps', kind: 'continuous', direction: 'lower-is-better' };
  const ok = validateItem('protocol', { title: 'T', language: 'da', outcomes: [outcome] });
  assert.ok(ok.ok);
  assert.equal(ok.value.language, 'da');
  assert.deepEqual(ok.value.outcomes[0].id, 'o');
  const bad = {
    title: 'T',
    language: 'de',
    searches: [{ id: 'p', source: 'PubMed', date: '2014-13-01', hits: 2 }],
    outcomes: [{ ...outcome, direction: 'up' }],
    colour: 'red',
  };
  assert.deepEqual(messages(validateItem('protocol', bad)), [
    'language must be one of da, en (got "de")',
    'colour is not a field of this format',
    'searches[0].date must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got "2014-13-01")',
    'outcomes[0].direction must be one of higher-is-better, lower-is-better (got "up")',
  ]);
  assert.deepEqual(messages(validateItem('protocol', { title: 'T', language: 'en' })), ['outcomes is required']);
  assert.deepEqual(messages(validateItem('protocol', [])), ['the file must be a map of fields (got a list)']);
});

test('a kind that is not one of the six is a programming error', () => {
  assert.throws(() => validateItem('studies' as 'study', {}), {
    name: 'RangeError',
    message: 'kind must be one of protocol, screening, study, data, rob, grade (got "studies")',
  });
});
