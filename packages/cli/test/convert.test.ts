/**
 * `evidens convert`: the same records in another format, and the errors a user can make.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readAll } from '@evidens/biblio';
import { assertUserError, run } from './support/run.js';

describe('evidens convert', () => {
  test('RIS to BibTeX, CSV and CSL-JSON keeps titles, DOIs and years', async () => {
    const bib = await run(['convert', 'magnesium.ris', '--to', 'bibtex']);
    assert.equal(bib.code, 0);
    assert.equal((bib.stdout.match(/^@article\{/gm) ?? []).length, 3);
    assert.match(bib.stdout, /doi = \{10\.1001\/jamainternmed\.2016\.9261\}/);
    // The third record has no ER: reported on stderr, still converted.
    assert.match(bib.stderr, /magnesium\.ris line \d+:/);

    const csl = await run(['convert', 'magnesium.ris', '--to', 'csljson']);
    const items = JSON.parse(csl.stdout) as { title: string; issued: { 'date-parts': number[][] } }[];
    assert.equal(items.length, 3);
    assert.equal(items[1].issued['date-parts'][0][0], 2017);

    const dir = mkdtempSync(join(tmpdir(), 'evidens-convert-'));
    const out = join(dir, 'm.csv');
    const csv = await run(['convert', 'magnesium.ris', '--to', 'csv', '--out', out]);
    assert.equal(csv.code, 0);
    const back = await readAll({ path: out });
    assert.deepEqual(
      back.records.map((r) => r.year),
      [2015, 2017, 1998],
    );
    assert.equal(back.records[0].doi, '10.1111/j.1740-8709.2012.00440.x');
    assert.match(readFileSync(out, 'utf8'), /Oral magnesium for relief in pregnancy-induced leg cramps/);
  });

  test('errors: no --to, a bad --to, a missing file, content in no known format', async () => {
    await assertUserError(['convert', 'magnesium.ris'], ['give --to']);
    await assertUserError(['convert', 'magnesium.ris', '--to', 'docx'], ['--to must be one of ris, csv, bibtex']);
    await assertUserError(['convert', 'nothere.ris', '--to', 'ris'], ['cannot read nothere.ris: no such file']);
    await assertUserError(['convert', 'no-format.txt', '--to', 'ris'], ['no-format.txt', 'matches no known format']);
  });
});
