import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv, type ReviewIssue } from '@evidens/review';
import { folderIds, ownIds, recordIdsCsv, reviewIds, withOwnId } from '@evidens/store';
import fc from 'fast-check';
import { byPath, listedIds } from '../src/record-ids.js';

const ids = (...list: string[]) => list.map((id) => ({ id }));

test("a file's own ids are kept; one repeated in the file takes the record's place in it", () => {
  assert.deepEqual(reviewIds(['7', '7', '8', '7'], 'records/embase.ris', new Set()), [
    '7',
    'embase.ris#2',
    '8',
    'embase.ris#4',
  ]);
});

test('an id another file of the review has: the record is kept under its place in its file', () => {
  const taken = new Set(['7', '8']);
  assert.deepEqual(reviewIds(['7', '9', '8'], 'records/pubmed-2.nbib', taken), [
    'pubmed-2.nbib#1',
    '9',
    'pubmed-2.nbib#3',
  ]);
  assert.deepEqual([...taken].sort(), ['7', '8', '9', 'pubmed-2.nbib#1', 'pubmed-2.nbib#3']);
  // An own id written like a place, and that place taken too.
  assert.deepEqual(reviewIds(['b.ris#1', 'b.ris#1'], 'records/b.ris', new Set()), ['b.ris#1', 'b.ris#2']);
  assert.deepEqual(reviewIds(['b.ris#2', 'x', 'x'], 'records/b.ris', new Set(['x'])), [
    'b.ris#2',
    'b.ris#2.2',
    'b.ris#3',
  ]);
});

test('a record is stored with its own id first, whatever its key order was', () => {
  const stored = withOwnId({ title: 'T', id: 'x.ris#1', year: 2002 }, 'x-2.ris#1');
  assert.deepEqual(Object.keys(stored), ['id', 'title', 'year']);
  assert.equal(JSON.stringify(stored), '{"id":"x-2.ris#1","title":"T","year":2002}');
});

test('ids made from the name a file was read under follow the name it is stored under', () => {
  assert.deepEqual(ownIds(ids('x.ris#1', '12', 'x.ris#3'), 'records/x-2.ris', 'x.ris'), [
    'x-2.ris#1',
    '12',
    'x-2.ris#3',
  ]);
  // A gzip file is read under its name without .gz, from a folder as from an upload.
  assert.deepEqual(ownIds(ids('a.nbib.gz#1'), 'records/a.nbib.gz', 'a.nbib.gz'), ['a.nbib#1']);
  assert.deepEqual(ownIds(ids('a.nbib#1'), 'records/a.nbib.gz', 'a.nbib'), ['a.nbib#1']);
  // Stored under the name it was read under: nothing changes.
  assert.deepEqual(ownIds(ids('x.ris#1', '12'), 'records/x.ris', 'x.ris'), ['x.ris#1', '12']);
});

test('record-ids.csv lists what path order would not give, and reading it gives the ids back', () => {
  // b.ris came first with IDs 1 and 2; a.ris then had IDs 1 and 3, so its first record is a.ris#1.
  const stored = [
    { file: 'records/b.ris', position: 0, id: '1', own: '1' },
    { file: 'records/b.ris', position: 1, id: '2', own: '2' },
    { file: 'records/a.ris', position: 0, id: 'a.ris#1', own: '1' },
    { file: 'records/a.ris', position: 1, id: '3', own: '3' },
  ];
  const csv = recordIdsCsv(stored);
  assert.equal(csv, 'file,record,id\nrecords/a.ris,1,a.ris#1\nrecords/b.ris,1,1\n');
  const issues: ReviewIssue[] = [];
  const counts = new Map([
    ['records/a.ris', 2],
    ['records/b.ris', 2],
  ]);
  const listed = listedIds(parseCsv('record-ids.csv', csv ?? '', issues), counts, issues);
  const read = folderIds(
    [
      { path: 'records/a.ris', own: ['1', '3'] },
      { path: 'records/b.ris', own: ['1', '2'] },
    ],
    listed,
  );
  assert.deepEqual(read, [
    ['a.ris#1', '3'],
    ['1', '2'],
  ]);
  assert.deepEqual(issues, []);
  // Files landed in path order need no listing.
  const inPathOrder = [
    { file: 'records/a.ris', position: 0, id: '1', own: '1' },
    { file: 'records/a.ris', position: 1, id: '3', own: '3' },
    { file: 'records/b.ris', position: 0, id: 'b.ris#1', own: '1' },
    { file: 'records/b.ris', position: 1, id: '2', own: '2' },
  ];
  assert.equal(recordIdsCsv(inPathOrder), undefined);
});

