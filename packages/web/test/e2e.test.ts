/**
 * End to end: the built page against the real server (single-user mode, a temporary SQLite with the magnesium
 * example imported), driven by headless Chromium. Screenshots of each main page go to test/screenshots/ to be
 * looked at. Skipped when /usr/bin/chromium is missing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@evidens/server';
import { importFolder, openStore, type Store } from '@evidens/store';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPerson, shot as shotOf, skipWithoutChromium } from './support/browser';
import { DIST, ensureBuilt } from './support/build';

const EXAMPLE = fileURLToPath(new URL('../../../examples/magnesium-leg-cramps', import.meta.url));

describe('the workbench in a browser', { skip: skipWithoutChromium() }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'evidens-web-'));
    store = await openStore(join(dir, 'e2e.sqlite'));
    await importFolder(store, EXAMPLE, { actor: 'local' });
    server = await startServer({ store, mode: 'single', host: '127.0.0.1', port: 0, webRoot: DIST });
    browser = await launchBrowser();
    page = (await openPerson(browser, errors)).page;
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => shotOf(page, name);

  it('lists the reviews and opens the magnesium review', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    const link = page.getByRole('row').nth(1).getByRole('link');
    await link.waitFor();
    await shot('1-reviews');
    await link.click();
    await page.getByRole('heading', { name: 'Magnesium for nocturnal leg cramps', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Question' }).waitFor();
    await page.getByRole('heading', { name: 'PRISMA 2020 counts' }).waitFor();
    await page.getByRole('row', { name: /Studies included/ }).waitFor();
    assert.match(page.url(), /#\/reviews\/[^/]+\/overview$/);
    await shot('2-overview');
  });

  it('computes the pooled MD in the page and shows it in English and Danish', async () => {
    await page.getByRole('link', { name: 'Analysis' }).click();
    const pooled = page.getByTestId('pooled-estimate');
    await pooled.waitFor();
    assert.equal(await pooled.textContent(), '0.03');
    assert.equal(await page.locator('.svg-box svg').count(), 1);
    await shot('3-analysis-en');
    await page.getByLabel('Language').selectOption('da');
    await page.getByRole('link', { name: 'Analyse' }).waitFor();
    assert.equal(await pooled.textContent(), '0,03');
    await shot('4-analysis-da');
    await page.getByLabel('Sprog').selectOption('en');
  });

  it('recomputes the plot when a study number is edited and saves it with its version', async () => {
    const pooled = page.getByTestId('pooled-estimate');
    const field = page.getByLabel('Frusso 1999: Intervention Mean');
    assert.equal(await field.inputValue(), '11.8');
    await field.fill('51.8');
    await page.waitForFunction(() => document.querySelector('[data-testid="pooled-estimate"]')?.textContent !== '0.03');
    assert.notEqual(await pooled.textContent(), '0.03');
    await field.fill('11.8');
    await page.waitForFunction(() => document.querySelector('[data-testid="pooled-estimate"]')?.textContent === '0.03');
    await field.press('Enter');
    await page.getByText('Saved.').waitFor();
  });

  it('shows the screening page with the criteria and the keyboard shortcuts', async () => {
    await page.getByRole('link', { name: 'Screening' }).click();
    await page.getByRole('heading', { name: 'Eligibility criteria' }).waitFor();
    await page.getByText('Keyboard: i include').waitFor();
    await page.getByRole('heading', { name: 'Progress' }).waitFor();
    await shot('5-screening');
  });

  it('lists the included studies', async () => {
    await page.getByRole('link', { name: 'Studies' }).click();
    await page.getByRole('heading', { name: 'Included studies' }).waitFor();
    const rows = page.locator('table.studies tbody tr');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 4);
    await shot('6-studies');
  });

  it('refuses a file the review holds already, and imports it again when asked', async () => {
    await page.getByRole('link', { name: 'Search and import' }).click();
    await page.getByLabel('File', { exact: true }).setInputFiles(join(EXAMPLE, 'records', 'pubmed.jsonl'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/in the review already, as records\/pubmed\.jsonl/).waitFor();
    await shot('7-import-again');
    await alert.getByRole('button', { name: 'Import it again anyway' }).click();
    await page.getByRole('heading', { name: /^Report: / }).waitFor({ timeout: 20_000 });
    const count = (label: string) =>
      page.locator('.import-counts > div').filter({ hasText: label }).locator('dd').textContent();
    // The 29 PubMed records are all there a second time, under their places in the new file.
    assert.deepEqual([await count('Added'), await count('Id taken')], ['29', '29']);
  });

  it('takes the second copy back out, and keeps a file that screening rests on', async () => {
    const copy = page.getByRole('button', { name: 'Remove records/pubmed-2.jsonl' });
    await copy.click();
    await page.getByRole('button', { name: 'Yes, remove the file and its records' }).click();
    await page.getByRole('status').getByText('Removed records/pubmed-2.jsonl and its 29 records.').waitFor();
    await page.getByRole('button', { name: 'Remove records/pubmed-2.jsonl' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Remove records/pubmed.jsonl' }).click();
    await page.getByRole('button', { name: 'Yes, remove the file and its records' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'records/pubmed.jsonl stays' });
    await refused.waitFor();
    assert.match((await refused.textContent()) ?? '', /screening decision\(s\) on its records/);
    await shot('8-remove-file');
  });

  it('raised no errors in the page', () => {
    assert.deepEqual(errors, []);
  });
});
