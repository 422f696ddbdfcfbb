/**
 * End to end: the built page against the real server (single-user mode, a temporary SQLite with the magnesium
 * example imported), driven by headless Chromium. Screenshots of each main page go to test/screenshots/ to be
 * looked at. Skipped when /usr/bin/chromium is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@evidens/server';
import { importFolder, openStore, type Store } from '@evidens/store';
import { type Browser, chromium, type Page } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(WEB, 'dist');
const SHOTS = join(WEB, 'test', 'screenshots');
const EXAMPLE = fileURLToPath(new URL('../../../examples/magnesium-leg-cramps', import.meta.url));

/** Newest modification time under a directory. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const path = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the page unless dist/ is newer than every source file of the page. */
function ensureBuilt(): void {
  const index = join(DIST, 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  const vite = join(WEB, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  const out = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: WEB, encoding: 'utf8' });
  assert.equal(out.status, 0, `vite build failed:\n${out.stderr}`);
}

describe('the workbench in a browser', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing` }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'evidens-web-'));
    store = await openStore(join(dir, 'e2e.sqlite'));
    await importFolder(store, EXAMPLE, { actor: 'local' });
    server = await startServer({ store, mode: 'single', host: '127.0.0.1', port: 0, webRoot: DIST });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // @stdlib and zod probe whether eval works and fall back when it does not; the server's CSP refuses it, as it
      // should, and Chromium logs each refusal. Those are the only console errors let through.
      if (m.type() === 'error' && !m.text().includes("'script-src' was not explicitly set")) errors.push(m.text());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

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

  it('raised no errors in the page', () => {
    assert.deepEqual(errors, []);
  });
});