test('rows of record-ids.csv that cannot be used are reported with their line and left out', () => {
  const issues: ReviewIssue[] = [];
  const text = 'file,record,id\nrecords/a.ris,0,x\nrecords/a.ris,9,y\n,1,z\nrecords/a.ris,1,w\nrecords/a.ris,2,w\n';
  const listed = listedIds(parseCsv('record-ids.csv', text, issues), new Map([['records/a.ris', 2]]), issues);
  assert.deepEqual([...(listed.get('records/a.ris') ?? [])], [[0, 'w']]);
  assert.deepEqual(
    issues.map((i) => i.message),
    [
      'record-ids.csv line 2: record must be a record number, 1 or more (got "0"); the row is left out',
      'record-ids.csv line 3: records/a.ris has no record 9 (it has 2 records); the row is left out',
      'record-ids.csv line 4: file is missing; the row is left out',
      'record-ids.csv line 6: the id "w" is listed twice; the first is used; the row is left out',
    ],
  );
});

test('a listing edited by hand that gives an id twice loses no record: the later one takes its place in its file', () => {
  const listed = new Map([['records/a.ris', new Map([[0, '3']])]]);
  const read = folderIds(
    [
      { path: 'records/a.ris', own: ['1'] },
      { path: 'records/b.ris', own: ['2', '3'] },
    ],
    listed,
  );
  assert.deepEqual(read, [['3'], ['2', 'b.ris#2']]);
});

/** Files landed one by one in `order`: the ids the review gives them, and their own ids. */
function landed(files: { path: string; own: string[] }[], order: readonly number[]) {
  const taken = new Set<string>();
  const out: { file: string; position: number; id: string; own: string }[] = [];
  for (const k of order) {
    const file = files[k];
    reviewIds(file.own, file.path, taken).forEach((id, position) => {
      out.push({ file: file.path, position, id, own: file.own[position] });
    });
  }
  return out;
}

test('whatever order files came in or went, the folder with its record-ids.csv gives every record its id', () => {
  const own = fc.array(fc.constantFrom('1', '2', '3', 'a.ris#1', 'b.ris#2', 'c.ris#1'), { maxLength: 6 });
  fc.assert(
    fc.property(
      fc.tuple(own, own, own, own),
      fc.constantFrom([0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]),
      // A file taken back out after all came in (or none): its records go, the others keep their ids.
      fc.constantFrom(-1, 0, 1, 2, 3),
      (lists, order, removed) => {
        const all = ['records/a.ris', 'records/b.ris', 'records/c.ris', 'records/a-2.ris'].map((path, k) => ({
          path,
          own: lists[k],
        }));
        const gone = removed >= 0 ? all[removed].path : undefined;
        const stored = landed(all, order).filter((r) => r.file !== gone);
        const files = all.filter((f) => f.path !== gone).sort((a, b) => byPath(a.path, b.path));
        const issues: ReviewIssue[] = [];
        const csv = recordIdsCsv(stored);
        const listed =
          csv === undefined
            ? new Map()
            : listedIds(
                parseCsv('record-ids.csv', csv, issues),
                new Map(files.map((f) => [f.path, f.own.length])),
                issues,
              );
        const read = folderIds(files, listed);
        const want = files.map((f) =>
          f.own.map((_, position) => stored.find((r) => r.file === f.path && r.position === position)?.id),
        );
        assert.deepEqual(read, want);
        assert.deepEqual(issues, []);
        // Unique ids, every record kept.
        assert.equal(new Set(read.flat()).size, read.flat().length);
      },
    ),
    { numRuns: 1000 },
  );
});

test('records files are read by name, numbers by value, a copy after its original', () => {
  const paths = [
    'records/x.ris',
    'records/pubmed-2025-03-01.jsonl',
    'records/x-10.ris',
    'records/embase.ris.gz',
    'records/x-2.ris',
    'records/pubmed-2025-03-01-2.jsonl',
    'records/pubmed-2024-12-31.jsonl',
  ];
  assert.deepEqual(paths.sort(byPath), [
    'records/embase.ris.gz',
    'records/pubmed-2024-12-31.jsonl',
    'records/pubmed-2025-03-01.jsonl',
    'records/pubmed-2025-03-01-2.jsonl',
    'records/x.ris',
    'records/x-2.ris',
    'records/x-10.ris',
  ]);
});
