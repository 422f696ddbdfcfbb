/**
 * A summary-of-findings row in the page's language, from the numbers of @evidens/review's row (the report's cells,
 * packages/report/src/document/sections/sof-cells.ts, in the workbench's words): risks per 1000 for binary outcomes,
 * means in the outcome's unit for continuous ones, and the footnotes: each domain that moves the certainty with its
 * reason, then grade.yaml's own. Pure.
 */
import type { Estimate, GradeAssessment, GradeDomain, SummaryOfFindingsRow } from '@evidens/review';
import { formatNumber, type Language } from '../i18n/messages';

/** The words the cells need, from the page's dictionary. */
export interface SofWords {
  perThousand: (n: string) => string;
  range: (from: string, to: string) => string;
  higher: (x: string) => string;
  lower: (x: string) => string;
  more: (x: string) => string;
  fewer: (x: string) => string;
  domain: (d: GradeDomain) => string;
  moved: (levels: number) => string;
}

export interface SofCells {
  assumed: string;
  corresponding: string;
  relative: string;
  absolute: string;
  participants: string;
}

const per1000 = (risk: number) => Math.round(1000 * risk);
const whole = (x: number, lang: Language) => formatNumber(lang, x, 0);
const fixed = (x: number, lang: Language) => formatNumber(lang, x, 2);

function difference(e: Estimate, show: (x: number) => string, up: (x: string) => string, down: (x: string) => string) {
  const word = (x: number) => {
    const s = show(Math.abs(x));
    return Number(s.replace(',', '.')) === 0 ? s : x > 0 ? up(s) : down(s);
  };
  return { estimate: word(e.estimate), lower: word(e.lower), upper: word(e.upper) };
}

/**
 * The cells of one row.
 * @example
 * sofCells(row, 'da', words).absolute; // → 'MD 0,01 lavere (0,42 lavere til 0,40 højere)'
 */
export function sofCells(row: SummaryOfFindingsRow, lang: Language, w: SofWords): SofCells {
  const binary = row.absolute?.unit === 'per 1000';
  const c = row.corresponding;
  const assumed = !row.assumed
    ? '—'
    : binary
      ? w.perThousand(whole(per1000(row.assumed.value), lang))
      : fixed(row.assumed.value, lang);
  let corresponding = '—';
  if (c && binary) {
    const [e, lo, hi] = [c.estimate, c.lower, c.upper].map((x) => whole(per1000(x), lang));
    corresponding = `${w.perThousand(e)} (${w.range(lo, hi)})`;
  } else if (c) {
    const [e, lo, hi] = [c.estimate, c.lower, c.upper].map((x) => fixed(x, lang));
    corresponding = `${e} (${w.range(lo, hi)})`;
  }
  const r = row.relative;
  const relative = r
    ? `${row.measure} ${fixed(r.estimate, lang)} (${w.range(fixed(r.lower, lang), fixed(r.upper, lang))})`
    : '—';
  let absolute = '—';
  const a = row.absolute;
  if (a && binary) {
    const d = difference(a, (x) => whole(x, lang), w.more, w.fewer);
    absolute = `${w.perThousand(d.estimate)} (${w.range(d.lower, d.upper)})`;
  } else if (a) {
    const d = difference(a, (x) => fixed(x, lang), w.higher, w.lower);
    const name = row.measure === 'RR' || row.measure === 'OR' ? 'RD' : row.measure;
    absolute = `${name} ${d.estimate} (${w.range(d.lower, d.upper)})`;
  }
  const participants = `${row.participants === undefined ? '—' : whole(row.participants, lang)} (${whole(row.studies, lang)})`;
  return { assumed, corresponding, relative, absolute, participants };
}

/**
 * The footnotes of one row: "Imprecision: downgraded one level. <reason>" for each domain that moves the certainty
 * (the reason the page shows for it), then grade.yaml's footnotes.
 */
export function sofFootnotes(
  grade: GradeAssessment,
  reasonOf: (domain: GradeDomain) => string,
  extra: readonly string[],
  w: SofWords,
): string[] {
  const moved = grade.domains
    .filter((d) => d.levels !== 0)
    .map((d) => `${w.domain(d.domain)}: ${w.moved(d.levels)}. ${sentence(reasonOf(d.domain))}`);
  return [...moved, ...extra];
}

function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Footnote marks a, b, …, z, aa, ab … */
export function footnoteMark(i: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return i < 26 ? letters[i] : `${letters[Math.floor(i / 26) - 1]}${letters[i % 26]}`;
}
