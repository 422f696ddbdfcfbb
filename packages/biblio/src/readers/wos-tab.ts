/**
 * The Web of Science tab-delimited reader: a header row of the two-letter tags (PT AU … TI SO … DI … UT), then one
 * record per line. Web of Science does not quote these files — a title may hold a bare `"` — so each line is split on
 * tabs only, never parsed as CSV. Person tags (AU, AF, CA …) list their people separated by "; ". Lines often end with
 * a tab; an empty last column is ignored.
 */
import type { ReadIssue } from '../issues.js';
import type { Reader, ReadItem } from '../reader.js';
import { lineBatches } from '../text/lines.js';
import { WOS_PERSON_TAGS, WOS_TAGS, wosRecord } from './wos-record.js';

/**
 * Reads a Web of Science tab-delimited export.
 * @example
 * for await (const item of readWosTab(chunks('PT\tAU\tTI\tUT\nJ\tRoffe, C\tMagnesium\tWOS:1\n'), context)) …
 * // → { kind: 'record', record: { id: 'WOS:1', title: 'Magnesium', authors: [{ family: 'Roffe', given: 'C' }], … } }
 */
export const readWosTab: Reader = async function* (text, context) {
  let header: string[] | undefined;
  let count = 0;
  for await (const batch of lineBatches(text)) {
    for (const { text: raw, line } of batch) {
      const s = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (s.trim() === '') continue;
      const cells = s.split('\t');
      if (!header) {
        header = trimEmptyEnd(cells.map((c) => c.trim()));
        const unknown = header.filter((t) => !WOS_TAGS.has(t));
        if (unknown.length > 0) {
          const message = `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; kept in raw`;
          yield { kind: 'issue', issue: { code: 'unknown_tag', severity: 'warning', message, line } };
        }
        continue;
      }
      const number = ++count;
      const issues: ReadIssue[] = [];
      const width = trimEmptyEnd(cells).length;
      if (width > header.length) {
        const message = `${width} columns but the header has ${header.length}; the extra ones are ignored`;
        issues.push({ code: 'syntax', severity: 'warning', message, line, record: number });
      }
      const tags = new Map<string, string[]>();
      header.forEach((tag, j) => {
        const value = cells[j]?.trim() ?? '';
        if (value === '' || tag === '') return;
        const values = WOS_PERSON_TAGS.has(tag) ? value.split(/\s*;\s*/).filter((v) => v !== '') : [value];
        const known = tags.get(tag);
        if (known) known.push(...values);
        else tags.set(tag, values);
      });
      const record = wosRecord(tags, context, { record: number, line }, issues);
      yield { kind: 'record', record } satisfies ReadItem;
      for (const i of issues) yield { kind: 'issue', issue: i } satisfies ReadItem;
    }
  }
};

function trimEmptyEnd(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1].trim() === '') n--;
  return cells.slice(0, n);
}
