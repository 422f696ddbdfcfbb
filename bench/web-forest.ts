// Forest plot in the browser: how long the analysis page takes to recompute a random-effects analysis of 200 studies
// and redraw its forest plot. A page built from packages/web's sources with the web package's own Vite config
// (bench/web-forest/page.tsx) runs in headless Chromium on the magnesium example widened to 200 made-up parallel trials
// (bench/web-forest/generate.ts: subgroups and RoB 2 columns as on the page). Each of 100 rounds edits one number
// and times computeAnalysis (the page's code path: runAnalysis over @evidens/meta with the protocol's sensitivity
// analyses and subgroups, then the report's forestFigure) plus React writing the SVG and a forced layout, with
// performance.now(). Target: under 16 ms (one frame at 60 Hz) for 200 studies.
// --extras also times what the page recomputes beside the figure; --profile FILE writes a Chromium CPU profile of the
// rounds (open it in DevTools) and prints the functions with the most self time.
// Usage: node --conditions=source --import tsx bench/web-forest.ts [--studies 200] [--runs 100] [--seed 1] [--extras]
//   [--profile /tmp/forest.cpuprofile]

import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadReview } from '@evidens/review';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { benchReview } from './web-forest/generate.js';

const { values } = parseArgs({
  options: {
    studies: { type: 'string', default: '200' },
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    extras: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const studies = Number(values.studies);
const runs = Number(values.runs);
const here = fileURLToPath(new URL('.', import.meta.url));
const example = join(here, '../examples/magnesium-leg-cramps');
const webConfig = join(here, '../packages/web/vite.config.ts');
const CHROMIUM = '/usr/bin/chromium';

const out = mkdtempSync(join(tmpdir(), 'evidens-web-forest-'));
try {
  await build({
    configFile: webConfig,
    root: join(here, 'web-forest'),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, minify: !values.profile },
  });
  const { review } = await loadReview(example);
  writeFileSync(join(out, 'review.json'), JSON.stringify(benchReview(review, studies, Number(values.seed))));

  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(out, path);
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    const query = `runs=${runs}${values.extras ? '&extras=1' : ''}`;
    const cdp = values.profile ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`http://127.0.0.1:${port}/index.html?${query}`);
    // The callbacks run in the browser (serialised): they name the window's fields themselves.
    await page.waitForFunction(() => '__bench' in globalThis || '__benchError' in globalThis, null, {
      timeout: 600_000,
      polling: 200,
    });
    if (cdp && values.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(values.profile, JSON.stringify(profile));
      printTop(profile);
    }
    const error = await page.evaluate(() => (globalThis as { __benchError?: string }).__benchError);
    if (error) throw new Error(`the benchmark page failed: ${error}`);
    const t = await page.evaluate(() => (globalThis as unknown as { __bench: Timings }).__bench);
    const cpu = cpus();
    console.log(
      `machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
        `Chromium ${browser.version()} headless (no GPU); Node ${process.version}`,
    );
    console.log(
      `forest plot of ${t.k} studies (${(t.svgBytes / 1024).toFixed(0)} KiB of SVG), ${t.total.length} rounds after 5 warm-up:`,
    );
    const line = (name: string, xs: number[]) => {
      const s = stats(xs);
      console.log(
        `  ${name.padEnd(32)} median ${s.median.toFixed(2)} ms   p95 ${s.p95.toFixed(2)} ms   max ${s.max.toFixed(2)} ms`,
      );
      return s;
    };
    line('compute (runAnalysis + forest SVG)', t.compute);
    line('render (React + layout)', t.render);
    const total = line('compute + render', t.total);
    if (t.extras.length > 0) line('page extras (sens., LOO, r, funnel)', t.extras);
    console.log(
      `target: median under 16 ms: ${total.median < 16 ? 'met' : 'missed'} (p95 ${total.p95 < 16 ? 'under' : 'over'} 16 ms)`,
    );
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** What the benchmark page leaves on its window (see web-forest/page.tsx). */
interface Timings {
  compute: number[];
  render: number[];
  total: number[];
  extras: number[];
  k: number;
  svgBytes: number;
}

/** The functions with the most self time in a CPU profile (sampled), one line each. */
function printTop(profile: {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}): void {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    self.set(samples[i], (self.get(samples[i]) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  }
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + (self.get(node.id) ?? 0));
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log('most self time (ms):');
  for (const [name, us] of top) console.log(`  ${(us / 1000).toFixed(0).padStart(7)}  ${name}`);
}

/** Median, 95th percentile (nearest rank) and maximum. */
function stats(xs: number[]): { median: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const rank = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  const mid = s.length / 2;
  const median = s.length % 2 ? s[Math.floor(mid)] : (s[mid - 1] + s[mid]) / 2;
  return { median, p95: rank(0.95), max: s[s.length - 1] };
}
