/**
 * The report as Markdown (CommonMark with GitHub's pipe tables): figures as PNG files beside it, referred to by
 * relative path, superscript footnote marks as <sup>.
 */
import { docLabels } from '../labels/index.js';
import type { Block, Inline, ReportDocument, Table } from '../types.js';
import { numbering } from './numbering.js';

/** Escapes the characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_<]/g, (c) => `\\${c}`);
}

function inline(run: Inline): string {
  if (typeof run === 'string') return escapeMarkdown(run);
  if (run.code) return `\`${run.text.replace(/`/g, "'")}\``;
  // Emphasis may not start or end with a space (CommonMark's flanking rule), so spaces stay outside the markers.
  const [, lead, body, trail] = /^(\s*)(.*?)(\s*)$/s.exec(run.text) ?? ['', '', run.text, ''];
  let out = escapeMarkdown(body);
  if (run.bold) out = `**${out}**`;
  if (run.italic) out = `*${out}*`;
  if (run.sup) out = `<sup>${out}</sup>`;
  return `${lead}${out}${trail}`;
}

const runs = (list: readonly Inline[]) => list.map(inline).join('');

function tableMd(t: Table, n: number, label: (n: number) => string): string {
  const cols = t.header.length;
  const groups = new Set(t.groupRows ?? []);
  const cellText = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: string[]) => `| ${cells.map(cellText).join(' | ')} |`;
  const align = t.header.map((_, j) => (t.rows.some((r) => r[j]?.numeric) ? '---:' : '---'));
  const rows = t.rows.map((row, i) =>
    groups.has(i)
      ? line([`**${runs(row[0]?.runs ?? [])}**`, ...Array(cols - 1).fill('')])
      : line(row.map((c) => runs(c.runs))),
  );
  const notes = (t.notes ?? []).map((note) => `\n${runs(note)}`);
  return [
    `**${label(n)}.** ${escapeMarkdown(t.caption)}`,
    '',
    line(t.header.map(escapeMarkdown)),
    `| ${align.join(' | ')} |`,
    ...rows,
    ...notes,
  ].join('\n');
}

function blockMd(b: Block, numbers: Map<Block, number>, doc: ReportDocument, figureDir: string): string {
  const l = docLabels(doc.lang);
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`;
    case 'paragraph':
      return runs(b.runs);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${runs(item)}`).join('\n');
    case 'table':
      return tableMd(b, numbers.get(b) ?? 0, l.tableNo);
    case 'figure': {
      const label = `${l.figureNo(numbers.get(b) ?? 0)}. ${b.caption}`;
      return `![${escapeMarkdown(b.caption)}](${figureDir}/${b.name}.png)\n\n*${escapeMarkdown(label)}*`;
    }
  }
}

/**
 * @example
 * toMarkdown(doc, 'figures'); // '# Magnesium for nocturnal leg cramps\n\n…![Forest plot: …](figures/forest-cramps-md.png)…'
 */
export function toMarkdown(doc: ReportDocument, figureDir = 'figures'): string {
  const numbers = numbering(doc);
  const head = [`# ${escapeMarkdown(doc.title)}`, escapeMarkdown(doc.byline)];
  if (doc.date) head.push(`*${escapeMarkdown(doc.date)}*`);
  const body = doc.sections.flatMap((s) => [
    `## ${escapeMarkdown(s.title)}`,
    ...s.blocks.map((b) => blockMd(b, numbers, doc, figureDir)),
  ]);
  return `${[...head, ...body].join('\n\n')}\n`;
}
