import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordIds } from '@evidens/store';

const ids = (...list: string[]) => list.map((id) => ({ id }));

test("a file's own ids are kept; one repeated in the file takes the record's place in it", () => {
  assert.deepEqual(recordIds(ids('7', '7', '8', '7'), 'records/embase.ris', 'embase.ris'), [
    '7',
    'embase.ris#2',
    '8',
    'embase.ris#4',
  ]);
});

test('ids made from the name a file was read under follow the name it is stored under', () => {
  assert.deepEqual(recordIds(ids('x.ris#1', '12', 'x.ris#3'), 'records/x-2.ris', 'x.ris'), [
    'x-2.ris#1',
    '12',
    'x-2.ris#3',
  ]);
  // A gzip file is read under its name without .gz, from a folder as from an upload.
  assert.deepEqual(recordIds(ids('a.nbib.gz#1'), 'records/a.nbib.gz', 'a.nbib.gz'), ['a.nbib#1']);
  assert.deepEqual(recordIds(ids('a.nbib#1'), 'records/a.nbib.gz', 'a.nbib'), ['a.nbib#1']);
  // Stored under the name it was read under: nothing changes.
  assert.deepEqual(recordIds(ids('x.ris#1', '12'), 'records/x.ris', 'x.ris'), ['x.ris#1', '12']);
});
