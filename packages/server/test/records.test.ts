import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { recordedTransport } from '@evidens/biblio';
import { CSRF_HEADER, createApp, jobsSettled, SESSION_COOKIE } from '@evidens/server';
import { testDatabases } from '../../../test-support/databases.js';
import { repoRoot } from '../../../test-support/shared-data.js';
import { type Harness, harness, type TestUser, teamReview } from './support/harness.js';

const example = (name: string) => readFileSync(join(repoRoot, 'examples/magnesium-leg-cramps/records', name));
const eutils = (name: string) => readFileSync(join(repoRoot, 'packages/biblio/test/fixtures/eutils', name), 'utf8');
/** The recorded PubMed XML of the five trials, as one article set holding those of `pmids`. */
function articles(pmids: string[]): string {
  const all = ['efetch-batch-1.xml', 'efetch-batch-2.xml', 'efetch-batch-3.xml']
    .map(eutils)
    .flatMap((xml) => xml.match(/<PubmedArticle>[\s\S]*?<\/PubmedArticle>/g) ?? []);
  const chosen = all.filter((a) => pmids.some((p) => a.includes(`<PMID Version="1">${p}</PMID>`)));
  return `<?xml version="1.0" ?>\n<PubmedArticleSet>\n${chosen.join('\n')}\n</PubmedArticleSet>\n`;
}
const GARRISON =
  '{"id":"G2011","pmid":"21389075","title":"The effect of magnesium infusion on rest cramps","authors":[],"year":2011}\n';

