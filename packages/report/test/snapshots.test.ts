// Byte-for-byte snapshots of every example figure. After a deliberate change to a figure, look at the PNGs
// (test/render-examples.ts) and then rewrite the snapshots with
//   UPDATE_SNAPSHOTS=1 node --conditions=source --import tsx --test packages/report/test/snapshots.test.ts
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { examples } from './fixtures/examples.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');
const update = process.env.UPDATE_SNAPSHOTS === '1';

for (const [name, svg] of Object.entries(examples())) {
  test(`snapshot ${name}.svg`, () => {
    const file = join(dir, `${name}.svg`);
    if (update) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, svg);
      return;
    }
    assert.ok(existsSync(file), `no snapshot ${file}; write it with UPDATE_SNAPSHOTS=1 after looking at the figure`);
    assert.equal(svg, readFileSync(file, 'utf8'), `${name}.svg differs from its snapshot`);
  });
}

test('every figure renders the same bytes twice', () => {
  assert.deepEqual(examples(), examples());
});
