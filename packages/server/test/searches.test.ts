import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type RecordedAnswer, recordedTransport, redactUrl } from '@evidens/biblio';
import { CSRF_HEADER, createApp, jobsSettled, SESSION_COOKIE } from '@evidens/server';
import { testDatabases } from '../../../test-support/databases.js';
import { repoRoot } from '../../../test-support/shared-data.js';
import { type Harness, harness, type Reply, type TestUser, teamReview } from './support/harness.js';

const eutils = (name: string) => readFileSync(join(repoRoot, 'packages/biblio/test/fixtures/eutils', name), 'utf8');
const QUERY = 'magnesium AND (cramp*[tiab] OR "muscle cramp"[mh])';
const TRANSLATION =
  '("magnesium"[MeSH Terms] OR "magnesium"[All Fields]) AND ("cramp*"[Title/Abstract] OR "muscle cramp"[MeSH Terms]) AND 1990/01/01:2012/12/31[Date - Publication]';

for (const database of await testDatabases()) {
  describe(`searches on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let viewer: TestUser;
    let stranger: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      ({ owner, viewer, stranger, reviewId } = await teamReview(h, 'Magnesium'));
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });

    /** An app over the same store whose PubMed answers come from `answers`. */
    function pubmedApp(answers: Parameters<typeof recordedTransport>[0]) {
      const transport = recordedTransport(answers);
      const app = createApp({
        store: h.store,
        mode: 'team',
        now: () => new Date('2025-03-01T09:00:00Z'),
        pubmed: { transport, email: 'team@example.org' },
      });
      const post = async (path: string, body: unknown, as: TestUser = owner) => {
        const response = await app.request(path, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: `${SESSION_COOKIE}=${as.token}`,
            [CSRF_HEADER]: as.csrf,
          },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as Reply['body'] };
      };
      return { transport, post };
    }

    const count = `/api/reviews/${'$'}/searches/pubmed/count`;
    const at = (path: string) => path.replace('$', reviewId);

    test('counting a query asks ESearch for no records and gives the count and the translation', async () => {
      const { transport, post } = pubmedApp({ esearch: [{ body: eutils('esearch-magnesium.json') }] });
      const reply = await post(at(count), { query: QUERY });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { count: 5, translation: TRANSLATION, warnings: [] });
      const params = Object.fromEntries(transport.requests[0].params);
      assert.deepEqual(
        [params.term, params.retmax, params.email, params.tool],
        [QUERY, '0', 'team@example.org', 'evidens'],
      );
    });

    test('PubMed unreachable is 503 with the reason', async () => {
      const outage: RecordedAnswer[] = [1, 2].map(() => ({
        networkError: 'getaddrinfo ENOTFOUND eutils.ncbi.nlm.nih.gov',
      }));
      const { transport, post } = pubmedApp({ esearch: outage });
      const reply = await post(at(count), { query: QUERY });
      assert.equal(reply.status, 503);
      assert.deepEqual(reply.body, {
        error: {
          code: 'unavailable',
          message: `PubMed cannot be reached: getaddrinfo ENOTFOUND eutils.ncbi.nlm.nih.gov (2 attempts; ${redactUrl(transport.requests[0].url)}). Check the internet connection and try again later.`,
        },
      });
    });

    test('a query PubMed refuses is 422 with what PubMed said', async () => {
      const { post } = pubmedApp({ esearch: [{ body: eutils('esearch-error.json') }] });
      const reply = await post(at(count), { query: QUERY });
      assert.equal(reply.status, 422);
      assert.equal(reply.body.error.code, 'invalid');
      assert.match(reply.body.error.message, /^PubMed could not run the search: /);
    });

    test('a search job fetches in batches, stores the records file and adds the search to the protocol', async () => {
      // The recorded batches hold 2, 2 and 1 records; the job asks for up to 200 at once, so they are given as one.
      const [first, ...rest] = ['efetch-batch-1.xml', 'efetch-batch-2.xml', 'efetch-batch-3.xml'].map(eutils);
      const inner = (xml: string) =>
        xml.slice(xml.indexOf('<PubmedArticleSet>') + 18, xml.indexOf('</PubmedArticleSet>'));
      const all = first.replace('</PubmedArticleSet>', `${rest.map(inner).join('')}</PubmedArticleSet>`);
      const batches = [{ body: all }];
      const { transport, post } = pubmedApp({ esearch: [{ body: eutils('esearch-magnesium.json') }], efetch: batches });
      const reply = await post(at(`/api/reviews/$/searches/pubmed`), { query: QUERY });
      assert.equal(reply.status, 202);
      await jobsSettled();
      const job = (await h.call('GET', `/api/jobs/${reply.body.job.id}`, { as: viewer })).body.job;
      assert.equal(job.status, 'done');
      assert.deepEqual(job.result, {
        file: 'records/pubmed-2025-03-01.jsonl',
        searchId: 'pubmed',
        query: QUERY,
        translation: TRANSLATION,
        count: 5,
        fetched: 5,
        added: 5,
        renamed: 0,
        warnings: [],
        issues: [],
      });
      const fetches = transport.requests.filter((r) => r.utility === 'efetch').map((r) => Object.fromEntries(r.params));
      assert.deepEqual(
        fetches.map((p) => [p.WebEnv, p.query_key, p.retstart, p.retmax]),
        [['MCID_67c2d1a9f3b0e41a2c0d5e77', '1', '0', '5']],
      );
      const searches = await h.call('GET', at('/api/reviews/$/searches'), { as: viewer });
      assert.deepEqual(searches.body.searches, [
        {
          id: 'pubmed',
          source: 'PubMed',
          kind: 'database',
          query: QUERY,
          date: '2025-03-01',
          hits: 5,
          notes: `PubMed ran it as: ${TRANSLATION}`,
          records: ['records/pubmed-2025-03-01.jsonl'],
          stored: 5,
        },
      ]);
      const records = await h.call('GET', at('/api/reviews/$/records?search=pubmed'), { as: viewer });
      assert.deepEqual(
        records.body.items.map((r: { pmid: string }) => r.pmid),
        ['21389075', '18760521', '12011773', '10907623', '7631676'],
      );
    });

    test('who may search: 401, 403 csrf, 404 for a stranger, 403 for a viewer; a viewer may list', async () => {
      const { post } = pubmedApp({});
      const anonymous = await h.call('POST', at(count), { body: { query: QUERY } });
      assert.deepEqual(
        [anonymous.status, anonymous.body],
        [401, { error: { code: 'unauthenticated', message: 'sign in first' } }],
      );
      const csrf = await h.call('POST', at(count), { body: { query: QUERY }, as: owner, csrf: false });
      assert.deepEqual([csrf.status, csrf.body.error.code], [403, 'csrf']);
      const stranger404 = await post(at(count), { query: QUERY }, stranger);
      assert.deepEqual(
        [stranger404.status, stranger404.body],
        [404, { error: { code: 'not_found', message: `there is no review ${reviewId}` } }],
      );
      const viewer403 = await post(at('/api/reviews/$/searches/pubmed'), { query: QUERY }, viewer);
      assert.deepEqual(
        [viewer403.status, viewer403.body],
        [403, { error: { code: 'forbidden', message: 'this needs the reviewer role in the review (you are viewer)' } }],
      );
      const list404 = await h.call('GET', at('/api/reviews/$/searches'), { as: stranger });
      assert.equal(list404.status, 404);
      const empty = await post(at(count), { query: '  ' });
      assert.deepEqual([empty.status, empty.body.error.message], [422, 'query: must be a PubMed query']);
    });
  });
}
