/**
 * What happens when the page saves an assessment: refused before sending when an override has no reason, then the
 * server's answer: the saved item, a 409 with the current version to load, or a 422 with the server's message. Pure.
 */
import { saveFailure } from '../api/items';
import type { RobItem } from '../api/rob';
import { type OverrideKey, overridesWithoutReason, type RobDoc } from './doc';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; version: number }
  | { kind: 'needs-reason'; keys: OverrideKey[] }
  | { kind: 'conflict'; message: string; current: RobItem | undefined }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

/** The state that stops a save before it is sent, or undefined when the doc may go. */
export function beforeSave(doc: RobDoc): SaveState | undefined {
  const keys = overridesWithoutReason(doc);
  return keys.length > 0 ? { kind: 'needs-reason', keys } : undefined;
}

/** The state after a failed save. */
export function afterFailure(error: unknown): SaveState {
  const f = saveFailure(error);
  if (f.kind === 'conflict') return { kind: 'conflict', message: f.message, current: f.current as RobItem | undefined };
  if (f.kind === 'invalid') return { kind: 'invalid', message: f.message };
  return { kind: 'failed', message: f.message };
}
