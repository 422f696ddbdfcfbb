/**
 * The certainty section: the summary-of-findings table (Cochrane Handbook v6 ch. 14) with absolute effects, GRADE
 * certainty as symbols and words, and lettered footnotes with the reasons for every level moved.
 */
import { GRADE_DOMAINS } from '@evidens/review';
import { cell, para } from '../blocks.js';
import { analysisName, type SectionContext } from '../context.js';
import type { AnalysisData } from '../gather.js';
import { certaintySymbols, gradeFootnotes } from '../grade-text.js';
import { whole } from '../numbers.js';
import type { Block, Cell, Inline, Section, Table } from '../types.js';
import { absoluteCell, assumedCell, correspondingCell, relativeCell } from './sof-cells.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letter = (i: number) =>
  i < LETTERS.length ? LETTERS[i] : `${LETTERS[Math.floor(i / 26) - 1]}${LETTERS[i % 26]}`;

/** Where the assumed comparator value comes from, in the report's words unless grade.yaml says. */
function assumedSource(a: AnalysisData, ctx: SectionContext): string | undefined {
  const row = a.sof;
  if (!row?.assumed) return undefined;
  const entry = ctx.review.grade.find((g) => g.analysis === a.run.analysis.id);
  if (entry?.assumedControlSource) return entry.assumedControlSource;
  if (entry?.assumedControl !== undefined) return 'grade.yaml';
  return row.absolute?.unit === 'per 1000' ? ctx.l.certainty.comparatorRisk : ctx.l.certainty.comparatorMean;
}

export function summaryOfFindingsTable(ctx: SectionContext): Table {
  const { lang, l } = ctx;
  const rows: Cell[][] = [];
  const notes: Inline[][] = [];
  const sources: Inline[][] = [];
  for (const a of ctx.data.analyses) {
    const row = a.sof;
    if (!row || !a.grade) continue;
    const marks = gradeFootnotes(a, lang, l).map((text) => {
      const mark = letter(notes.length);
      notes.push([{ text: mark, sup: true }, ` ${text}`]);
      return mark;
    });
    const { name, unit, timepoint } = a.run.outcome;
    const showUnit = unit && row.measure === 'MD' && !name.toLowerCase().includes(unit.toLowerCase());
    const outcome = [name, timepoint, showUnit ? unit : undefined];
    const participants = `${row.participants === undefined ? '—' : whole(row.participants, lang)} (${whole(row.studies, lang)})`;
    rows.push([
      cell(outcome.filter(Boolean).join(', ')),
      cell(participants, true),
      cell(assumedCell(row, lang, l)),
      cell(correspondingCell(row, lang, l)),
      cell(relativeCell(row, lang, l)),
      cell(absoluteCell(row, lang, l)),
      {
        runs: [
          `${certaintySymbols(row.certainty)} ${l.certainty.names[row.certainty]}`,
          ...(marks.length > 0 ? [' ', { text: marks.join(','), sup: true }] : []),
        ],
      },
    ]);
    const source = assumedSource(a, ctx);
    if (source) sources.push([l.certainty.assumedSource(a.run.outcome.name, source)]);
    if (row.capped) sources.push([l.certainty.capped(a.run.outcome.name)]);
  }
  notes.push(...sources, [l.certainty.abbreviations], [l.certainty.definitions]);
  return {
    kind: 'table',
    name: 'summary-of-findings',
    caption: l.certainty.caption,
    header: [...l.certainty.header],
    rows,
    notes,
    widths: [18, 10, 11, 14, 13, 20, 14],
  };
}

export function certaintySection(ctx: SectionContext): Section {
  const { review, l } = ctx;
  const c = review.comparisons[0];
  const q = review.question;
  const blocks: Block[] = [];
  if (q)
    blocks.push(
      para(l.certainty.intro(c?.intervention ?? q.intervention, c?.comparator ?? q.comparator, q.population)),
    );
  blocks.push(summaryOfFindingsTable(ctx));
  for (const a of ctx.data.analyses) {
    const pending = a.grade?.pending ?? [];
    if (pending.length === 0) continue;
    const names = GRADE_DOMAINS.filter((d) => pending.includes(d)).map((d) => l.certainty.domains[d].toLowerCase());
    blocks.push(para(l.certainty.pending(analysisName(a), l.and(names))));
  }
  return { id: 'certainty', title: l.sections.certainty, blocks };
}
