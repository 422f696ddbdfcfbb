/**
 * The items of studies.yaml, data.yaml, rob.yaml and grade.yaml, one at a time: listed and read by any member,
 * added, changed and deleted by reviewers and owners. A change names the version it was based on; a stale one is
 * 409 with the current item in details.current, an invalid doc 422 with the review package's issues.
 */
import {
  createItem,
  deleteItem,
  getItem,
  ITEM_COLLECTIONS,
  type ItemCollection,
  listItems,
  updateItem,
} from '@evidens/store';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';
import { api } from '../openapi.js';

const NOUN: Record<ItemCollection, string> = {
  studies: 'included study (studies.yaml)',
  data: 'outcome-data entry (data.yaml)',
  rob: 'RoB 2 assessment (rob.yaml)',
  grade: 'GRADE entry (grade.yaml)',
};

const createBody = z.strictObject({ doc: z.unknown() });
const updateBody = z.strictObject({ version: z.number().int().positive(), doc: z.unknown() });

/** The `version` query parameter of a delete: a positive whole number. */
function versionParam(c: Context<Env>): number {
  const raw = c.req.query('version');
  const version = Number(raw);
  if (raw === undefined || !Number.isInteger(version) || version < 1)
    throw new ApiError(422, 'invalid', `version must be a positive whole number (got ${raw ?? 'nothing'})`);
  return version;
}

function collectionRoutes(app: Hono<Env>, collection: ItemCollection): void {
  const base = `/api/reviews/:reviewId/${collection}`;
  const noun = NOUN[collection];
  const ids = (c: Context<Env>) => ({ reviewId: c.req.param('reviewId') as string, itemId: c.req.param('itemId') });
  const tag = 'items';

  api(app, { method: 'get', path: base, summary: `Every ${noun}, in file order`, tag }, async (c) => {
    const { reviewId } = ids(c);
    await access(c, reviewId, 'viewer');
    return c.json({ items: await listItems(c.get('options').store, reviewId, collection) });
  });

  api(
    app,
    {
      method: 'post',
      path: base,
      summary: `Add a ${noun} (reviewer)`,
      tag,
      body: createBody,
      responses: { 201: 'The item', 409: 'The id is taken', 422: 'Invalid: details are the issues' },
    },
    async (c, body) => {
      const { reviewId } = ids(c);
      const { user } = await access(c, reviewId, 'reviewer');
      const item = await createItem(c.get('options').store, reviewId, collection, body.doc, { actor: user.id });
      return c.json(item, 201);
    },
  );

  api(app, { method: 'get', path: `${base}/:itemId`, summary: `One ${noun}`, tag }, async (c) => {
    const { reviewId, itemId } = ids(c);
    await access(c, reviewId, 'viewer');
    return c.json(await getItem(c.get('options').store, reviewId, collection, itemId as string));
  });

  api(
    app,
    {
      method: 'put',
      path: `${base}/:itemId`,
      summary: `Change a ${noun}, if unchanged since the version you read (reviewer)`,
      tag,
      body: updateBody,
      responses: { 200: 'The item', 409: 'Changed since: details.current', 422: 'Invalid: details are the issues' },
    },
    async (c, body) => {
      const { reviewId, itemId } = ids(c);
      const { user } = await access(c, reviewId, 'reviewer');
      const { store } = c.get('options');
      const item = await updateItem(store, reviewId, collection, itemId as string, body.version, body.doc, {
        actor: user.id,
      });
      return c.json(item);
    },
  );

  api(
    app,
    {
      method: 'delete',
      path: `${base}/:itemId`,
      summary: `Delete a ${noun}, if unchanged since the version you read (reviewer)`,
      tag,
      query: { version: 'The version you read' },
      responses: { 204: 'Deleted', 409: 'Changed since: details.current' },
    },
    async (c) => {
      const { reviewId, itemId } = ids(c);
      const { user } = await access(c, reviewId, 'reviewer');
      const version = versionParam(c);
      await deleteItem(c.get('options').store, reviewId, collection, itemId as string, version, { actor: user.id });
      return c.body(null, 204);
    },
  );
}

export function itemRoutes(app: Hono<Env>): void {
  for (const collection of ITEM_COLLECTIONS) collectionRoutes(app, collection);
}
