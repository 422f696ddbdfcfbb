// The loader reads through a folder source: a folder on disk gives what loadReview always gave, and the same files
// held in memory give the same review and the same issues, without a folder on disk.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { folderInMemory, folderOnDisk, loadReview, loadReviewFrom } from '../src/index.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** Every file of a folder on disk, by its path in the folder. */
async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of names.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
  }
  return files;
}

test('a folder on disk: files relative to the folder, sorted; a missing file or folder is nothing', async () => {
  const source = folderOnDisk(fixture('good'));
  assert.equal(source.name, fixture('good'));
  assert.deepEqual(await source.list('records'), ['records/pubmed.jsonl']);
  assert.deepEqual(await source.list(''), [
    'data.yaml',
    'grade.yaml',
    'records/pubmed.jsonl',
    'review.yaml',
    'rob.yaml',
    'screening.csv',
    'studies.yaml',
  ]);
  assert.deepEqual(await source.list('nothing-here'), []);
  assert.match((await source.readText('review.yaml')) ?? '', /^title: Magnesium/);
  assert.equal(await source.readText('nothing.yaml'), undefined);
  assert.equal(await source.readText('records'), undefined, 'a folder is not a file');
});

test('a folder in memory: paths are tidied, listing is by folder, and the files are a copy', async () => {
  const files = new Map([
    ['./review.yaml', 'title: T\n'],
    ['records\\b.ris', 'TY  - JOUR\n'],
    ['records/a.nbib', 'PMID- 1\n'],
    ['recordsX/c.ris', ''],
  ]);
  const source = folderInMemory('in memory', files);
  files.set('late.yaml', 'added after');
  assert.equal(source.name, 'in memory');
  assert.deepEqual(await source.list('records'), ['records/a.nbib', 'records/b.ris']);
  assert.deepEqual(await source.list('./records/'), ['records/a.nbib', 'records/b.ris']);
  assert.deepEqual(await source.list(''), ['records/a.nbib', 'records/b.ris', 'recordsX/c.ris', 'review.yaml']);
  assert.equal(await source.readText('review.yaml'), 'title: T\n');
  assert.equal(await source.readText('./records/b.ris'), 'TY  - JOUR\n');
  assert.equal(await source.readText('recordsX/c.ris'), '', 'an empty file is there');
  assert.equal(await source.readText('late.yaml'), undefined);
  assert.deepEqual(await folderInMemory('plain object', { 'a.yaml': 'x' }).list(''), ['a.yaml']);
});

test('loadReview(dir) is loadReviewFrom(folderOnDisk(dir)), and review.dir is the source name', async () => {
  const fromDir = await loadReview(fixture('good'));
  const fromSource = await loadReviewFrom(folderOnDisk(fixture('good')));
  assert.deepEqual(fromSource, fromDir);
  assert.equal(fromDir.review.dir, fixture('good'));
});

for (const name of ['good', 'broken', 'syntax', 'empty']) {
  test(`the ${name} fixture held in memory gives the same review and the same issues`, async () => {
    const onDisk = await loadReview(fixture(name));
    const inMemory = await loadReviewFrom(folderInMemory(name, await filesOf(fixture(name))));
    assert.equal(inMemory.review.dir, name);
    assert.deepEqual(inMemory.issues, onDisk.issues);
    assert.deepEqual({ ...inMemory.review, dir: '' }, { ...onDisk.review, dir: '' });
  });
}

test('record files named in review.yaml are looked for in the source: under records/ and elsewhere', async () => {
  const review = [
    'title: T',
    'language: en',
    'outcomes: []',
    'searches:',
    '  - { id: a, source: A, date: 2014, hits: 1, records: [records/a.ris, ./records/a.ris] }',
    '  - { id: b, source: B, date: 2014, hits: 1, records: [exports/b.ris, records/gone.ris] }',
    '',
  ].join('\n');
  const files = { 'review.yaml': review, 'records/a.ris': '', 'exports/b.ris': '' };
  const { review: loaded, issues } = await loadReviewFrom(folderInMemory('r', files));
  assert.deepEqual(loaded.recordFiles, ['records/a.ris']);
  assert.deepEqual(
    issues.map((i) => i.message),
    ['review.yaml line 6: searches[1].records[1] names a file that does not exist (got records/gone.ris)'],
  );
  assert.deepEqual(loaded.searches[0].records, ['records/a.ris', './records/a.ris']);
});

test('the documented example of loadReviewFrom', async () => {
  const text = 'title: Magnesium\nlanguage: en\noutcomes: []\nconclsion: None\n';
  const { review, issues } = await loadReviewFrom(folderInMemory('review 12', { 'review.yaml': text }));
  assert.equal(review.dir, 'review 12');
  assert.deepEqual(
    issues.map((i) => i.message),
    ['review.yaml line 4: conclsion is not a field of this format'],
  );
});
