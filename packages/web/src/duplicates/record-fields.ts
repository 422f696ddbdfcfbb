/**
 * The text of each compared field of a record, from the full record when it has been read and from the list's
 * summary until then. Pure.
 */
import type { FullRecord, RecordSummary } from '../api/records';
import type { ShownField } from './evidence';

/** Authors shown before "et al.": enough to compare, short enough for a column. */
const AUTHORS_SHOWN = 6;

/**
 * Volume, issue and pages as a citation writes them.
 * @example
 * locator({ volume: '8', issue: '5', pages: 'CR326-330' }); // → '8(5):CR326-330'
 */
export function locator(r: { volume?: string; issue?: string; pages?: string }): string {
  return `${r.volume ?? ''}${r.issue ? `(${r.issue})` : ''}${r.pages ? `${r.volume || r.issue ? ':' : ''}${r.pages}` : ''}`;
}

function authorList(full: FullRecord): string {
  const names = full.authors.map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(' ')).filter(Boolean);
  const shown = names.slice(0, AUTHORS_SHOWN).join('; ');
  return names.length > AUTHORS_SHOWN ? `${shown}; et al.` : shown;
}

/**
 * The text of `field`, or '' when the record has none.
 * @example
 * fieldText('year', { id: 'A', title: 'T', year: 2002, authors: [], etAl: false, journal: null, doi: null, pmid: null, searchId: null });
 * // → '2002'
 */
export function fieldText(field: ShownField, summary: RecordSummary, full?: FullRecord): string {
  switch (field) {
    case 'title':
      return full?.title ?? summary.title ?? '';
    case 'authors':
      if (full) return authorList(full);
      return `${summary.authors.join('; ')}${summary.etAl ? '; et al.' : ''}`;
    case 'journal':
      return full?.journal ?? full?.journalAbbrev ?? summary.journal ?? '';
    case 'year':
      return String(full?.year ?? summary.year ?? '');
    case 'locator':
      return full ? locator(full) : '';
    case 'doi':
      return full?.doi ?? summary.doi ?? '';
    case 'pmid':
      return full?.pmid ?? summary.pmid ?? '';
  }
}
