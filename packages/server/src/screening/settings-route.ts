/** The screening rule of a review: one or two reviewers per stage (blind dual screening), changed by the owner. */
import { audit, now, toJson, versionConflict } from '@evidens/store';
import type { Hono } from 'hono';
import { z } from 'zod';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { api } from '../openapi.js';
import { param, settingsOf } from './context.js';

const count = z.union([z.literal(1), z.literal(2)]);
const settingsBody = z.object({
  /** The review's version the owner read (reviews.version guards protocol and settings alike). */
  version: z.number().int().positive(),
  reviewersPerStage: z.object({ 'title-abstract': count.optional(), 'full-text': count.optional() }),
});

export function settingsRoute(app: Hono<Env>): void {
  api(
    app,
    {
      method: 'put',
      path: '/api/reviews/:reviewId/settings/screening',
      summary: 'Set how many reviewers each screening stage needs (1 or 2)',
      tag: 'screening',
      body: settingsBody,
      responses: { 200: '{version, settings}' },
    },
    async (c, body) => {
      const reviewId = param(c, 'reviewId');
      const { user } = await access(c, reviewId, 'owner');
      const { store } = c.get('options');
      const result = await store.transaction(async (trx) => {
        const before = await settingsOf(trx, reviewId);
        const conflict = () => versionConflict('the review', { version: before.version, settings: before.settings });
        if (before.version !== body.version) throw conflict();
        const settings = {
          ...before.settings,
          reviewersPerStage: { ...before.settings.reviewersPerStage, ...body.reviewersPerStage },
        };
        const updated = await trx
          .updateTable('reviews')
          .set({ settings: toJson(settings), version: body.version + 1, updated_at: now() })
          .where('id', '=', reviewId)
          .where('version', '=', body.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw conflict();
        await audit(trx, {
          reviewId,
          actor: user.id,
          action: 'update',
          entity: 'settings',
          entityId: reviewId,
          before: before.settings,
          after: settings,
        });
        return { version: body.version + 1, settings };
      });
      return c.json(result);
    },
  );
}
