/**
 * GRADE entries of grade.yaml one at a time (packages/server/src/routes/items.ts), keyed by the analysis they grade:
 * listed, added with POST {doc} when the analysis has none, changed with PUT {version, doc}.
 */
import type { GradeDoc } from '../certainty/entry';
import { get, post, put, seg } from './client';
import type { Item } from './types';

export type GradeItem = Item<GradeDoc>;

export const gradePath = (reviewId: string) => `/api/reviews/${seg(reviewId)}/grade`;

export const listGrade = (reviewId: string) => get<{ items: GradeItem[] }>(gradePath(reviewId));

/** Adds the entry when `item` is undefined, else changes it if it is still at the version the page read. */
export function saveGrade(reviewId: string, item: GradeItem | undefined, doc: GradeDoc): Promise<GradeItem> {
  if (item === undefined) return post<GradeItem>(gradePath(reviewId), { doc });
  return put<GradeItem>(`${gradePath(reviewId)}/${seg(item.id)}`, { version: item.version, doc });
}
