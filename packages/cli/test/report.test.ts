/**
 * `evidens report` run in-process on the review package's fixture folders: the files it writes, the language and
 * format options, the same bytes from a second run, and the error paths, which write nothing.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertUserError, run } from './support/run.js';

const reviewFixtures = join(dirname(fileURLToPath(import.meta.url)), '../../review/test/fixtures');
const good = join(reviewFixtures, 'good');
const broken = join(reviewFixtures, 'broken');
const temp = await mkdtemp(join(tmpdir(), 'evidens-report-'));
after(() => rm(temp, { recursive: true, force: true }));

const FIGURES = [
  'prisma',
  'rob-traffic-light-cramps-md',
  'rob-summary-cramps-md',
  'forest-cramps-md',
  'forest-responders-rr',
];

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('evidens report', () => {
  test('writes the HTML, Markdown and DOCX reports and every figure as SVG and PNG', async () => {
    const out = join(temp, 'all');
    const r = await run(['report', good, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const expected = [
      'report.html',
      'report.md',
      'report.docx',
      ...FIGURES.flatMap((f) => [`figures/${f}.svg`, `figures/${f}.png`]),
    ];
    assert.deepEqual(await listFiles(out), [...expected].sort());
    assert.deepEqual(
      r.stdout.trim().split('\n'),
      expected.map((f) => join(out, f)),
    );
    const html = await readFile(join(out, 'report.html'), 'utf8');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Magnesium for nocturnal leg cramps<\/h1>/);
    const docx = await readFile(join(out, 'report.docx'));
    assert.equal(docx.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
    const png = await readFile(join(out, 'figures/forest-cramps-md.png'));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  });

  test('warns on stderr about PRISMA counts that do not add up, and still writes the report', async () => {
    const r = await run(['report', good, '--out', join(temp, 'warn'), '--format', 'html']);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^warning: PRISMA counts: 4 studies in studies.yaml but only 2 included report/m);
  });

  test('--lang da writes the Danish report; --format limits the documents', async () => {
    const out = join(temp, 'da');
    const r = await run(['report', good, '--lang', 'da', '--format', 'md,html', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const files = await listFiles(out);
    assert.ok(files.includes('report.md') && files.includes('report.html'));
    assert.ok(!files.includes('report.docx'));
    const md = await readFile(join(out, 'report.md'), 'utf8');
    assert.match(md, /\n## Metode\n/);
    assert.match(md, /MD −0,18 \(95 % KI −0,93 til 0,58\)/);
  });

  test('--json lists the files written', async () => {
    const r = await run(['report', good, '--format', 'html', '--out', join(temp, 'json'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { lang: string; files: string[] };
    assert.equal(json.lang, 'en');
    assert.deepEqual(json.files.slice(0, 2), ['report.html', 'figures/prisma.svg']);
  });

  test('the same folder gives the same bytes; --date adds only a date line', async () => {
    const [a, b, dated] = ['same-a', 'same-b', 'dated'].map((d) => join(temp, d));
    assert.equal((await run(['report', good, '--out', a])).code, 0);
    assert.equal((await run(['report', good, '--out', b])).code, 0);
    assert.equal((await run(['report', good, '--out', dated, '--date', '2026-03-05', '--format', 'html'])).code, 0);
    for (const file of await listFiles(a)) {
      const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
      assert.ok(x.equals(y), `${file} differs between runs`);
    }
    const plain = await readFile(join(a, 'report.html'), 'utf8');
    const withDate = await readFile(join(dated, 'report.html'), 'utf8');
    assert.equal(withDate.replace('\n<p class="date">Report made on 5 March 2026</p>', ''), plain);
  });

  test('--help describes the command', async () => {
    const r = await run(['report', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage: evidens report DIR/);
  });
});

describe('evidens report: errors', () => {
  test('a folder with validation problems lists them by file and line, exits 1 and writes nothing', async () => {
    const out = join(temp, 'broken');
    const r = await run(['report', broken, '--out', out]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trim().split('\n');
    assert.ok(lines.includes('review.yaml line 2: language must be one of da, en (got "de")'));
    assert.ok(
      lines.includes('studies.yaml line 31: studies[2].arms[0].randomised must be a positive whole number (got -3)'),
    );
    for (const line of lines.slice(0, -1)) assert.match(line, /^[a-z]+\.(yaml|csv)( line \d+)?: /);
    assert.match(lines[lines.length - 1], /^error: .*broken has \d+ problems to fix; no report written$/);
    assert.equal(existsSync(out), false);
  });

  test('--format pdf prints the HTML report to PDF with the browser, and writes no HTML unless asked', async (t) => {
    if (!existsSync('/usr/bin/chromium') && !process.env.EVIDENS_BROWSER) {
      t.skip('no browser at /usr/bin/chromium (apt-get install chromium, or set EVIDENS_BROWSER)');
      return;
    }
    const out = join(temp, 'pdf');
    const r = await run(['report', good, '--format', 'pdf', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    const files = await listFiles(out);
    assert.ok(files.includes('report.pdf'));
    assert.ok(!files.includes('report.html'));
    const pdf = await readFile(join(out, 'report.pdf'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(pdf.length > 20_000, `a PDF of ${pdf.length} bytes is too small for the report`);
  });

  test('an unknown format lists the allowed ones', async () => {
    await assertUserError(['report', good, '--format', 'html,rtf'], ['--format', 'html, md, docx, pdf', 'rtf']);
    await assertUserError(['report', good, '--format', 'html,'], ['--format', 'comma-separated']);
  });

  test('an unknown language, a bad date, no folder or a missing folder are errors', async () => {
    await assertUserError(['report', good, '--lang', 'de'], ['--lang', 'da, en', 'de']);
    await assertUserError(['report', good, '--date', '5/3/2026'], ['--date', 'YYYY-MM-DD']);
    await assertUserError(['report'], ['give one review folder']);
    await assertUserError(['report', join(temp, 'nowhere')], ['no such folder']);
    await assertUserError(['report', good, '--colour'], ['unknown option --colour']);
  });
});
