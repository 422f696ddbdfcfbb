/** The PRISMA 2020 flow diagram from the review's counts. */
import type { PrismaCounts, ReasonCount, SourceCount } from '@evidens/review';
import type { Lang } from '../../format.js';
import { prismaFlow } from '../../prisma/prisma-flow.js';
import type { NamedCount, PrismaInput } from '../../prisma/types.js';
import { figure } from '../blocks.js';
import type { Figure } from '../types.js';

const sources = (list: readonly SourceCount[]): NamedCount[] => list.map((s) => ({ name: s.source, n: s.hits }));
const reasons = (list: readonly ReasonCount[]): NamedCount[] => list.map((r) => ({ name: r.reason, n: r.n }));

/** The diagram's input: the databases-and-registers column, and the other-methods column when there were such searches. */
export function prismaInput(counts: PrismaCounts, lang: Lang): PrismaInput {
  const { reports, otherMethods: other } = counts;
  const input: PrismaInput = {
    lang,
    databases: sources(counts.databases),
    registers: sources(counts.registers),
    removedBeforeScreening: counts.removedBeforeScreening,
    screened: counts.screened,
    excluded: counts.excludedAtScreening,
    soughtForRetrieval: reports.reportsSought,
    notRetrieved: reports.reportsNotRetrieved,
    assessed: reports.reportsAssessed,
    excludedReports: reasons(reports.reportsExcluded),
    included: { studies: counts.studiesIncluded, reports: counts.reportsOfIncludedStudies },
  };
  if (other.sources.length > 0) {
    input.otherMethods = {
      sources: sources(other.sources),
      soughtForRetrieval: other.reportsSought,
      notRetrieved: other.reportsNotRetrieved,
      assessed: other.reportsAssessed,
      excludedReports: reasons(other.reportsExcluded),
    };
  }
  return input;
}

export function prismaFigure(counts: PrismaCounts, lang: Lang, caption: string): Figure {
  return figure('prisma', caption, prismaFlow(prismaInput(counts, lang)));
}
