/**
 * The items of studies.yaml and data.yaml one at a time (packages/server/src/routes/items.ts): listed, added with
 * POST {doc}, changed with PUT {version, doc}. A stale version is 409 with details.current, an invalid doc 422 with
 * the review package's issues ({code, path, message}) in details. `saveFailure` turns either into data the form
 * shows beside its fields. Pure except for the two request functions.
 */
import { get, post, put, seg } from './client';
import { ApiFailure, messageOf } from './errors';
import type { Item } from './types';

export type ItemCollection = 'studies' | 'data';

/** One problem of an invalid doc: the field path relative to the item (`arms[0].randomised`) and the message. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Why a save did not go through, in the form the page acts on. */
export type SaveFailure =
  | { kind: 'conflict'; current: Item | undefined; message: string }
  | { kind: 'invalid'; issues: FieldIssue[]; message: string }
  | { kind: 'failed'; message: string };

const base = (reviewId: string, collection: ItemCollection) => `/api/reviews/${seg(reviewId)}/${collection}`;

export const itemsPath = base;

export const listItems = <D>(reviewId: string, collection: ItemCollection) =>
  get<{ items: Item<D>[] }>(base(reviewId, collection));

/** Adds the doc when `item` is undefined, else changes `item` if it is still at its version. */
export function saveItem<D>(reviewId: string, collection: ItemCollection, item: Item<D> | undefined, doc: D) {
  if (item === undefined) return post<Item<D>>(base(reviewId, collection), { doc });
  return put<Item<D>>(`${base(reviewId, collection)}/${seg(item.id)}`, { version: item.version, doc });
}

/**
 * What a failed save means for the form.
 * @example
 * saveFailure(new ApiFailure(422, 'invalid', 'year must be a year', [{ path: 'year', message: 'year must be a year' }]));
 * // → { kind: 'invalid', issues: [{ path: 'year', message: 'year must be a year' }], message: … }
 */
export function saveFailure(error: unknown): SaveFailure {
  const message = messageOf(error);
  if (!(error instanceof ApiFailure)) return { kind: 'failed', message };
  if (error.status === 409 && error.code === 'version_conflict') {
    const current = (error.details as { current?: unknown } | undefined)?.current;
    return { kind: 'conflict', current: isItem(current) ? current : undefined, message };
  }
  if (error.status === 422) {
    const issues = Array.isArray(error.details) ? error.details.filter(isIssue) : [];
    return { kind: 'invalid', issues, message };
  }
  return { kind: 'failed', message };
}

function isItem(x: unknown): x is Item {
  return typeof x === 'object' && x !== null && 'doc' in x && typeof (x as Item).version === 'number';
}

function isIssue(x: unknown): x is FieldIssue {
  const i = x as FieldIssue | null;
  return typeof i === 'object' && i !== null && typeof i.message === 'string' && typeof i.path === 'string';
}
