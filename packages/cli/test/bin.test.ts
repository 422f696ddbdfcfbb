/**
 * The installed command: the bin run as its own process on the compiled code (packages/cli/dist, built by
 * `npm run build`, which `npm ci` runs), as `npx evidens` runs it. Skipped, with the reason, before a build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixtures, runJson } from './support/run.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(cli, 'bin', 'evidens.js');
const built = join(cli, 'dist', 'main.js');

function evidens(args: string[]) {
  // Without tsx and the "source" condition: the compiled engine and command line, as a user gets them.
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: fixtures,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

test('the bin prints the same JSON as main() in-process', async (t) => {
  if (!existsSync(built)) {
    t.skip(`${built} not found: run npm run build first`);
    return;
  }
  const r = evidens(['meta', 'bcg.csv', '--measure', 'RR', '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), await runJson(['meta', 'bcg.csv', '--measure', 'RR']));
});

test('the bin exits with 1 and one error line for a user mistake', (t) => {
  if (!existsSync(built)) {
    t.skip(`${built} not found: run npm run build first`);
    return;
  }
  const r = evidens(['meta', 'bad-value.csv', '--measure', 'RR']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, 'error: bad-value.csv line 5, column bi: not a number (got "13,536")\n');
});
