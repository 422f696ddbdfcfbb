/**
 * A stage's records and decisions, read once per request: which records the stage screens (every record at title and
 * abstract that was not removed before screening — a confirmed duplicate, say — and at full text those that passed
 * title and abstract, plus any that already have a full-text decision, such as a report found in a reference list),
 * and each one's status.
 */
import { type Store, type StoredDecision, stageDecisions } from '@evidens/store';
import { sql } from 'kysely';
import type { Mode } from '../env.js';
import { requiredAt, type ScreenedStage } from './context.js';
import { passesTitleAbstract, type RecordStatus, stageStatus } from './status.js';

export interface StageData {
  /** The records the stage screens, in the records' order (file, position in it, id). */
  candidates: { id: string }[];
  rows: StoredDecision[];
  status: Map<string, RecordStatus>;
  required: number;
}

export async function stageData(store: Store, mode: Mode, reviewId: string, stage: ScreenedStage): Promise<StageData> {
  const base = store.db
    .selectFrom('records')
    .where('review_id', '=', reviewId)
    // SQLite sorts nulls first and PostgreSQL last: records without a file go first on both.
    .orderBy(sql`coalesce(file, '')`)
    .orderBy('position')
    .orderBy('id');
  const [all, rows, required, removed] = await Promise.all([
    base.select('id').execute(),
    stageDecisions(store.db, reviewId, stage),
    requiredAt(store, mode, reviewId, stage),
    removedBeforeScreening(store, reviewId),
  ]);
  // A record removed before screening (identification stage: duplicate, automation, other) is not screened, unless
  // someone decided it at this stage already, so no decision ever disappears from view.
  const status = stageStatus(rows, required);
  const records = all.filter((r) => !removed.has(r.id) || status.has(r.id));
  if (stage === 'title-abstract') return { candidates: records, rows, status, required };
  const screened = stageStatus(
    await stageDecisions(store.db, reviewId, 'title-abstract'),
    await requiredAt(store, mode, reviewId, 'title-abstract'),
  );
  const candidates = records.filter((r) => status.has(r.id) || passesTitleAbstract(screened.get(r.id)?.final ?? null));
  return { candidates, rows, status, required };
}

/** The records with an identification-stage decision (removed before screening). */
async function removedBeforeScreening(store: Store, reviewId: string): Promise<Set<string>> {
  const rows = await store.db
    .selectFrom('screening_decisions')
    .select('record_id')
    .where('review_id', '=', reviewId)
    .where('stage', '=', 'identification')
    .execute();
  return new Set(rows.map((r) => r.record_id));
}
