// A review kept as raw parts (as a database keeps it) and written back out is the same review: the parts read back
// deep-equal, and loading the written files from memory gives the review that loading the original folder gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type FolderSource,
  folderInMemory,
  folderOnDisk,
  loadReview,
  loadReviewFrom,
  readRawParts,
  writeReviewFiles,
} from '../src/index.js';
import { withoutPlaces } from './support/strip.js';

const EXAMPLE = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** The record files of a folder, as a store would keep them beside the parts. */
async function records(source: FolderSource): Promise<[string, string][]> {
  const paths = await source.list('records');
  return Promise.all(paths.map(async (path): Promise<[string, string]> => [path, (await source.readText(path)) ?? '']));
}

for (const [name, dir] of [
  ['examples/magnesium-leg-cramps', EXAMPLE],
  ['the good fixture', fixture('good')],
]) {
  test(`${name}: written parts read back deep-equal, with the same bytes when written again`, async () => {
    const { parts, issues } = await readRawParts(folderOnDisk(dir));
    assert.deepEqual(issues, []);
    const files = writeReviewFiles(parts);
    assert.deepEqual([...files.keys()], [...(parts.present ?? [])]);
    const again = await readRawParts(folderInMemory('written', files));
    assert.deepEqual(again.issues, []);
    assert.deepEqual(again.parts, parts);
    assert.deepEqual(writeReviewFiles(again.parts), files);
  });

  test(`${name}: the written files load, from memory, as the same review`, async () => {
    const source = folderOnDisk(dir);
    const original = await loadReview(dir);
    const { parts } = await readRawParts(source);
    const files = new Map([...writeReviewFiles(parts), ...(await records(source))]);
    const copy = await loadReviewFrom(folderInMemory('from the store', files));
    assert.deepEqual(copy.issues, []);
    assert.equal(copy.review.dir, 'from the store');
    assert.deepEqual(withoutPlaces(copy.review), withoutPlaces(original.review));
  });
}

test('the broken fixture: its parts survive writing, and the loader finds the same problems in the copy', async () => {
  const source = folderOnDisk(fixture('broken'));
  const { parts, issues } = await readRawParts(source);
  // Only a CSV row too long for its header cannot be kept as column → cell; it is the one issue.
  assert.deepEqual(
    issues.map((i) => i.message),
    ['screening.csv line 6: the row has 8 cells but the header has 7; it is left out'],
  );
  const files = writeReviewFiles(parts);
  assert.deepEqual((await readRawParts(folderInMemory('copy', files))).parts, parts);
  const where = (i: { code: string; file: string; path: string }) => `${i.code} ${i.file} ${i.path}`;
  const original = (await loadReview(fixture('broken'))).issues.map(where);
  const copy = (await loadReviewFrom(folderInMemory('copy', files))).issues.map(where);
  assert.deepEqual(
    copy,
    original.filter((w) => w !== 'inconsistent screening.csv '),
  );
});
