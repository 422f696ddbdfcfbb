/**
 * The benchmark page: the analysis page's own path, timed. Each round edits one study's number (as the data table
 * does), then times computeAnalysis (runAnalysis over @evidens/meta and the report's forest plot) plus React writing
 * the SVG into the DOM and a forced layout. With ?extras=1 it also times what the page recomputes beside the figure
 * (sensitivity rows, leave-one-out, the correlation table, the funnel plot). Results go to window.__bench.
 */
import type { Review } from '@evidens/review';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { computeAnalysis } from '../../packages/web/src/analysis/compute';
import { correlationRows } from '../../packages/web/src/analysis/correlation';
import { setAt } from '../../packages/web/src/analysis/edit';
import { SvgFigure } from '../../packages/web/src/analysis/Figures';
import { funnelView } from '../../packages/web/src/analysis/funnel';
import { leaveOneOutRows } from '../../packages/web/src/analysis/leave-one-out';
import { sensitivityRows } from '../../packages/web/src/analysis/sensitivity';
import { settingsOf } from '../../packages/web/src/analysis/settings';
import '../../packages/web/src/styles.css';
import '../../packages/web/src/styles/analysis.css';
import { ANALYSIS } from './generate';

interface Timings {
  compute: number[];
  render: number[];
  total: number[];
  extras: number[];
  k: number;
  svgBytes: number;
  userAgent: string;
}

const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 100);
const warmup = Number(params.get('warmup') ?? 5);
const extras = params.get('extras') === '1';

async function main(): Promise<Timings> {
  let review = (await (await fetch('./review.json')).json()) as Review;
  const host = document.getElementById('root');
  if (!host) throw new Error('no #root');
  const root = createRoot(host);
  const out: Timings = {
    compute: [],
    render: [],
    total: [],
    extras: [],
    k: 0,
    svgBytes: 0,
    userAgent: navigator.userAgent,
  };
  const settings = settingsOf(review.analyses[0]);
  for (let round = 0; round < warmup + runs; round++) {
    // An edit as the data table makes it: one number of one study, the model copied immutably.
    const at = round % review.data.length;
    const mean = review.data[at].arms?.intervention.mean ?? 0;
    review = {
      ...review,
      data: review.data.map((d, i) => (i === at ? setAt(d, ['arms', 'intervention', 'mean'], mean + 0.01) : d)),
    };
    const t0 = performance.now();
    const view = computeAnalysis(review, ANALYSIS, 'en', { settings });
    const t1 = performance.now();
    flushSync(() => root.render(<SvgFigure svg={view.svg ?? ''} caption="Forest plot" className="forest" />));
    // Force style and layout of the new SVG, as the browser must before it can paint.
    void document.querySelector('.svg-box svg')?.getBoundingClientRect().height;
    void document.body.offsetHeight;
    const t2 = performance.now();
    let t3 = t2;
    if (extras) {
      sensitivityRows(view.run);
      leaveOneOutRows(view.run);
      correlationRows(review, ANALYSIS, settings);
      funnelView(view.run, 'en', 'Funnel plot');
      t3 = performance.now();
    }
    if (round >= warmup) {
      out.compute.push(t1 - t0);
      out.render.push(t2 - t1);
      out.total.push(t2 - t0);
      if (extras) out.extras.push(t3 - t2);
    }
    out.k = view.pooled?.k ?? 0;
    out.svgBytes = view.svg?.length ?? 0;
    // Let the browser paint between rounds, as between two keystrokes.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return out;
}

const w = window as unknown as { __bench?: Timings; __benchError?: string };
main().then(
  (t) => {
    w.__bench = t;
  },
  (e: unknown) => {
    w.__benchError = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
  },
);
