// Raw parts: the files' content as plain data, with nothing validated, defaulted or lost; only what stops a file being
// read is an issue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyParts, folderInMemory, readRawParts, writeReviewFiles } from '../src/index.js';

const REVIEW = 'title: T\noutcomes: []\n';

test('items are the plain data of the list items, under the keys the loader reads', async () => {
  const { parts, issues } = await readRawParts(
    folderInMemory('r', {
      'review.yaml': 'title: Magnesium\nsearches:\n  - { id: pubmed, date: 2014-02, hits: 29 }\noutcomes: []\n',
      'studies.yaml': 'studies:\n  - id: s1\n    year: 1999\n',
      'data.yaml': 'data:\n  - { study: s1, outcome: o, arms: { intervention: { events: 3, n: 20 } } }\n',
      'rob.yaml': 'assessments:\n  - study: s1\n    answers: { 1.1: Y, "1.2": NA }\n',
      'grade.yaml': 'outcomes:\n  - analysis: a1\n',
      'screening.csv': 'record,reviewer,stage,decision,reason,time\n r1 ,AR,title-abstract,include,,2014-01-20\n',
    }),
  );
  assert.deepEqual(issues, []);
  assert.deepEqual(parts, {
    protocol: { title: 'Magnesium', searches: [{ id: 'pubmed', date: '2014-02', hits: 29 }], outcomes: [] },
    studies: [{ id: 's1', year: 1999 }],
    data: [{ study: 's1', outcome: 'o', arms: { intervention: { events: 3, n: 20 } } }],
    // YAML 1.2: the key 1.1 is the text "1.1", and Y and NA are text.
    rob: [{ study: 's1', answers: { '1.1': 'Y', '1.2': 'NA' } }],
    grade: [{ analysis: 'a1' }],
    screening: [{ record: 'r1', reviewer: 'AR', stage: 'title-abstract', decision: 'include', time: '2014-01-20' }],
    screeningColumns: ['record', 'reviewer', 'stage', 'decision', 'reason', 'time'],
    extra: {},
    present: ['review.yaml', 'screening.csv', 'studies.yaml', 'data.yaml', 'rob.yaml', 'grade.yaml'],
  });
});

test('other top-level fields, and a list key whose value is not a list, are kept in extra and written back', async () => {
  const source = folderInMemory('r', {
    'review.yaml': REVIEW,
    'studies.yaml': 'version: 2\nstudies:\n  - id: s1\n',
    'data.yaml': 'data: { study: s1 }\n',
    'grade.yaml': 'outcomes:\n',
  });
  const { parts } = await readRawParts(source);
  assert.deepEqual(parts.studies, [{ id: 's1' }]);
  assert.deepEqual(parts.extra, {
    'studies.yaml': { version: 2 },
    'data.yaml': { data: { study: 's1' } },
    'grade.yaml': { outcomes: null },
  });
  const files = writeReviewFiles(parts);
  assert.equal(files.get('studies.yaml'), 'studies:\n  - id: s1\nversion: 2\n');
  assert.equal(files.get('data.yaml'), 'data: { study: s1 }\n');
  assert.equal(files.get('grade.yaml'), 'outcomes: null\n');
  assert.deepEqual((await readRawParts(folderInMemory('again', files))).parts, parts);
});

test('a file that is there but empty of items is written back; one that is not there is not written', async () => {
  const { parts } = await readRawParts(
    folderInMemory('r', { 'review.yaml': REVIEW, 'rob.yaml': 'assessments: []\n', 'screening.csv': 'record\n' }),
  );
  assert.deepEqual(parts.present, ['review.yaml', 'screening.csv', 'rob.yaml']);
  const files = writeReviewFiles(parts);
  assert.deepEqual(Object.fromEntries(files), {
    'review.yaml': 'title: T\noutcomes: []\n',
    'screening.csv': 'record\n',
    'rob.yaml': 'assessments: []\n',
  });
  // Parts built without `present` (as from a database) give only the files with content.
  assert.deepEqual(
    [...writeReviewFiles({ ...parts, present: undefined, screeningColumns: [] }).keys()],
    ['review.yaml'],
  );
  assert.deepEqual([...writeReviewFiles(emptyParts()).keys()], []);
});

test('what stops a file being read is an issue with its file and line; the rest is still read', async () => {
  const { parts, issues } = await readRawParts(
    folderInMemory('r', {
      'studies.yaml': 'studies:\n  - id: [s1\n',
      'data.yaml': '- not a map\n',
      'grade.yaml': 'outcomes:\n  - analysis: a1\n',
      'screening.csv': 'record,reviewer\nr1,AR\nr2,AR,extra\n',
    }),
  );
  assert.deepEqual(
    issues.map((i) => [i.code, i.message]),
    [
      ['missing_file', 'review.yaml: the file is missing'],
      ['inconsistent', 'screening.csv line 3: the row has 3 cells but the header has 2; it is left out'],
      [
        'syntax',
        'studies.yaml line 3: cannot be read as YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
      ['invalid_value', 'data.yaml line 1: the file must be a map of fields (got a list)'],
    ],
  );
  assert.equal(parts.protocol, undefined);
  assert.deepEqual(parts.screening, [{ record: 'r1', reviewer: 'AR' }]);
  assert.deepEqual(parts.grade, [{ analysis: 'a1' }]);
  assert.deepEqual(parts.studies, []);
  assert.deepEqual(parts.present, ['screening.csv', 'studies.yaml', 'data.yaml', 'grade.yaml']);
});

test('the documented example', async () => {
  const source = folderInMemory('r', {
    'review.yaml': 'title: T\noutcomes: []\n',
    'rob.yaml': 'assessments:\n  - { study: s1, answers: { "1.1": Y } }\n',
  });
  const { parts, issues } = await readRawParts(source);
  assert.deepEqual(parts.protocol, { title: 'T', outcomes: [] });
  assert.deepEqual(parts.rob, [{ study: 's1', answers: { '1.1': 'Y' } }]);
  assert.deepEqual(parts.present, ['review.yaml', 'rob.yaml']);
  assert.deepEqual(issues, []);
  const files = writeReviewFiles({
    ...emptyParts(),
    protocol: { title: 'T', outcomes: [] },
    rob: [{ study: 's1', answers: { '1.1': 'Y' } }],
  });
  assert.deepEqual([...files.keys()], ['review.yaml', 'rob.yaml']);
  assert.equal(files.get('rob.yaml'), 'assessments:\n  - study: s1\n    answers: { "1.1": "Y" }\n');
});
