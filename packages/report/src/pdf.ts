/**
 * HTML → PDF through a headless Chromium or Chrome, printing the self-contained report.html. A browser is the one
 * renderer here that lays out the report's HTML and SVG exactly as the reader's screen shows it; where none is
 * installed the caller gets a ReportError that says what to install. Node only, like `./png`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportError } from './errors.js';

/** Where a browser is looked for, after the EVIDENS_BROWSER environment variable. */
export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The first browser found, or null. */
export function findBrowser(): string | null {
  const candidates = process.env.EVIDENS_BROWSER ? [process.env.EVIDENS_BROWSER, ...BROWSER_PATHS] : BROWSER_PATHS;
  return candidates.find((path) => existsSync(path)) ?? null;
}

export interface PdfOptions {
  /** The browser to run (default: {@link findBrowser}). */
  browser?: string;
  /** Give up after this many milliseconds (default 60,000). */
  timeoutMs?: number;
}

/**
 * Prints an HTML document to PDF (A4, the page's own print styles, no header or footer lines).
 *
 * @example
 * const pdf = await htmlToPdf(toHtml(doc));
 * pdf.subarray(0, 5).toString(); // '%PDF-'
 */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browser ?? findBrowser();
  if (!browser || !existsSync(browser)) {
    const looked = browser ? `${browser} does not exist` : `looked at ${BROWSER_PATHS[0]} and others`;
    throw new ReportError(
      'renderer_unavailable',
      `a PDF needs Chromium or Chrome, and none was found (${looked}); ` +
        'install one (Debian: apt-get install chromium) or set EVIDENS_BROWSER to its path, or choose html, md or docx',
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'evidens-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const out = join(dir, 'report.pdf');
    await writeFile(page, html);
    await run(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        pathToFileURL(page).href,
      ],
      options.timeoutMs ?? 60_000,
    );
    if (!existsSync(out)) throw new ReportError('renderer_unavailable', `${browser} ran but wrote no PDF`);
    return new Uint8Array(await readFile(out));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ReportError('renderer_unavailable', `cannot start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else {
        const why = signal ? `was stopped (${signal}) after ${timeoutMs} ms` : `failed with exit code ${code}`;
        reject(
          new ReportError(
            'renderer_unavailable',
            `${command} ${why} while printing the PDF: ${stderr.trim().split('\n').pop() ?? ''}`,
          ),
        );
      }
    });
  });
}
