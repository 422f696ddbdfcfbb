/**
 * The evidence about a pair of prepared records, field by field (evidence-fields.ts), each item with the points it
 * adds. Identifiers and titles come first: when the titles share too little for the pair to be one publication
 * whatever else agrees, and no identifier is shared, the comparison stops there. Then the cheap fields (year,
 * journal, volume, issue, page, kind); then the costly ones (the author lists, the words the titles exchange). When
 * asked for a decision only (`stopBelow`), the comparison also stops before the costly fields if even their best
 * outcome could not lift the pair to `stopBelow` — the pair is then distinct, and its evidence is incomplete.
 */
import {
  authorEvidence,
  exchangedWordEvidence,
  identifierEvidence,
  journalEvidence,
  kindEvidence,
  locatorEvidence,
  titleEvidence,
  yearEvidence,
} from './evidence-fields.js';
import { citesPlace } from './notice-links.js';
import type { MatchRecord } from './prepare.js';
import { compareTitles, type TitleSimilarity } from './title-similarity.js';
import { EVIDENCE_FIELDS, type Evidence } from './types.js';
import { WEIGHTS } from './weights.js';

/** Title similarity below which nothing but a shared identifier is looked at. */
export const HOPELESS_TITLE = 0.5;
/** Exchanged words are looked for only in titles this alike; below, the similarity itself counts against. */
const EXCHANGE_FROM = 0.75;
/** The most the costly fields can add: the first author and every author found (exchanged words only subtract). */
const COSTLY_MAX =
  WEIGHTS.firstAuthorEqual + WEIGHTS.authorsAllBase + WEIGHTS.authorsAllPerAuthor * WEIGHTS.authorsAllMax;

const ORDER = new Map<string, number>(EVIDENCE_FIELDS.map((f, i) => [f, i]));

/**
 * The citation that ties an erratum to its article, in words, when one of the two titles cites the other record's
 * place and the titles are the same apart from the notice.
 */
function noticeLink(a: MatchRecord, b: MatchRecord, title: TitleSimilarity): string | undefined {
  if (title.value < 0.85 && !title.contained) return undefined;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const at = x.title?.erratumAt;
    if (citesPlace(at, y))
      return `the article's title says its erratum is at volume ${at!.volume}, page ${at!.page ?? '?'}`;
    const corrects = x.title?.corrects;
    if (citesPlace(corrects, y))
      return `the erratum's title cites the article at volume ${corrects!.volume}, page ${corrects!.page ?? '?'}`;
  }
  return undefined;
}

/** Whether the journals were found to differ: two journals number their volumes and pages each their own way. */
function journalsDiffer(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => e.field === 'journal' && e.kind === 'conflict');
}

function sum(evidence: readonly Evidence[]): number {
  let s = 0;
  for (const e of evidence) s += e.weight;
  return s;
}

/**
 * The evidence about records `a` and `b`, in field order (identifiers, title, authors, year, journal, volume, issue,
 * pages, kind).
 * @example
 * collectEvidence(a, b);
 * // → [{ field: 'title', kind: 'equal', detail: 'the same title', weight: 10 },
 * //     { field: 'year', kind: 'equal', detail: 'both 2006', weight: 2 }, …]
 */
export function collectEvidence(a: MatchRecord, b: MatchRecord, stopBelow = Number.NEGATIVE_INFINITY): Evidence[] {
  const out: Evidence[] = [];
  const title = compareTitles(a, b);
  // One database marks a notice ("Erratum: …") that another indexes under the article's title alone; when both sit
  // at the same place in the journal they are the same printed item and the mark is no evidence against.
  // (A reply, by contrast, is often printed on the letter's own page, so for replies the place proves nothing.)
  const samePlace = a.page !== undefined && a.page === b.page && (!a.volume || !b.volume || a.volume === b.volume);
  const na = a.title?.notice;
  const nb = b.title?.notice;
  const markedOnOneSide = (na === undefined || nb === undefined) && (na ?? nb) !== 'reply' && (na ?? nb) !== 'comment';
  const link = title && noticeLink(a, b, title);
  const noticeDiffers =
    a.title !== undefined && b.title !== undefined && na !== nb && !(samePlace && markedOnOneSide) && !link;
  const titlesDisagree = noticeDiffers || (title !== undefined && title.value < 0.75 && !title.contained);
  identifierEvidence(a, b, titlesDisagree, out);
  if (title) titleEvidence(a, b, title, noticeDiffers, out);
  if (link)
    out.push({ field: 'title', kind: 'similar', detail: link, weight: WEIGHTS.noticeLinked, rule: 'notice-link' });
  const sharedId = out.some((e) => (e.field === 'doi' || e.field === 'pmid') && e.kind === 'equal');
  if (title && title.value < HOPELESS_TITLE && !title.contained && !sharedId) return out;
  yearEvidence(a, b, out);
  journalEvidence(a, b, out);
  locatorEvidence(
    a,
    b,
    out,
    link ? 'volume only' : journalsDiffer(out) && a.supplement && b.supplement ? 'none' : 'all',
  );
  kindEvidence(a, b, out);
  if (sum(out) + COSTLY_MAX < stopBelow) return out;
  authorEvidence(a, b, out);
  if (title && title.value >= EXCHANGE_FROM) exchangedWordEvidence(a, b, out);
  // Stable: items of one field keep the order they were found in.
  return out.sort((x, y) => ORDER.get(x.field)! - ORDER.get(y.field)!);
}
