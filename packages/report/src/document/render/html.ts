/**
 * The report as one self-contained HTML file: the stylesheet embedded, every figure inlined as its SVG, no scripts
 * and nothing fetched, so it opens anywhere and prints as it shows.
 */
import { docLabels } from '../labels/index.js';
import type { Block, Cell, Inline, ReportDocument, Table } from '../types.js';
import { HTML_STYLE } from './html-style.js';
import { numbering } from './numbering.js';

/** Escapes text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function inline(run: Inline): string {
  if (typeof run === 'string') return escapeHtml(run);
  let out = escapeHtml(run.text);
  if (run.code) out = `<code>${out}</code>`;
  if (run.bold) out = `<b>${out}</b>`;
  if (run.italic) out = `<i>${out}</i>`;
  if (run.sup) out = `<sup>${out}</sup>`;
  return out;
}

const runs = (list: readonly Inline[]) => list.map(inline).join('');

function cellHtml(c: Cell): string {
  return `<td${c.numeric ? ' class="num"' : ''}>${runs(c.runs)}</td>`;
}

function tableHtml(t: Table, n: number, label: (n: number) => string): string {
  const cols = t.header.length;
  const groups = new Set(t.groupRows ?? []);
  const total = (t.widths ?? []).reduce((a, b) => a + b, 0);
  const col = (w: number) => `<col style="width:${Math.round((1000 * w) / total) / 10}%">`;
  const colgroup = t.widths ? `<colgroup>${t.widths.map(col).join('')}</colgroup>` : '';
  const head = `<thead><tr>${t.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = t.rows
    .map((row, i) =>
      groups.has(i)
        ? `<tr class="group"><td colspan="${cols}">${runs(row[0]?.runs ?? [])}</td></tr>`
        : `<tr>${row.map(cellHtml).join('')}</tr>`,
    )
    .join('\n');
  const notes = t.notes?.length
    ? `\n<div class="notes">${t.notes.map((note) => `<p>${runs(note)}</p>`).join('')}</div>`
    : '';
  const caption = `<caption><b>${escapeHtml(label(n))}.</b> ${escapeHtml(t.caption)}</caption>`;
  return `<div class="table" id="table-${t.name}">\n<table>${caption}${colgroup}${head}\n<tbody>\n${body}\n</tbody></table>${notes}\n</div>`;
}

function blockHtml(b: Block, numbers: Map<Block, number>, doc: ReportDocument): string {
  const l = docLabels(doc.lang);
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${runs(b.runs)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((item) => `<li>${runs(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return tableHtml(b, numbers.get(b) ?? 0, l.tableNo);
    case 'figure': {
      const n = numbers.get(b) ?? 0;
      const caption = `<figcaption><b>${escapeHtml(l.figureNo(n))}.</b> ${escapeHtml(b.caption)}</figcaption>`;
      return `<figure id="figure-${b.name}">\n<div class="svg">${b.svg.trim()}</div>\n${caption}\n</figure>`;
    }
  }
}

/**
 * @example
 * const html = toHtml(buildReport(review, { lang: 'en' }));
 * html.startsWith('<!DOCTYPE html>'); // → true
 */
export function toHtml(doc: ReportDocument): string {
  const l = docLabels(doc.lang);
  const numbers = numbering(doc);
  const toc = doc.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('');
  const sections = doc.sections.map(
    (s) =>
      `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.blocks.map((b) => blockHtml(b, numbers, doc)).join('\n')}\n</section>`,
  );
  const date = doc.date ? `\n<p class="date">${escapeHtml(doc.date)}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(doc.title)}</h1>
<p class="byline">${escapeHtml(doc.byline)}</p>${date}
<nav aria-label="${escapeHtml(l.contents)}"><b>${escapeHtml(l.contents)}</b><ol>${toc}</ol></nav>
</header>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
