/**
 * Reads GET …/screening/:stage/conflicts into one shape, whatever list key the server uses: each conflict with its
 * record and every reviewer's decision. Pure.
 */
import type { Conflict, Decision, QueueRecord } from '../api/types';

type Loose = Record<string, unknown>;

/** The conflicts in an answer (`{items}`, `{conflicts}` or a plain list). */
export function readConflicts(answer: unknown): Conflict[] {
  const list = Array.isArray(answer)
    ? answer
    : ((answer as Loose | null)?.items ?? (answer as Loose | null)?.conflicts ?? []);
  return (Array.isArray(list) ? list : []).map((c: Loose) => ({
    record: recordOf(c),
    decisions: decisionsOf(c.decisions),
  }));
}

function recordOf(c: Loose): QueueRecord {
  if (c.record && typeof c.record === 'object') return c.record as QueueRecord;
  const id = String(c.recordId ?? c.record ?? '');
  return { id, title: typeof c.title === 'string' ? c.title : id };
}

function decisionsOf(d: unknown): Conflict['decisions'] {
  if (Array.isArray(d)) {
    return d.map((x: Loose) => ({
      reviewer: String(x.reviewer ?? x.handle ?? x.user ?? ''),
      decision: x.decision as Decision,
      ...(typeof x.reason === 'string' ? { reason: x.reason } : {}),
    }));
  }
  if (d && typeof d === 'object') {
    return Object.entries(d as Loose).map(([reviewer, x]) =>
      typeof x === 'string'
        ? { reviewer, decision: x as Decision }
        : { reviewer, decision: (x as Loose).decision as Decision, reason: (x as Loose).reason as string | undefined },
    );
  }
  return [];
}
