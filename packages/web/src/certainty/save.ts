/** Saving a GRADE entry: refused before sending when a decision has no reason, then the server's answer. Pure. */

import type { GradeDomain } from '@evidens/review';
import type { GradeItem } from '../api/certainty';
import { saveFailure } from '../api/items';
import { decisionsWithoutReason, type GradeDoc } from './entry';

export type GradeSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  | { kind: 'needs-reason'; domains: GradeDomain[] }
  | { kind: 'conflict'; message: string; current: GradeItem | undefined }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

export function beforeGradeSave(doc: GradeDoc): GradeSaveState | undefined {
  const domains = decisionsWithoutReason(doc);
  return domains.length > 0 ? { kind: 'needs-reason', domains } : undefined;
}

export function afterGradeFailure(error: unknown): GradeSaveState {
  const f = saveFailure(error);
  if (f.kind === 'conflict')
    return { kind: 'conflict', message: f.message, current: f.current as GradeItem | undefined };
  if (f.kind === 'invalid') return { kind: 'invalid', message: f.message };
  return { kind: 'failed', message: f.message };
}
