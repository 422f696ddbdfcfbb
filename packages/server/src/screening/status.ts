/**
 * Where each record stands at a stage, from its decisions and the number of reviewers the stage needs: pending (fewer
 * reviewers than needed have decided), agreed, in conflict (they disagree; 'maybe' disagrees with anything but
 * 'maybe'), or reconciled (a consensus decision settles it, whatever the reviewers said).
 */
import { CONSENSUS_REVIEWER } from '@evidens/review';
import type { StoredDecision } from '@evidens/store';

export type RecordState = 'pending' | 'agreed' | 'conflict' | 'reconciled';

export interface RecordStatus {
  record: string;
  state: RecordState;
  /** The reviewers' decisions (not the consensus), by reviewer. */
  decisions: StoredDecision[];
  consensus: StoredDecision | null;
  /** The decision that stands: the consensus, or the agreed one; null while pending or in conflict. */
  final: string | null;
}

/**
 * The status of one record from all its decisions at one stage.
 *
 * @example
 * recordStatus('PM01', [a('include'), b('exclude')], 2).state; // 'conflict'
 */
export function recordStatus(record: string, rows: readonly StoredDecision[], required: number): RecordStatus {
  const decisions = rows.filter((d) => d.reviewer !== CONSENSUS_REVIEWER);
  const consensus = rows.find((d) => d.reviewer === CONSENSUS_REVIEWER) ?? null;
  if (consensus) return { record, state: 'reconciled', decisions, consensus, final: consensus.decision };
  if (decisions.length < required) return { record, state: 'pending', decisions, consensus, final: null };
  const agreed = decisions.every((d) => d.decision === decisions[0].decision);
  return agreed
    ? { record, state: 'agreed', decisions, consensus, final: decisions[0].decision }
    : { record, state: 'conflict', decisions, consensus, final: null };
}

/** The status of every record with a decision at the stage, by record id. */
export function stageStatus(rows: readonly StoredDecision[], required: number): Map<string, RecordStatus> {
  const byRecord = new Map<string, StoredDecision[]>();
  for (const row of rows) {
    const list = byRecord.get(row.record);
    if (list) list.push(row);
    else byRecord.set(row.record, [row]);
  }
  const status = new Map<string, RecordStatus>();
  for (const [record, list] of byRecord) status.set(record, recordStatus(record, list, required));
  return status;
}

/** A final decision that lets a record on from title and abstract to full text. */
export const passesTitleAbstract = (final: string | null): boolean => final === 'include' || final === 'maybe';
