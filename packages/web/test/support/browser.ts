/**
 * Headless Debian Chromium for the browser tests: launched once, a context per person (its own cookies), pages that
 * collect their errors, and full-page screenshots into test/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB } from './build';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = join(WEB, 'test', 'screenshots');

/** The reason to skip a browser test, or false when Chromium is there. */
export const skipWithoutChromium = (): string | false => (existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing`);

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A person at 1366×768 in English: a context of their own and one page whose errors go into `errors`. */
export async function openPerson(
  browser: Browser,
  errors: string[],
  who = 'page',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`${who}: ${e.message}`));
  page.on('console', (m) => {
    // @stdlib and zod probe whether eval works and fall back when it does not; the server's CSP refuses it, as it
    // should, and Chromium logs each refusal. Those are the only console errors let through.
    // Before signing in, the page asks GET /api/auth/me and is told 401: that is how it learns to show the form.
    const signedOut = m.text().includes('status of 401') && m.location().url.endsWith('/api/auth/me');
    // An upload of a file the review holds already is answered 409, which the page shows with a way to go on.
    const again = m.text().includes('status of 409') && m.location().url.includes('/imports?');
    if (m.type() === 'error' && !signedOut && !again && !m.text().includes("'script-src' was not explicitly set"))
      errors.push(`${who}: ${m.text()}`);
  });
  return { context, page };
}

/** A full-page screenshot, test/screenshots/NAME.png. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
