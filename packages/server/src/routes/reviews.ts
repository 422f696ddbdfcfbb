/**
 * Reviews: the list a user sees, the new-review wizard, one review with the caller's role, its protocol (changed
 * against the version the writer read), and deleting it.
 */
import { createReview, deleteReview, getReview, listReviews, type StoredReview, updateProtocol } from '@evidens/store';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { type Access, access, requireUser } from '../access.js';
import { forgetReviewAccess } from '../auth/access-cache.js';
import type { Env } from '../env.js';
import { api } from '../openapi.js';
import { forgetFeatures } from '../screening/feature-cache.js';

const text = z.string().trim().min(1);
const texts = z.union([text, z.array(text)]);

/** What the new-review wizard sends. `outcomes` are review.yaml outcomes; `question.outcomes` name their ids. */
export const newReviewBody = z.strictObject({
  title: text,
  language: z.enum(['da', 'en']),
  objective: text.optional(),
  question: z
    .strictObject({
      population: text,
      intervention: text,
      comparator: text,
      outcomes: z.array(text).optional(),
    })
    .optional(),
  eligibility: z
    .strictObject({ designs: texts.optional(), include: texts.optional(), exclude: texts.optional() })
    .optional(),
  outcomes: z.array(z.record(z.string(), z.unknown())).optional(),
});

const protocolBody = z.strictObject({
  version: z.number().int().positive(),
  protocol: z.record(z.string(), z.unknown()),
});

/** review.yaml's raw map from the wizard's answers, keys in the format's order. */
export function protocolFrom(body: z.infer<typeof newReviewBody>): Record<string, unknown> {
  const protocol: Record<string, unknown> = { title: body.title, language: body.language };
  if (body.objective) protocol.objective = body.objective;
  if (body.question) protocol.question = body.question;
  if (body.eligibility) protocol.eligibility = body.eligibility;
  protocol.outcomes = body.outcomes ?? [];
  return protocol;
}

/** A review as the API shows it to a member. */
function shown(review: StoredReview, who: Pick<Access, 'role' | 'handle'>) {
  const { id, title, version, protocol, settings } = review;
  return { id, title, version, protocol, settings, role: who.role, handle: who.handle };
}

const reviewId = (c: Context<Env>) => c.req.param('reviewId') as string;

export function reviewRoutes(app: Hono<Env>): void {
  api(
    app,
    { method: 'get', path: '/api/reviews', summary: 'The reviews you are a member of', tag: 'reviews' },
    async (c) => {
      const user = requireUser(c);
      const { store, mode } = c.get('options');
      return c.json({ reviews: await listReviews(store, mode === 'single' ? null : user.id) });
    },
  );

  api(
    app,
    {
      method: 'post',
      path: '/api/reviews',
      summary: 'Start a review (the new-review wizard); you become its owner',
      tag: 'reviews',
      body: newReviewBody,
      responses: { 201: 'The review' },
    },
    async (c, body) => {
      const user = requireUser(c);
      const { store, mode } = c.get('options');
      const owner = mode === 'team' ? user.id : undefined;
      const review = await createReview(store, protocolFrom(body), { actor: user.id, ...(owner ? { owner } : {}) });
      const who = await access(c, review.id, 'owner');
      return c.json({ review: shown(review, who) }, 201);
    },
  );

  api(
    app,
    { method: 'get', path: '/api/reviews/:reviewId', summary: 'A review, with your role and handle', tag: 'reviews' },
    async (c) => {
      const who = await access(c, reviewId(c), 'viewer');
      return c.json(shown(await getReview(c.get('options').store.db, reviewId(c)), who));
    },
  );

  api(
    app,
    {
      method: 'put',
      path: '/api/reviews/:reviewId/protocol',
      summary: 'Replace the protocol (review.yaml), if unchanged since the version you read (owner)',
      tag: 'reviews',
      body: protocolBody,
      responses: { 200: 'The review', 409: 'Changed since: details.current', 422: 'Invalid: details are the issues' },
    },
    async (c, body) => {
      const who = await access(c, reviewId(c), 'owner');
      const { store } = c.get('options');
      const review = await updateProtocol(store, reviewId(c), body.version, body.protocol, { actor: who.user.id });
      return c.json(shown(review, who));
    },
  );

  api(
    app,
    {
      method: 'delete',
      path: '/api/reviews/:reviewId',
      summary: 'Delete a review and everything in it (owner)',
      tag: 'reviews',
      responses: { 204: 'Deleted' },
    },
    async (c) => {
      const who = await access(c, reviewId(c), 'owner');
      await deleteReview(c.get('options').store, reviewId(c), { actor: who.user.id });
      forgetReviewAccess(c.get('options').store, reviewId(c));
      // The review's texts leave memory with it.
      forgetFeatures(`${reviewId(c)}\n`);
      return c.body(null, 204);
    },
  );
}
