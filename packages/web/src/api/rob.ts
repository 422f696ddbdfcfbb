/**
 * RoB 2 assessments of rob.yaml one at a time (packages/server/src/routes/items.ts): listed, changed with PUT
 * {version, doc}. A stale version is 409 with details.current; an invalid doc 422 with the review's issues.
 */
import type { RobDoc } from '../rob/doc';
import { get, put, seg } from './client';
import type { Item } from './types';

export type RobItem = Item<RobDoc>;

export const robPath = (reviewId: string) => `/api/reviews/${seg(reviewId)}/rob`;

export const listRob = (reviewId: string) => get<{ items: RobItem[] }>(robPath(reviewId));

/** Changes the assessment if it is still at the version the page read. */
export const saveRob = (reviewId: string, item: RobItem, doc: RobDoc) =>
  put<RobItem>(`${robPath(reviewId)}/${seg(item.id)}`, { version: item.version, doc });
