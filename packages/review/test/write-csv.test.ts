// screening.csv written back: quoted where a cell needs it, LF line ends, the header as given, and read back the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyParts, folderInMemory, readRawParts, toCsv, writeReviewFiles } from '../src/index.js';

test('cells with commas, quotes or line breaks are quoted, quotes doubled; others are left bare', () => {
  const text = toCsv(
    ['record', 'reason'],
    [
      { record: '1', reason: 'Not a trial, a review' },
      { record: '2', reason: 'Said "no"' },
      { record: '3', reason: 'Line one\nline two' },
      { record: '4', reason: 'cr\r\nlf' },
      { record: '5' },
      { record: '6', reason: 'Plain; with: colons' },
    ],
  );
  assert.equal(
    text,
    [
      'record,reason',
      '1,"Not a trial, a review"',
      '2,"Said ""no"""',
      '3,"Line one\nline two"',
      '4,"cr\r\nlf"',
      '5,',
      '6,Plain; with: colons',
      '',
    ].join('\n'),
  );
});

test('the header is quoted like any row, and a one-column empty row is kept as ""', () => {
  assert.equal(toCsv(['a,b', 'c'], [{ 'a,b': 'x' }]), '"a,b",c\nx,\n');
  assert.equal(toCsv(['record'], [{ record: '1' }, {}]), 'record\n1\n""\n');
});

test('screening rows read back the same after writing, in order, with the header order kept', async () => {
  const rows: Record<string, string>[] = [
    {
      time: '2014-01-20',
      record: '10907623',
      reviewer: 'SBL',
      stage: 'full-text',
      decision: 'exclude',
      reason: 'Wrong population, "elderly"\nonly',
    },
    { time: '2014-01-21', record: '24280947', reviewer: 'IMR', stage: 'title-abstract', decision: 'include' },
  ];
  const parts = {
    ...emptyParts(),
    screening: rows,
    screeningColumns: ['time', 'record', 'reviewer', 'stage', 'decision', 'reason'],
  };
  const files = writeReviewFiles(parts);
  assert.equal(files.get('screening.csv')?.split('\n')[0], 'time,record,reviewer,stage,decision,reason');
  const { parts: back, issues } = await readRawParts(folderInMemory('csv', files));
  assert.deepEqual(issues, [
    {
      code: 'missing_file',
      severity: 'error',
      file: 'review.yaml',
      path: '',
      message: 'review.yaml: the file is missing',
    },
  ]);
  assert.deepEqual(back.screening, rows);
  assert.deepEqual(back.screeningColumns, parts.screeningColumns);
});

test('a column that only the rows name is added to the header, so that no cell is lost', () => {
  const parts = { ...emptyParts(), screening: [{ record: '1', colour: 'red' }], screeningColumns: ['record'] };
  assert.equal(writeReviewFiles(parts).get('screening.csv'), 'record,colour\n1,red\n');
});

test('the documented example', () => {
  assert.equal(
    toCsv(['record', 'reason'], [{ record: '1', reason: 'Not a trial, a review' }, { record: '2' }]),
    'record,reason\n1,"Not a trial, a review"\n2,\n',
  );
});
