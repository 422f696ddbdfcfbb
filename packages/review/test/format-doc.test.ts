// The examples in FORMAT.md are read like a folder: they must be valid, apart from naming studies and files that
// the short examples leave out.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadReview } from '../src/index.js';

const FILES = ['review.yaml', 'studies.yaml', 'data.yaml', 'rob.yaml', 'grade.yaml', 'screening.csv'];

test('the examples in FORMAT.md load, with only the references the examples leave out reported', async () => {
  const doc = await readFile(new URL('../FORMAT.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```(yaml|csv)\n([\s\S]*?)```/g)].map((m) => m[2]);
  const dir = await mkdtemp(join(tmpdir(), 'evidens-format-'));
  try {
    for (const file of FILES) {
      const first =
        file === 'review.yaml'
          ? 'title:'
          : file === 'screening.csv'
            ? 'record,'
            : `${file === 'studies.yaml' ? 'studies' : file === 'data.yaml' ? 'data' : file === 'rob.yaml' ? 'assessments' : 'outcomes'}:`;
      const block = blocks.find((b) => b.startsWith(first));
      assert.ok(block, `FORMAT.md has an example of ${file}`);
      await writeFile(join(dir, file), block);
    }
    const { review, issues } = await loadReview(dir);
    assert.deepEqual(
      issues.map((i) => `${i.code} ${i.file} ${i.path}`),
      [
        'missing_file review.yaml searches[0].records[0]',
        'unknown_reference data.yaml data[0].study',
        'unknown_reference data.yaml data[1].study',
        'unknown_reference data.yaml data[2].study',
      ],
    );
    assert.equal(review.studies.length, 1);
    assert.equal(review.data.length, 4);
    assert.equal(review.rob.length, 1);
    assert.equal(review.grade.length, 1);
    assert.equal(review.screening.length, 6);
  } finally {
    await rm(dir, { recursive: true });
  }
});
