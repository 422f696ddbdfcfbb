/**
 * PRISMA 2020 flow diagram counts (Page et al. 2021, BMJ 372:n71, Figure 1) from the recorded searches and the
 * final screening decisions: identification per source, removals before screening, screening, retrieval,
 * eligibility with reasons, and inclusion, for databases and registers and for other methods.
 */
import type { Review } from '../model/review.js';
import { type FinalDecision, finalDecisions } from './final-decisions.js';

/** Records identified by one search. */
export interface SourceCount {
  search: string;
  source: string;
  hits: number;
}

/** Reports excluded for one reason. */
export interface ReasonCount {
  reason: string;
  n: number;
}

/** Retrieval and eligibility counts of one column of the diagram. */
export interface ReportCounts {
  reportsSought: number;
  reportsNotRetrieved: number;
  reportsAssessed: number;
  /** Full-text exclusions by reason, most frequent first. */
  reportsExcluded: ReasonCount[];
  reportsIncluded: number;
  /** Reports sought but with no final full-text decision yet (unresolved or not yet assessed). */
  reportsPending: number;
}

/** The counts of the PRISMA 2020 flow diagram for new systematic reviews. */
export interface PrismaCounts {
  databases: SourceCount[];
  registers: SourceCount[];
  /** Records identified from databases and registers. */
  identified: number;
  removedBeforeScreening: { duplicates: number; automation: number; other: number };
  screened: number;
  excludedAtScreening: number;
  /** Databases and registers, from retrieval on. */
  reports: ReportCounts;
  otherMethods: { sources: SourceCount[]; identified: number } & ReportCounts;
  /** Studies in studies.yaml. */
  studiesIncluded: number;
  /** Reports of included studies, both columns together. */
  reportsOfIncludedStudies: number;
  /** Records where reviewers disagree and no consensus is recorded, by stage. */
  unresolved: { record: string; stage: string; byReviewer: Record<string, string> }[];
  warnings: string[];
}

/**
 * Counts for the flow diagram. Records are placed in the "other methods" column when their screening rows name a
 * search of kind other; otherwise in the databases-and-registers column. A title-and-abstract disagreement without
 * consensus is carried forward to full text (and reported), as a record kept for a closer look.
 *
 * @example
 * const counts = prismaCounts(review);
 * [counts.identified, counts.removedBeforeScreening.duplicates, counts.screened, counts.studiesIncluded];
 */
export function prismaCounts(review: Review): PrismaCounts {
  const warnings: string[] = [];
  const otherSearches = new Set(review.searches.filter((s) => s.kind === 'other').map((s) => s.id));
  const finals = finalDecisions(review.screening);
  const inOther = (f: FinalDecision) => f.source !== undefined && otherSearches.has(f.source);
  const count = (kind: string) =>
    review.searches.filter((s) => s.kind === kind).map((s) => ({ search: s.id, source: s.source, hits: s.hits }));
  const databases = count('database');
  const registers = count('register');
  const main = finals.filter((f) => !inOther(f));
  const stage = (list: FinalDecision[], name: string) => list.filter((f) => f.stage === name);

  const removed = stage(main, 'identification');
  const screening = stage(main, 'title-abstract');
  const forward = screening.filter((f) => f.decision !== 'exclude').map((f) => f.record);
  const identified = [...databases, ...registers].reduce((s, c) => s + c.hits, 0);
  const removedCounts = {
    duplicates: removed.filter((f) => f.decision === 'duplicate').length,
    automation: removed.filter((f) => f.decision === 'automation').length,
    other: removed.filter((f) => f.decision === 'other').length,
  };
  const removedTotal = removed.filter((f) => f.decision !== undefined).length;
  if (screening.length > 0 && identified - removedTotal !== screening.length) {
    warnings.push(
      `records identified (${identified}) less those removed before screening (${removedTotal}) is ${identified - removedTotal}, but ${screening.length} were screened`,
    );
  }
  const screenedRecords = new Set(screening.map((f) => f.record));
  for (const f of stage(main, 'full-text')) {
    if (!screenedRecords.has(f.record))
      warnings.push(`record ${f.record} has a full-text decision but no title-and-abstract decision`);
  }
  const other = finals.filter(inOther);
  const otherSources = count('other');
  const reports = reportCounts(stage(main, 'full-text'), forward, warnings);
  const otherReports = reportCounts(stage(other, 'full-text'), undefined, warnings);
  const includedReports = reports.reportsIncluded + otherReports.reportsIncluded;
  if (finals.length > 0 && includedReports < review.studies.length) {
    warnings.push(
      `${review.studies.length} studies in studies.yaml but only ${includedReports} included report(s) in screening.csv`,
    );
  }
  return {
    databases,
    registers,
    identified,
    removedBeforeScreening: removedCounts,
    screened: screening.length,
    excludedAtScreening: screening.filter((f) => f.decision === 'exclude').length,
    reports,
    otherMethods: { sources: otherSources, identified: otherSources.reduce((s, c) => s + c.hits, 0), ...otherReports },
    studiesIncluded: review.studies.length,
    reportsOfIncludedStudies: includedReports,
    unresolved: finals
      .filter((f) => f.decision === undefined)
      .map((f) => ({ record: f.record, stage: f.stage, byReviewer: f.byReviewer })),
    warnings,
  };
}

/** Retrieval and eligibility counts from full-text decisions; `sought` lists the records that should have one. */
function reportCounts(fullText: FinalDecision[], sought: string[] | undefined, warnings: string[]): ReportCounts {
  const decided = new Map(fullText.map((f) => [f.record, f]));
  const records = sought ?? fullText.map((f) => f.record);
  const of = (decision: string) => records.filter((r) => decided.get(r)?.decision === decision);
  const excluded = of('exclude').map((r) => decided.get(r)?.reason ?? 'no reason given');
  const reasons = new Map<string, number>();
  for (const reason of excluded) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const notRetrieved = of('not-retrieved').length;
  const included = of('include').length;
  const pending = records.filter((r) => {
    const d = decided.get(r)?.decision;
    return d === undefined || d === 'maybe';
  });
  if (pending.length > 0)
    warnings.push(`${pending.length} report(s) without a final full-text decision: ${pending.join(', ')}`);
  return {
    reportsSought: records.length,
    reportsNotRetrieved: notRetrieved,
    reportsAssessed: records.length - notRetrieved,
    reportsExcluded: [...reasons]
      .map(([reason, n]) => ({ reason, n }))
      .sort((a, b) => b.n - a.n || a.reason.localeCompare(b.reason)),
    reportsIncluded: included,
    reportsPending: pending.length,
  };
}
