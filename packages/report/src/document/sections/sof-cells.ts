/**
 * The cells of a summary-of-findings row in the report's language, from the numbers of the review package's row:
 * risks per 1000 for binary outcomes, means in the outcome's unit for continuous ones.
 */
import type { Estimate, SummaryOfFindingsRow } from '@evidens/review';
import type { Lang } from '../../format.js';
import type { DocLabels } from '../labels/index.js';
import { fixed, whole } from '../numbers.js';

const per1000 = (risk: number) => Math.round(1000 * risk);

/** "583 per 1000" or "5.57". */
export function assumedCell(row: SummaryOfFindingsRow, lang: Lang, l: DocLabels): string {
  if (!row.assumed) return '—';
  const binary = row.absolute?.unit === 'per 1000';
  return binary ? l.certainty.perThousand(whole(per1000(row.assumed.value), lang)) : fixed(row.assumed.value, 2, lang);
}

/** "636 per 1000 (482 to 839)" or "5.39 (4.63 to 6.15)". */
export function correspondingCell(row: SummaryOfFindingsRow, lang: Lang, l: DocLabels): string {
  const c = row.corresponding;
  if (!c) return '—';
  if (row.absolute?.unit === 'per 1000') {
    const [e, lo, hi] = [c.estimate, c.lower, c.upper].map((x) => whole(per1000(x), lang));
    return `${l.certainty.perThousand(e)} (${l.certainty.range(lo, hi)})`;
  }
  const [e, lo, hi] = [c.estimate, c.lower, c.upper].map((x) => fixed(x, 2, lang));
  return `${e} (${l.certainty.range(lo, hi)})`;
}

/** "RR 1.09 (0.83 to 1.44)", or a dash for differences. */
export function relativeCell(row: SummaryOfFindingsRow, lang: Lang, l: DocLabels): string {
  const r = row.relative;
  if (!r) return '—';
  const [e, lo, hi] = [r.estimate, r.lower, r.upper].map((x) => fixed(x, 2, lang));
  return `${row.measure} ${e} (${l.certainty.range(lo, hi)})`;
}

function difference(e: Estimate, show: (x: number) => string, up: (x: string) => string, down: (x: string) => string) {
  const word = (x: number) => {
    const s = show(Math.abs(x));
    return Number(s.replace(',', '.')) === 0 ? s : x > 0 ? up(s) : down(s);
  };
  return { estimate: word(e.estimate), lower: word(e.lower), upper: word(e.upper) };
}

/** "53 more per 1000 (101 fewer to 256 more)" or "MD 0.18 lower (0.93 lower to 0.58 higher)". */
export function absoluteCell(row: SummaryOfFindingsRow, lang: Lang, l: DocLabels): string {
  const a = row.absolute;
  const c = l.certainty;
  if (!a) return '—';
  if (a.unit === 'per 1000') {
    const w = difference(a, (x) => whole(x, lang), c.more, c.fewer);
    return `${c.perThousand(w.estimate)} (${c.range(w.lower, w.upper)})`;
  }
  const w = difference(a, (x) => fixed(x, 2, lang), c.higher, c.lower);
  const name = row.measure === 'RR' || row.measure === 'OR' ? 'RD' : row.measure;
  return `${name} ${w.estimate} (${c.range(w.lower, w.upper)})`;
}
