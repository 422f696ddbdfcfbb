/**
 * `evidens import`: counts per file, issues with their lines, JSON Lines out, and the errors a user can make.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { assertUserError, run, runJson } from './support/run.js';

describe('evidens import', () => {
  test('a RIS file: three records, the last without ER is kept and reported', async () => {
    const out = await runJson(['import', 'magnesium.ris']);
    const [file] = out.files as {
      file: string;
      format: string;
      read: number;
      skipped: number;
      issues: { code: string }[];
    }[];
    assert.equal(file.format, 'ris');
    assert.equal(file.read, 3);
    assert.equal(file.skipped, 0);
    assert.ok(file.issues.some((i) => i.code === 'truncated'));
  });

  test('JSON Lines: a bad line is skipped with its line number, the others read', async () => {
    const r = await run(['import', 'records.jsonl']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^records\.jsonl \(jsonl\): 2 read, 1 skipped, 0 with issues$/m);
    assert.match(r.stdout, /error record_skipped at line 2: not valid JSON/);
  });

  test('--out writes every record as one JSON line, readable again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidens-import-'));
    const out = join(dir, 'all.jsonl');
    const r = await run(['import', 'magnesium.ris', 'records.jsonl', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /total: 5 records from 2 files/);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(lines.length, 5);
    assert.equal(JSON.parse(lines[0]).doi, '10.1111/j.1740-8709.2012.00440.x');
    const again = await runJson(['import', out]);
    assert.equal((again.files as { read: number }[])[0].read, 5);
  });

  test('content in no known format: exit 1 with the file named', async () => {
    const r = await run(['import', 'bcg.csv', '--format', 'ris']);
    assert.equal(r.code, 0);
    const unknown = await run(['import', 'negative-sd.csv', 'no-format.txt']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stdout, /no-format\.txt \(unknown format\): 0 read/);
  });

  test('errors: no file, a missing file, a bad --format', async () => {
    await assertUserError(['import'], ['give at least one file']);
    await assertUserError(['import', 'nothere.ris'], ['cannot read nothere.ris: no such file']);
    await assertUserError(
      ['import', 'magnesium.ris', '--format', 'endnote'],
      ['--format must be one of auto, medline'],
    );
  });
});
