/**
 * The risk-of-bias summary plot (as robvis's `rob_summary` draws it): per domain a horizontal bar split into the
 * shares of studies — or of the total weight — judged low, some concerns, high and no information; the overall
 * judgement last, in bold.
 */

import { formatPercent } from '../format.js';
import { labels } from '../labels.js';
import { el, line, svgDocument, text } from '../svg.js';
import { textWidth } from '../text/measure.js';
import { judgementName, ROB_COLOURS, ROB_JUDGEMENTS, type RobJudgement } from './judgement.js';
import type { RobSummaryInput } from './types.js';
import { validateRob } from './validate.js';

const FS = 11;
const BAR_W = 360;
const BAR_H = 20;
const STEP = 28;

/**
 * Shares (0–1) of each judgement among the studies judged in a domain, by weight or by count.
 * @example
 * shares({ studies: [{ label: 'A', rob: { D1: 'low' } }, { label: 'B', rob: { D1: 'high' } }] }, 'D1');
 * // → { low: 0.5, 'some-concerns': 0, high: 0.5, 'no-information': 0 }
 */
export function shares(input: RobSummaryInput, domain: keyof RobSummaryInput['studies'][number]['rob']) {
  const out: Record<RobJudgement, number> = { low: 0, 'some-concerns': 0, high: 0, 'no-information': 0 };
  let total = 0;
  for (const s of input.studies) {
    const j = s.rob[domain];
    if (!j) continue;
    const w = input.weighted ? (s.weight ?? 0) : 1;
    out[j] += w;
    total += w;
  }
  if (total > 0) for (const j of ROB_JUDGEMENTS) out[j] /= total;
  return out;
}

/**
 * @example
 * robSummary({ studies: [{ label: 'A', rob: { D1: 'low', Overall: 'low' } }, { label: 'B', rob: { D1: 'high', Overall: 'high' } }] });
 */
export function robSummary(input: RobSummaryInput): string {
  const domains = validateRob(input, input.weighted === true);
  const lang = input.lang ?? 'en';
  const l = labels(lang);
  const margin = 10;
  const names = domains.map((d) => l.rob.domainNames[d]);
  const labelW = Math.max(...names.map((n, i) => textWidth(n, FS, domains[i] === 'Overall'))) + 12;
  const x0 = margin + labelW;
  const top = margin + 4;
  const parts: string[] = [];
  domains.forEach((d, i) => {
    const y = top + i * STEP;
    const cy = y + BAR_H / 2;
    parts.push(text(x0 - 12, cy + FS * 0.35, names[i], { anchor: 'end', bold: d === 'Overall' }));
    const sh = shares(input, d);
    let x = x0;
    const segs: string[] = [];
    for (const j of ROB_JUDGEMENTS) {
      if (sh[j] <= 0) continue;
      const w = sh[j] * BAR_W;
      segs.push(
        el(
          'rect',
          {
            class: `segment rob-${j}`,
            x,
            y,
            width: w,
            height: BAR_H,
            fill: ROB_COLOURS[j],
            stroke: '#000000',
            'stroke-width': 0.6,
          },
          el('title', {}, `${judgementName(j, l)}: ${formatPercent(sh[j] * 100, 0, lang)}`),
        ),
      );
      x += w;
    }
    parts.push(el('g', { class: 'bar' }, segs));
  });
  const axisY = top + domains.length * STEP - (STEP - BAR_H) / 2 + 2;
  const stroke = { stroke: '#000000', 'stroke-width': 0.8 };
  parts.push(line(x0, axisY, x0 + BAR_W, axisY, stroke));
  for (const p of [0, 25, 50, 75, 100]) {
    const x = x0 + (p / 100) * BAR_W;
    parts.push(
      line(x, axisY, x, axisY + 4, stroke),
      text(x, axisY + 6 + FS, formatPercent(p, 0, lang), { anchor: 'middle' }),
    );
  }
  // Key: coloured boxes with the judgement names, centred under the bars.
  const used = ROB_JUDGEMENTS.filter((j) => domains.some((d) => shares(input, d)[j] > 0));
  const items = used.map((j) => ({ j, name: judgementName(j, l) }));
  const keyW = items.reduce((s, it) => s + 16 + textWidth(it.name, FS) + 16, -16);
  const keyY = axisY + 6 + FS + 14;
  let kx = Math.max(margin, x0 + BAR_W / 2 - keyW / 2);
  for (const it of items) {
    parts.push(
      el('rect', {
        x: kx,
        y: keyY,
        width: 12,
        height: 12,
        fill: ROB_COLOURS[it.j],
        stroke: '#000000',
        'stroke-width': 0.6,
      }),
    );
    parts.push(text(kx + 16, keyY + 6 + FS * 0.35, it.name));
    kx += 16 + textWidth(it.name, FS) + 16;
  }
  const width = Math.max(x0 + BAR_W + 24, kx) + margin;
  const height = keyY + 12 + margin;
  return svgDocument({
    width,
    height,
    title: input.title ?? l.figures.robSummary,
    desc: `${l.studies(input.studies.length)}; ${input.weighted ? l.rob.weighted : l.rob.unweighted}.`,
    fontSize: FS,
    body: parts,
  });
}
