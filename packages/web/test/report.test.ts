import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prismaFigure } from '@evidens/report/browser';
import { loadReview, prismaCounts } from '@evidens/review';
import { downloads, folderFileName, folderUrl, reportFileName, reportUrl, slug } from '../src/report/downloads';

const EXAMPLE = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;
const TITLE = { da: 'Magnesium mod natlige lægkramper', en: 'Magnesium for nocturnal leg cramps' };

describe('download addresses and file names', () => {
  it('asks the report route for the format and the language', () => {
    assert.equal(reportUrl('r1', 'docx', 'en'), '/api/reviews/r1/report?format=docx&lang=en');
    assert.equal(reportUrl('r 1', 'md', 'da'), '/api/reviews/r%201/report?format=md&lang=da');
    assert.equal(folderUrl('r1'), '/api/reviews/r1/folder.zip');
  });

  it('names files as the server does: the title in the report’s language, æ ø å spelled out', () => {
    assert.equal(slug('Magnesium mod natlige lægkramper'), 'magnesium-mod-natlige-laegkramper');
    assert.equal(slug('Søvn og åndedræt — en oversigt!'), 'soevn-og-andedraet-en-oversigt');
    assert.equal(slug('???'), 'review');
    assert.equal(reportFileName(TITLE, 'stored', 'docx', 'da'), 'magnesium-mod-natlige-laegkramper.docx');
    assert.equal(reportFileName(TITLE, 'stored', 'html', 'en'), 'magnesium-for-nocturnal-leg-cramps.html');
    assert.equal(reportFileName(undefined, 'Stored title', 'md', 'en'), 'stored-title.md');
    assert.equal(folderFileName('Magnesium mod natlige lægkramper'), 'magnesium-mod-natlige-laegkramper.zip');
  });

  it('offers HTML, DOCX and Markdown in Danish and English, then the folder', () => {
    const all = downloads('r1', TITLE, 'Magnesium mod natlige lægkramper');
    assert.deepEqual(
      all.map((d) => `${d.lang ?? '-'} ${d.format} ${d.fileName}`),
      [
        'da html magnesium-mod-natlige-laegkramper.html',
        'da docx magnesium-mod-natlige-laegkramper.docx',
        'da md magnesium-mod-natlige-laegkramper.md',
        'en html magnesium-for-nocturnal-leg-cramps.html',
        'en docx magnesium-for-nocturnal-leg-cramps.docx',
        'en md magnesium-for-nocturnal-leg-cramps.md',
        '- zip magnesium-mod-natlige-laegkramper.zip',
      ],
    );
    assert.equal(new Set(all.map((d) => d.url)).size, all.length);
  });
});

describe('the PRISMA diagram of the page', () => {
  it('is the report’s figure from the counts, with the example’s numbers', async () => {
    const { review } = await loadReview(EXAMPLE);
    const counts = prismaCounts(review);
    const svg = prismaFigure(counts, 'en', 'PRISMA').svg;
    assert.match(svg, /^<svg/);
    assert.match(svg, /Records screened \(n = 29\)/);
    assert.match(svg, /Studies included in review \(n = 7\)/);
    assert.match(prismaFigure(counts, 'da', 'PRISMA').svg, /Screenede/i);
  });
});
