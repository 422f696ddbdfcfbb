/**
 * The report's files: Markdown with PNG figures beside it, a DOCX that is a valid ZIP with word/document.xml and one
 * drawing per figure, and the same bytes from the same folder.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildReport, figuresOf, REPORT_FORMATS, reportFiles, toDocx, toMarkdown } from '../src/index.js';
import { svgToPng } from '../src/png.js';
import { goodReview, unzip } from './support/document-fixture.js';

const review = await goodReview();
const doc = buildReport(review, { lang: 'da' });
const figures = figuresOf(doc);
const toPng = (svg: string) => svgToPng(svg, { scale: 1 });
const pngs = new Map(await Promise.all(figures.map(async (f) => [f.name, await toPng(f.svg)] as const)));

describe('report.md', () => {
  const md = toMarkdown(doc, 'figures');

  test('has the title, every section and every figure as a PNG beside it', () => {
    assert.ok(md.startsWith('# Magnesium for nocturnal leg cramps\n'));
    for (const s of doc.sections) assert.ok(md.includes(`\n## ${s.title}\n`), s.title);
    for (const f of figures) assert.ok(md.includes(`](figures/${f.name}.png)`), f.name);
  });

  test('writes tables as pipe tables with numbered captions, and emphasis without inner spaces', () => {
    assert.match(md, /\*\*Tabel 1\.\*\* Artikeltabel/);
    assert.match(md, /\n\| Studie \| Design \| Deltagere \|/);
    assert.match(md, /\| --- \| ---: \| ---: \| ---: \|/);
    assert.match(md, /- \*\*Population:\*\* Adults/);
    assert.doesNotMatch(md, /: \*\*\S/, 'no emphasis that closes after a space');
  });
});

describe('report.docx', async () => {
  const bytes = await toDocx(doc, pngs);
  const entries = unzip(bytes);

  test('is a ZIP with the parts Word needs', () => {
    for (const part of [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'docProps/core.xml',
    ]) {
      assert.ok(entries.has(part), part);
    }
  });

  test('word/document.xml holds the text, the tables and one drawing per figure', () => {
    const xml = entries.get('word/document.xml')?.toString('utf8') ?? '';
    assert.ok(xml.includes('Magnesium for nocturnal leg cramps'));
    for (const s of doc.sections) assert.ok(xml.includes(`>${s.title}<`), s.title);
    assert.equal((xml.match(/<w:drawing>/g) ?? []).length, figures.length);
    assert.equal((xml.match(/<w:tbl>/g) ?? []).length, 4);
    assert.ok(xml.includes('w:orient="landscape"'), 'wide tables on landscape pages');
    const media = [...entries.keys()].filter((k) => k.startsWith('word/media/'));
    assert.equal(media.length, figures.length);
    for (const m of media)
      assert.deepEqual([...(entries.get(m) ?? Buffer.alloc(0)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  });

  test('carries no dates, and the same document gives the same bytes', async () => {
    assert.doesNotMatch(entries.get('docProps/core.xml')?.toString('utf8') ?? '', /dcterms:(created|modified)/);
    const again = await toDocx(buildReport(review, { lang: 'da' }), pngs);
    assert.ok(Buffer.from(again).equals(Buffer.from(bytes)));
  });
});

describe('reportFiles', () => {
  test('gives the asked formats and every figure as SVG and PNG', async () => {
    const files = await reportFiles(doc, ['md'], toPng);
    assert.deepEqual(
      files.map((f) => f.path),
      ['report.md', ...figures.flatMap((f) => [`figures/${f.name}.svg`, `figures/${f.name}.png`])],
    );
    assert.deepEqual(REPORT_FORMATS, ['html', 'md', 'docx']);
  });

  test('every file has the same bytes from a second run', async () => {
    const a = await reportFiles(doc, REPORT_FORMATS, toPng);
    const b = await reportFiles(buildReport(review, { lang: 'da' }), REPORT_FORMATS, toPng);
    assert.deepEqual(
      a.map((f) => f.path),
      b.map((f) => f.path),
    );
    a.forEach((f, i) => {
      assert.ok(Buffer.from(f.data).equals(Buffer.from(b[i].data)), f.path);
    });
  });
});
