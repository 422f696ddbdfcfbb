import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAll } from '@evidens/biblio';
import type { ImportResult, Job } from '../src/api/imports';
import { formatPercent, jobProgressLine, progressPercent } from '../src/import/job-progress';
import { importSummary, isImportResult, issuePlace } from '../src/import/report-summary';

const job = (over: Partial<Job>): Job => ({
  id: 'j1',
  reviewId: 'r1',
  kind: 'import',
  status: 'running',
  progress: 0,
  message: null,
  result: null,
  error: null,
  createdAt: '2026-11-26T07:00:00Z',
  updatedAt: '2026-11-26T07:00:00Z',
  ...over,
});

describe('progressPercent', () => {
  it('floors the share done to a whole percent', () => {
    assert.equal(progressPercent(job({ progress: 0.425 })), 42);
    assert.equal(progressPercent(job({ progress: 0.999 })), 99);
  });
  it('never shows 100 before the job has ended, and always 100 when done', () => {
    assert.equal(progressPercent(job({ progress: 1 })), 99);
    assert.equal(progressPercent(job({ status: 'done', progress: 0.3 })), 100);
  });
  it('clamps odd values to 0', () => {
    assert.equal(progressPercent(job({ progress: -0.2 })), 0);
    assert.equal(progressPercent(job({ progress: Number.NaN })), 0);
  });
});

describe('formatPercent', () => {
  it('writes the percent sign as each language does', () => {
    assert.equal(formatPercent('en', 42), '42%');
    assert.equal(formatPercent('da', 42).replace(/\u00a0/g, ' '), '42 %');
  });
});

describe('jobProgressLine', () => {
  const words = { queued: 'waiting to start', done: 'done', failed: 'Failed' };
  it("shows the percent and the job's own message while it runs", () => {
    const line = jobProgressLine(
      job({ progress: 0.3, message: 'read 29 records from a.ris; storing them' }),
      'en',
      words,
    );
    assert.deepEqual(line, {
      percent: 30,
      ended: false,
      failed: false,
      text: '30% · read 29 records from a.ris; storing them',
    });
  });
  it('says a queued job is waiting, whatever its message', () => {
    assert.equal(jobProgressLine(job({ status: 'queued', message: 'x' }), 'en', words).text, '0% · waiting to start');
  });
  it("gives a failed job's error message, not its last progress message", () => {
    const line = jobProgressLine(
      job({
        status: 'failed',
        progress: 0.05,
        message: 'searching PubMed',
        error: { code: 'unavailable', message: 'PubMed cannot be reached' },
      }),
      'en',
      words,
    );
    assert.deepEqual(line, { percent: 5, ended: true, failed: true, text: 'Failed: PubMed cannot be reached' });
  });
  it('ends at 100 % when done, in Danish notation', () => {
    const line = jobProgressLine(job({ status: 'done', progress: 1 }), 'da', { ...words, done: 'færdig' });
    assert.equal(line.text.replace(/\u00a0/g, ' '), '100 % · færdig');
    assert.equal(line.ended, true);
  });
});

/** An import result made the way the server's import job makes it: the reader's first 100 issues and their count. */
async function resultOf(text: string, file: string): Promise<ImportResult> {
  const read = await readAll({ data: new TextEncoder().encode(text), file });
  assert.ok(read.format);
  return {
    file: `records/${file}`,
    format: read.format,
    searchId: 'a',
    read: read.counts.read,
    added: read.records.length,
    renamed: 0,
    issues: read.issues.slice(0, 100),
    issueCount: read.issues.length,
  };
}

describe('importSummary on a real reader result', () => {
  // Record 2 has a year that is no year and no title; record 3 has no ER.
  const RIS =
    'TY  - JOUR\nTI  - First\nPY  - 2001\nER  - \nTY  - JOUR\nPY  - nineteen\nER  - \nTY  - JOUR\nTI  - Third\n';

  it('names the format and gives the counts', async () => {
    const s = importSummary(await resultOf(RIS, 'a.ris'));
    assert.equal(s.format, 'RIS');
    assert.deepEqual([s.read, s.added, s.renamed], [3, 3, 0]);
    assert.equal(s.moreIssues, 0);
  });

  it('places each issue on the line of the file it is about', async () => {
    const s = importSummary(await resultOf(RIS, 'a.ris'));
    const lines = RIS.split('\n');
    const badYear = s.issues.find((i) => i.code === 'bad_value');
    assert.deepEqual(badYear?.place, { kind: 'line', line: 6 });
    assert.equal(lines[5], 'PY  - nineteen');
    const untitled = s.issues.find((i) => i.code === 'missing_field');
    assert.deepEqual(untitled?.place, { kind: 'line', line: 5 });
    assert.deepEqual(
      s.issues.map((i) => (i.place?.kind === 'line' ? i.place.line : undefined)),
      [5, 6, 9],
      'in line order, though the reader noted the bad year before the missing title',
    );
    assert.equal(lines[8], 'TI  - Third', 'the truncated record is noted at the last line of the file');
    assert.equal(s.warnings, s.issues.length);
    assert.equal(s.errors, 0);
  });

  it('lists the first 100 issues of a file with more, and counts the rest', async () => {
    const ris = Array.from({ length: 150 }, () => 'TY  - JOUR\nPY  - 1999\nER  - \n').join('');
    const result = await resultOf(ris, 'b.ris');
    assert.equal(result.issueCount, 150, 'one missing title per record');
    const s = importSummary(result);
    assert.equal(s.issues.length, 100);
    assert.equal(s.moreIssues, 50);
    assert.deepEqual(s.issues[99]?.place, { kind: 'line', line: 99 * 3 + 1 });
  });
});

describe('issuePlace', () => {
  const base = { code: 'c', severity: 'error' as const, message: 'm' };
  it('prefers the line, then the XML path, then the record number', () => {
    assert.deepEqual(issuePlace({ ...base, line: 4, path: '/a', record: 2 }), { kind: 'line', line: 4 });
    assert.deepEqual(issuePlace({ ...base, path: '/PubmedArticleSet/PubmedArticle[3]', record: 3 }), {
      kind: 'path',
      path: '/PubmedArticleSet/PubmedArticle[3]',
    });
    assert.deepEqual(issuePlace({ ...base, record: 7 }), { kind: 'record', record: 7 });
    assert.equal(issuePlace(base), undefined);
  });
});

describe('isImportResult', () => {
  it("tells an import's result from a PubMed search's", () => {
    const imported = {
      file: 'records/a.ris',
      format: 'ris',
      searchId: 'a',
      read: 1,
      added: 1,
      renamed: 0,
      issues: [],
      issueCount: 0,
    };
    assert.equal(isImportResult(imported), true);
    assert.equal(isImportResult({ file: 'x', searchId: 'pubmed', count: 3, fetched: 3, added: 3 }), false);
    assert.equal(isImportResult(null), false);
  });
});
