/** Figures and tables are numbered in the order they appear, the same way in every output format. */
import type { Block, Inline, ReportDocument } from '../types.js';

/** The number of each figure and table, by block. */
export function numbering(doc: ReportDocument): Map<Block, number> {
  const numbers = new Map<Block, number>();
  let figures = 0;
  let tables = 0;
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'figure') numbers.set(block, ++figures);
      if (block.kind === 'table') numbers.set(block, ++tables);
    }
  }
  return numbers;
}

/** The text of an inline run. */
export function runText(run: Inline): string {
  return typeof run === 'string' ? run : run.text;
}