for (const database of await testDatabases()) {
  describe(`records on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let viewer: TestUser;
    let stranger: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      ({ owner, viewer, stranger, reviewId } = await teamReview(h, 'Magnesium'));
      h.setNow(new Date('2025-03-01T09:00:00Z'));
      for (const [file, raw] of [
        ['pubmed.jsonl', example('pubmed.jsonl')],
        ['reference-lists.jsonl', example('reference-lists.jsonl')],
        ['cochrane-lists.jsonl', example('cochrane-lists.jsonl')],
        ['garrison.jsonl', GARRISON],
      ] as const) {
        const reply = await h.call('POST', `/api/reviews/${reviewId}/imports?file=${file}`, { as: owner, raw });
        assert.equal(reply.status, 202);
      }
      await jobsSettled();
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });
    const at = (path: string) => `/api/reviews/${reviewId}${path}`;

    test('a page of summaries, in file order, with the total', async () => {
      const reply = await h.call('GET', at('/records?offset=0&limit=2'), { as: viewer });
      assert.equal(reply.status, 200);
      assert.equal(reply.body.total, 37);
      assert.equal(reply.body.items.length, 2);
      const cl02 = (await h.call('GET', at('/records?q=28241153'), { as: viewer })).body;
      assert.deepEqual(cl02, {
        total: 1,
        items: [
          {
            id: 'CL02',
            title: null,
            year: 2017,
            authors: ['Roguin Maor N', 'Alperin M', 'Shturman E'],
            etAl: true,
            journal: 'JAMA Intern Med',
            doi: null,
            pmid: '28241153',
            searchId: 'cochrane-lists',
          },
        ],
      });
      const bySearch = await h.call('GET', at('/records?search=reference-lists'), { as: viewer });
      assert.deepEqual(
        bySearch.body.items.map((r: { id: string }) => r.id),
        ['RL01', 'RL02'],
      );
      const bad = await h.call('GET', at('/records?limit=lots'), { as: viewer });
      assert.deepEqual(
        [bad.status, bad.body],
        [422, { error: { code: 'invalid', message: 'limit must be a whole number ≥ 0 (got lots)' } }],
      );
    });

    test('one record whole, and 404 for one the review does not have', async () => {
      const reply = await h.call('GET', at('/records/RL01'), { as: viewer });
      assert.equal(reply.status, 200);
      assert.deepEqual(
        [reply.body.id, reply.body.searchId, reply.body.file, reply.body.position],
        ['RL01', 'reference-lists', 'records/reference-lists.jsonl', 0],
      );
      assert.equal(reply.body.record.title, 'Does oral magnesium substitution relieve pregnancy-induced leg cramps?');
      const none = await h.call('GET', at('/records/XX99'), { as: viewer });
      assert.deepEqual(
        [none.status, none.body],
        [404, { error: { code: 'not_found', message: 'there is no record XX99' } }],
      );
    });

    test('snowballing fetches the references the review lacks into the citation-searching search', async () => {
      const transport = recordedTransport({
        elink: [{ body: eutils('elink-refs.json') }],
        efetch: [
          (request) => ({
            status: 200,
            headers: {},
            text: articles(request.params.find(([k]) => k === 'id')?.[1].split(',') ?? []),
          }),
        ],
      });
      const app = createApp({
        store: h.store,
        mode: 'team',
        now: () => new Date('2025-03-01T09:00:00Z'),
        pubmed: { transport, email: 'team@example.org' },
      });
      const response = await app.request(at('/records/G2011/snowball'), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${SESSION_COOKIE}=${owner.token}`,
          [CSRF_HEADER]: owner.csrf,
        },
        body: JSON.stringify({ direction: 'references' }),
      });
      assert.equal(response.status, 202);
      const { job } = (await response.json()) as { job: { id: string } };
      await jobsSettled();
      const done = (await h.call('GET', `/api/jobs/${job.id}`, { as: owner })).body.job;
      assert.equal(done.status, 'done');
      // 12011773 (RL02), 10907623 (PM02) and 7631676 (PM03) are in the review already: one reference is fetched.
      assert.deepEqual(done.result, {
        pmid: '21389075',
        direction: 'references',
        linked: 4,
        fetched: 1,
        added: 1,
        file: 'records/citation-searching-2025-03-01.jsonl',
        warnings: [],
      });
      assert.deepEqual(Object.fromEntries(transport.requests[1].params).id, '18760521');
      const searches = (await h.call('GET', at('/searches'), { as: owner })).body.searches;
      assert.deepEqual(searches.at(-1), {
        id: 'citation-searching',
        kind: 'other',
        source: 'Citation searching',
        date: '2025-03-01',
        hits: 1,
        records: ['records/citation-searching-2025-03-01.jsonl'],
        stored: 1,
      });
    });

    test('snowballing a record without a PMID is 422; who may: 401, 403 csrf, 404, 403 viewer', async () => {
      const path = at('/records/CL03/snowball');
      const noPmid = await h.call('POST', path, { as: owner, body: { direction: 'both' } });
      assert.deepEqual(
        [noPmid.status, noPmid.body],
        [
          422,
          { error: { code: 'invalid', message: 'record CL03 has no PMID: citation searching goes through PubMed' } },
        ],
      );
      const anonymous = await h.call('POST', path, { body: { direction: 'both' } });
      assert.deepEqual(
        [anonymous.status, anonymous.body],
        [401, { error: { code: 'unauthenticated', message: 'sign in first' } }],
      );
      const csrf = await h.call('POST', path, { as: owner, csrf: false, body: { direction: 'both' } });
      assert.deepEqual([csrf.status, csrf.body.error.code], [403, 'csrf']);
      const stranger404 = await h.call('GET', at('/records'), { as: stranger });
      assert.deepEqual(
        [stranger404.status, stranger404.body],
        [404, { error: { code: 'not_found', message: `there is no review ${reviewId}` } }],
      );
      const viewer403 = await h.call('POST', path, { as: viewer, body: { direction: 'both' } });
      assert.deepEqual([viewer403.status, viewer403.body.error.code], [403, 'forbidden']);
      const badDirection = await h.call('POST', path, { as: owner, body: { direction: 'sideways' } });
      assert.deepEqual([badDirection.status, badDirection.body.error.code], [422, 'invalid']);
    });
  });
}
