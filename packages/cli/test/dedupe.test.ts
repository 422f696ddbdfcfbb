/**
 * `evidens dedupe`, run in-process: the JSON contract, the readable summary, CSV ids and JSON Lines as evidens import
 * writes them, standard input, and every mistake a user can make answered with one "error:" line and exit code 1.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type BibRecord, emptyRecord, jsonLine } from '@evidens/biblio';
import { assertUserError, run, runJson } from './support/run.js';

const dir = mkdtempSync(join(tmpdir(), 'evidens-dedupe-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// Two copies of one article from two databases, a third record, and a conference abstract of the journal paper.
const CSV = `ID,title,year,author,journal,volume,pages,ENTRYTYPE
rec-1,Comparison of human papillomavirus distribution in cytologic subgroups of low-grade squamous intraepithelial lesion,2006,"Zuna, R E and Wang, S S and Schiffman, M",Cancer,108,288-297,article
rec-2,Comparison of human papillomavirus distribution in cytologic subgroups of low-grade squamous intraepithelial lesion. [Review],2006,"Zuna, R. E. and Wang, S. S. and Schiffman, M.",Cancer.,108,288-97,article
rec-3,Magnesium for skeletal muscle cramps,2012,"Garrison, S R",Cochrane Database Syst Rev,9,CD009402,article
rec-4,Cultural universality versus particularity in CMC,2004,"Stahl, Bernd Carsten and Elbeltagi, Ibrahim",Journal of Global Information Technology Management,7,47-65,article
rec-5,Cultural Universality Versus Particularity in CMC,2003,"Stahl, Bernd-Carsten",Americas Conference on Information Systems,,,inproceedings
`;

function record(id: string, fields: Partial<BibRecord>): BibRecord {
  return { ...emptyRecord(id, { file: 'search.ris', format: 'ris', record: 1 }), ...fields };
}

const JSONL = [
  record('PMID:16779798', {
    title: 'Comparison of human papillomavirus distribution in cytologic subgroups',
    authors: [{ family: 'Zuna', given: 'R E' }],
    year: 2006,
    doi: '10.1002/cncr.22010',
  }),
  record('EMBASE:44021', {
    title: 'Comparison of Human Papillomavirus Distribution in Cytologic Subgroups',
    authors: [{ family: 'Zuna', given: 'Rosemary E.' }],
    year: 2006,
    doi: '10.1002/cncr.22010',
  }),
  record('PMID:1', { title: 'Something else entirely', year: 1999 }),
]
  .map((r) => jsonLine(r))
  .join('');

describe('evidens dedupe --json', () => {
  test('groups and uncertain pairs, ids from the CSV id column', async () => {
    const out = await runJson(['dedupe', file('records.csv', CSV)]);
    assert.deepEqual(out.groups, [['rec-1', 'rec-2']]);
    assert.deepEqual(out.uncertain, [['rec-4', 'rec-5', 9.5]]);
    const stats = out.stats as Record<string, number>;
    assert.equal(stats.records, 5);
    assert.equal(stats.removed, 1);
    assert.deepEqual(out.warnings, []);
  });

  test('JSON Lines as evidens import --out writes them: the imported ids', async () => {
    const out = await runJson(['dedupe', file('records.jsonl', JSONL)]);
    assert.deepEqual(out.groups, [['PMID:16779798', 'EMBASE:44021']]);
    assert.deepEqual(out.uncertain, []);
  });

  test('standard input, and thresholds from the options', async () => {
    const out = await runJson(['dedupe', '-', '--duplicate-at', '9', '--uncertain-at', '2'], CSV);
    assert.deepEqual(out.groups, [
      ['rec-1', 'rec-2'],
      ['rec-4', 'rec-5'],
    ]);
    const strict = await runJson(['dedupe', '-', '--duplicate-at', '100', '--uncertain-at', '50'], CSV);
    assert.deepEqual(strict.groups, []);
    assert.deepEqual(strict.uncertain, []);
  });
});

describe('evidens dedupe: the summary', () => {
  test('each group with the evidence that joined it, then the uncertain pairs', async () => {
    const r = await run(['dedupe', file('summary.csv', CSV)]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(
      r.stdout,
      /5 records, 1 duplicate groups \(1 records would be merged into others\), 1 uncertain pairs; 4 records after deduplication/,
    );
    assert.match(r.stdout, /^1\. rec-1, rec-2 {2}\(weakest link \d+(\.\d+)?\)$/m);
    assert.match(r.stdout, /^ {5}\+10 title: the same title$/m);
    assert.match(r.stdout, /^ {5}\+3 pages: first page 288 in both$/m);
    assert.match(r.stdout, /Uncertain pairs \(not merged; for a person to decide\):\n1\. rec-4 – rec-5: score 9\.5/);
    assert.match(r.stdout, /−3 kind: journal and conference/);
  });

  test('reading warnings go to stderr and the run goes on', async () => {
    const r = await run(['dedupe', file('untitled.csv', `${CSV}rec-6,,2006,"Zuna, R E",Cancer,108,288-297,article\n`)]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^warning: .*untitled\.csv line 7: the record has no title$/m);
  });

  test('--help', async () => {
    const r = await run(['dedupe', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: evidens dedupe FILE/);
  });
});

describe('evidens dedupe: mistakes', () => {
  test('no file, two files', async () => {
    await assertUserError(['dedupe'], ['give the file to deduplicate']);
    await assertUserError(['dedupe', 'a.csv', 'b.csv'], ['takes one file (got 2)']);
  });

  test('a file that is not there, a directory', async () => {
    await assertUserError(['dedupe', 'no-such-file.csv'], ['cannot read no-such-file.csv: no such file']);
    await assertUserError(['dedupe', dir], ['it is a directory']);
  });

  test('a JSON Lines file with a broken line: the line is named', async () => {
    const path = file('broken.jsonl', `${JSONL}{"id": "x", "title": \n`);
    await assertUserError(['dedupe', path], ['broken.jsonl line 4: not valid JSON']);
  });

  test('content in no known format, an empty file', async () => {
    await assertUserError(
      ['dedupe', file('notes.txt', 'just some notes\nwithout any structure\n')],
      ['matches no known format'],
    );
    await assertUserError(['dedupe', file('empty.csv', 'ID,title\n')], ['holds no records']);
  });

  test('options: thresholds the wrong way round, not numbers, unknown', async () => {
    await assertUserError(
      ['dedupe', 'x.csv', '--duplicate-at', '5', '--uncertain-at', '8'],
      ['--uncertain-at must not exceed --duplicate-at (got 8 > 5)'],
    );
    await assertUserError(
      ['dedupe', 'x.csv', '--duplicate-at', 'high'],
      ['--duplicate-at must be a number (got high)'],
    );
    await assertUserError(['dedupe', 'x.csv', '--format', 'docx'], ['--format must be one of auto, medline']);
    await assertUserError(['dedupe', 'x.csv', '--window', '3'], ['unknown option --window']);
  });
});
