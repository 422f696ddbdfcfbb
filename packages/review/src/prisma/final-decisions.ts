/**
 * The decision that counts for each record at each stage. A "consensus" row settles a disagreement; otherwise each
 * reviewer's latest decision counts and the reviewers must agree. A disagreement with no consensus is unresolved.
 */
import { CONSENSUS_REVIEWER, type ScreeningDecision, type ScreeningStage } from '../model/screening.js';

/** The decision that counts for one record at one stage. */
export interface FinalDecision {
  record: string;
  stage: ScreeningStage;
  /** The agreed decision; undefined when reviewers disagree and no consensus is recorded. */
  decision: string | undefined;
  reason?: string;
  /** Search id the record came from, when any row records it. */
  source?: string;
  /** Each reviewer's latest decision, for reporting disagreements. */
  byReviewer: Record<string, string>;
}

const later = (a: ScreeningDecision, b: ScreeningDecision) =>
  a.time === b.time ? (a.line ?? 0) - (b.line ?? 0) : a.time < b.time ? -1 : 1;

/** Final decisions, one per record and stage, in order of first appearance. */
export function finalDecisions(rows: readonly ScreeningDecision[]): FinalDecision[] {
  const groups = new Map<string, ScreeningDecision[]>();
  for (const row of rows) {
    const key = `${row.stage}\u0000${row.record}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const sources = new Map<string, string>();
  for (const row of rows) if (row.source !== undefined && !sources.has(row.record)) sources.set(row.record, row.source);
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort(later);
    const latest = new Map<string, ScreeningDecision>();
    for (const row of sorted) latest.set(row.reviewer, row);
    const byReviewer = Object.fromEntries([...latest].map(([reviewer, row]) => [reviewer, row.decision]));
    const consensus = latest.get(CONSENSUS_REVIEWER);
    const reviewers = [...latest.values()];
    const agreed =
      consensus ?? (new Set(reviewers.map((r) => r.decision)).size === 1 ? reviewers[reviewers.length - 1] : undefined);
    const final: FinalDecision = {
      record: group[0].record,
      stage: group[0].stage,
      decision: agreed?.decision,
      byReviewer,
    };
    if (agreed?.reason !== undefined) final.reason = agreed.reason;
    const source = sources.get(group[0].record);
    if (source !== undefined) final.source = source;
    return final;
  });
}
