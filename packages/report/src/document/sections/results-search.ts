/** Results: the flow of records through the review (PRISMA 2020 item 16a), in words and as the flow diagram. */
import type { PrismaCounts, ReasonCount } from '@evidens/review';
import type { Lang } from '../../format.js';
import { h3, para } from '../blocks.js';
import type { SectionContext } from '../context.js';
import { prismaFigure } from '../figures/prisma.js';
import type { PrismaFacts } from '../labels/index.js';
import { whole } from '../numbers.js';
import type { Block } from '../types.js';

/** Exclusion reasons of both columns together, most frequent first. */
function mergedReasons(lists: readonly (readonly ReasonCount[])[]): ReasonCount[] {
  const byReason = new Map<string, number>();
  for (const r of lists.flat()) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + r.n);
  return [...byReason]
    .map(([reason, n]) => ({ reason, n }))
    .sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason));
}

/** The counts the paragraph names, both columns of the diagram added up from retrieval on. */
export function prismaFacts(c: PrismaCounts, lang: Lang): PrismaFacts {
  const n = (x: number) => whole(x, lang);
  const o = c.otherMethods;
  const otherRemoved = c.removedBeforeScreening.automation + c.removedBeforeScreening.other;
  const reasons = mergedReasons([c.reports.reportsExcluded, o.reportsExcluded]);
  const facts: PrismaFacts = {
    identified: n(c.identified),
    duplicates: n(c.removedBeforeScreening.duplicates),
    screened: n(c.screened),
    excluded: n(c.excludedAtScreening),
    sought: n(c.reports.reportsSought + o.reportsSought),
    notRetrieved: n(c.reports.reportsNotRetrieved + o.reportsNotRetrieved),
    assessed: n(c.reports.reportsAssessed + o.reportsAssessed),
    excludedReports: n(reasons.reduce((s, r) => s + r.n, 0)),
    reasons: reasons.map((r) => `${r.reason} (${n(r.n)})`),
    studies: n(c.studiesIncluded),
    reports: n(c.reportsOfIncludedStudies),
  };
  if (o.sources.length > 0) facts.other = n(o.identified);
  if (otherRemoved > 0) facts.otherRemoved = n(otherRemoved);
  return facts;
}

export function searchResultBlocks({ data, lang, l }: SectionContext): Block[] {
  const counts = data.prisma;
  const blocks: Block[] = [h3(l.results.search), para(l.results.prismaText(prismaFacts(counts, lang)))];
  if (counts.unresolved.length > 0) blocks.push(para(l.results.unresolved(whole(counts.unresolved.length, lang))));
  blocks.push(prismaFigure(counts, lang, l.results.prismaCaption));
  return blocks;
}
