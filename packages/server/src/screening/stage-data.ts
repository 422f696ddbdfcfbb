/**
 * A stage's records and decisions, read once per request: which records the stage screens (every record at title and
 * abstract; at full text those that passed title and abstract, plus any that already have a full-text decision, such
 * as a report found in a reference list), and each one's status.
 */
import { type Store, type StoredDecision, stageDecisions } from '@evidens/store';
import { sql } from 'kysely';
import type { Mode } from '../env.js';
import { requiredAt, type ScreenedStage } from './context.js';
import { passesTitleAbstract, type RecordStatus, stageStatus } from './status.js';

export interface StageData {
  /** The records the stage screens, in the records' order (file, position in it, id). */
  candidates: { id: string; data: string }[];
  rows: StoredDecision[];
  status: Map<string, RecordStatus>;
  required: number;
}

export async function stageData(
  store: Store,
  mode: Mode,
  reviewId: string,
  stage: ScreenedStage,
  withData: boolean,
): Promise<StageData> {
  const base = store.db
    .selectFrom('records')
    .where('review_id', '=', reviewId)
    // SQLite sorts nulls first and PostgreSQL last: records without a file go first on both.
    .orderBy(sql`coalesce(file, '')`)
    .orderBy('position')
    .orderBy('id');
  const [records, rows, required] = await Promise.all([
    withData
      ? base.select(['id', 'data']).execute()
      : base
          .select('id')
          .execute()
          .then((list) => list.map((r) => ({ id: r.id, data: '' }))),
    stageDecisions(store.db, reviewId, stage),
    requiredAt(store, mode, reviewId, stage),
  ]);
  const status = stageStatus(rows, required);
  if (stage === 'title-abstract') return { candidates: records, rows, status, required };
  const screened = stageStatus(
    await stageDecisions(store.db, reviewId, 'title-abstract'),
    await requiredAt(store, mode, reviewId, 'title-abstract'),
  );
  const candidates = records.filter((r) => status.has(r.id) || passesTitleAbstract(screened.get(r.id)?.final ?? null));
  return { candidates, rows, status, required };
}
