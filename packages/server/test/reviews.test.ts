import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_SETTINGS } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

const WIZARD = {
  title: 'Magnesium for leg cramps',
  language: 'en',
  objective: 'Does magnesium prevent leg cramps?',
  question: { population: 'Adults', intervention: 'Magnesium', comparator: 'Placebo', outcomes: ['cramps'] },
  eligibility: { designs: 'Randomised trials', include: ['Oral magnesium'] },
  outcomes: [{ id: 'cramps', name: 'Cramps per week', kind: 'continuous', direction: 'lower-is-better' }],
};
/** What the wizard's answers become in review.yaml. */
const PROTOCOL = {
  title: WIZARD.title,
  language: 'en',
  objective: WIZARD.objective,
  question: WIZARD.question,
  eligibility: WIZARD.eligibility,
  outcomes: WIZARD.outcomes,
};

for (const database of await testDatabases()) {
  describe(`reviews over HTTP on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      owner = await h.user('Susanne Bjerre Lottrup');
    });
    after(async () => {
      if (h) await h.close();
    });

    test('the wizard makes a review whose owner is its creator, handle from initials', async () => {
      const reply = await h.call('POST', '/api/reviews', { as: owner, body: WIZARD });
      assert.equal(reply.status, 201);
      reviewId = reply.body.review.id;
      assert.deepEqual(reply.body, {
        review: {
          id: reviewId,
          title: WIZARD.title,
          version: 1,
          protocol: PROTOCOL,
          settings: DEFAULT_SETTINGS,
          role: 'owner',
          handle: 'SBL',
        },
      });
    });

    test('the list shows the review with role and counts; another user sees none', async () => {
      const reply = await h.call('GET', '/api/reviews', { as: owner });
      assert.equal(reply.status, 200);
      const [line] = reply.body.reviews;
      assert.deepEqual(reply.body, {
        reviews: [
          {
            id: reviewId,
            title: WIZARD.title,
            language: 'en',
            role: 'owner',
            version: 1,
            updatedAt: line.updatedAt,
            counts: { records: 0, studies: 0 },
          },
        ],
      });
      assert.match(line.updatedAt, /^\d{4}-\d\d-\d\dT/);
      const other = await h.user('Other');
      assert.deepEqual((await h.call('GET', '/api/reviews', { as: other })).body, { reviews: [] });
    });

    test('a review reads with the caller’s role and handle', async () => {
      const viewer = await h.user('Ida Møller Riis');
      await h.member(reviewId, viewer, 'viewer', 'IMR');
      const reply = await h.call('GET', `/api/reviews/${reviewId}`, { as: viewer });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, {
        id: reviewId,
        title: WIZARD.title,
        version: 1,
        protocol: PROTOCOL,
        settings: DEFAULT_SETTINGS,
        role: 'viewer',
        handle: 'IMR',
      });
    });

    test('the wizard refuses a question naming an outcome the protocol does not have', async () => {
      const body = { ...WIZARD, outcomes: [] };
      const reply = await h.call('POST', '/api/reviews', { as: owner, body });
      assert.equal(reply.status, 422);
      assert.deepEqual(reply.body, {
        error: {
          code: 'invalid',
          message: 'question.outcomes[0] names no outcome of the review (got cramps)',
          details: [
            {
              code: 'unknown_reference',
              path: 'question.outcomes[0]',
              message: 'question.outcomes[0] names no outcome of the review (got cramps)',
            },
          ],
        },
      });
    });

    test('the protocol is replaced against its version; stale is 409 with the current one', async () => {
      const changed = { ...PROTOCOL, title: 'Magnesium mod lægkramper', language: 'da' };
      const reply = await h.call('PUT', `/api/reviews/${reviewId}/protocol`, {
        as: owner,
        body: { version: 1, protocol: changed },
      });
      assert.equal(reply.status, 200);
      assert.deepEqual(
        [reply.body.version, reply.body.title, reply.body.protocol],
        [2, 'Magnesium mod lægkramper', changed],
      );
      const stale = await h.call('PUT', `/api/reviews/${reviewId}/protocol`, {
        as: owner,
        body: { version: 1, protocol: PROTOCOL },
      });
      assert.equal(stale.status, 409);
      assert.deepEqual(stale.body, {
        error: {
          code: 'version_conflict',
          message: 'the protocol was changed by someone else since you read it; here is the current version',
          details: { current: { version: 2, protocol: changed } },
        },
      });
    });

    test('an invalid protocol is 422 with the issues', async () => {
      const reply = await h.call('PUT', `/api/reviews/${reviewId}/protocol`, {
        as: owner,
        body: { version: 2, protocol: { ...PROTOCOL, outcomes: [{ ...WIZARD.outcomes[0], kind: 'ordinal' }] } },
      });
      assert.equal(reply.status, 422);
      assert.equal(reply.body.error.code, 'invalid');
      assert.equal(reply.body.error.details[0].path, 'outcomes[0].kind');
      assert.equal(reply.body.error.message, 'outcomes[0].kind must be one of continuous, binary (got "ordinal")');
    });

    test('the owner deletes the review; then it is not there', async () => {
      const reply = await h.call('DELETE', `/api/reviews/${reviewId}`, { as: owner });
      assert.equal(reply.status, 204);
      assert.equal(reply.text, '');
      const gone = await h.call('GET', `/api/reviews/${reviewId}`, { as: owner });
      assert.equal(gone.status, 404);
      assert.deepEqual((await h.call('GET', '/api/reviews', { as: owner })).body, { reviews: [] });
    });
  });

  describe(`reviews in single-user mode on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    before(async () => {
      h = await harness(database, 'single');
    });
    after(async () => {
      if (h) await h.close();
    });

    test('the local user makes and lists reviews without signing in, as their owner', async () => {
      const made = await h.call('POST', '/api/reviews', { body: { title: 'Local review', language: 'da' } });
      assert.equal(made.status, 201);
      const id = made.body.review.id;
      assert.deepEqual(made.body.review, {
        id,
        title: 'Local review',
        version: 1,
        protocol: { title: 'Local review', language: 'da', outcomes: [] },
        settings: DEFAULT_SETTINGS,
        role: 'owner',
        handle: 'local',
      });
      const list = await h.call('GET', '/api/reviews');
      assert.deepEqual(
        list.body.reviews.map((r: { id: string; role: string }) => [r.id, r.role]),
        [[id, 'owner']],
      );
      const audit = await h.call('GET', `/api/reviews/${id}/audit`);
      assert.deepEqual(
        audit.body.entries.map((e: { actor: string; action: string }) => [e.actor, e.action]),
        [['local', 'create']],
      );
    });
  });
}
