/**
 * The stopping aid of a stage (@evidens/screen's stopping-aid.ts) from the stage's decisions: the records with a final
 * decision, in the order they got it, make the screening history (relevant: a final include or maybe — a record that
 * goes on, which stopping would lose), and the stage's other records are the unscreened ones. The aid only informs:
 * nothing here or anywhere else stops screening because of it.
 */
import { type StoppingAid, stoppingAid } from '@evidens/screen';
import type { StoredDecision } from '@evidens/store';
import type { RecordStatus } from './status.js';

/** A final decision that counts as relevant for the stopping aid: one that lets the record go on. */
const RELEVANT = new Set(['include', 'maybe']);

/**
 * The stopping aid for the stage, or null when no record has a final decision yet (nothing to estimate from).
 * A record's time is that of the decision that made it final: the consensus, else the latest reviewer's decision;
 * equal times keep the decisions' stored order.
 *
 * @example
 * stageStopping(candidates, rows, status); // { screened: 29, relevantFound: 5, unscreened: 7, … } or null
 */
export function stageStopping(
  candidates: readonly { id: string }[],
  rows: readonly StoredDecision[],
  status: ReadonlyMap<string, RecordStatus>,
): StoppingAid | null {
  const rank = new Map(rows.map((row, i) => [row, i]));
  const finals: { relevant: number; time: string; at: number }[] = [];
  for (const { id } of candidates) {
    const s = status.get(id);
    if (!s || s.final === null) continue;
    const deciding = s.consensus ? [s.consensus] : s.decisions;
    const at = (d: StoredDecision) => rank.get(d) ?? 0;
    const last = deciding.reduce((a, b) => (b.time > a.time || (b.time === a.time && at(b) > at(a)) ? b : a));
    finals.push({ relevant: RELEVANT.has(s.final) ? 1 : 0, time: last.time, at: at(last) });
  }
  if (finals.length === 0) return null;
  finals.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.at - b.at));
  return stoppingAid(
    finals.map((f) => f.relevant),
    candidates.length,
  );
}
