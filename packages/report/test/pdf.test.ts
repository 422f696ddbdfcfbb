import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportError } from '@evidens/report';
import { findBrowser, htmlToPdf } from '@evidens/report/pdf';

test('an HTML page prints to a PDF of its pages', async (t) => {
  if (!findBrowser()) {
    t.skip('no browser found (apt-get install chromium, or set EVIDENS_BROWSER)');
    return;
  }
  const pages = Array.from(
    { length: 3 },
    (_, i) => `<section style="break-after: page"><h1>Page ${i + 1}</h1></section>`,
  );
  const pdf = Buffer.from(await htmlToPdf(`<!doctype html><html><body>${pages.join('')}</body></html>`));
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  // Each page is one /Type /Page object in the file.
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length, 3);
});

test('without a browser the error says what to install', async () => {
  await assert.rejects(htmlToPdf('<p>x</p>', { browser: '/nowhere/chromium' }), (error: unknown) => {
    assert.ok(error instanceof ReportError);
    assert.equal(error.code, 'renderer_unavailable');
    assert.equal(
      error.message,
      'a PDF needs Chromium or Chrome, and none was found (/nowhere/chromium does not exist); install one ' +
        '(Debian: apt-get install chromium) or set EVIDENS_BROWSER to its path, or choose html, md or docx',
    );
    return true;
  });
});
