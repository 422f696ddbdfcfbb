import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importFolder, listItems } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

const MAGNESIUM = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

for (const database of await testDatabases()) {
  describe(`the computed review on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let viewer: TestUser;
    let base: string;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      viewer = await h.user('Viewer');
      reviewId = (await importFolder(h.store, MAGNESIUM, { actor: 'system' })).reviewId;
      await h.member(reviewId, viewer, 'viewer', 'V');
      base = `/api/reviews/${reviewId}`;
    });
    after(async () => {
      if (h) await h.close();
    });

    test('the model is the review as the folder loader reads it', async () => {
      const reply = await h.call('GET', `${base}/model`, { as: viewer });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body.issues, []);
      const { review } = reply.body;
      assert.equal(review.title, 'Magnesium mod natlige lægkramper');
      assert.deepEqual(
        review.analyses.map((a: { id: string }) => a.id),
        ['cramps-md', 'responders-rr'],
      );
      assert.equal(review.studies.length, 7);
    });

    test('the magnesium MD pools to 0.03 (−0.41 to 0.47) over four trials, low certainty', async () => {
      const reply = await h.call('GET', `${base}/analyses`, { as: viewer });
      assert.equal(reply.status, 200);
      const [md, rr] = reply.body.analyses;
      assert.deepEqual(
        [md.id, md.measure, md.scale, md.pooled.k, round(md.pooled.estimate)],
        ['cramps-md', 'MD', 'difference', 4, 0.03],
      );
      assert.deepEqual([round(md.pooled.ciLb), round(md.pooled.ciUb)], [-0.41, 0.47]);
      assert.deepEqual([md.pooled.heterogeneity.tau2, md.pooled.heterogeneity.I2], [0, 0]);
      assert.deepEqual(
        md.studies.map((s: { label: string; rob: string; weight: number }) => [s.label, s.rob, round(s.weight, 1)]),
        [
          ['Frusso 1999', 'some-concerns', 60.3],
          ['Roffe 2002', 'high', 27.7],
          ['Nygaard 2008', 'some-concerns', 7.9],
          ['Roguin Maor 2017', 'some-concerns', 4.2],
        ],
      );
      assert.deepEqual(
        md.sensitivity.map((s: { id: string; pooled: { k: number } }) => [s.id, s.pooled.k]),
        [
          ['knha', 4],
          ['dl-z', 4],
          ['idiopathic', 3],
          ['no-roffe', 3],
          ['parallel-only', 2],
          ['no-high-rob', 3],
          ['r-0', 4],
          ['r-0.8', 4],
        ],
      );
      assert.deepEqual(
        md.subgroups.groups.map((g: { name: string; k: number }) => [g.name, g.k]),
        [
          ['idiopathic', 3],
          ['pregnancy', 1],
        ],
      );
      assert.equal(md.grade.certainty, 'low');
      const imprecision = md.grade.domains.find((d: { domain: string }) => d.domain === 'imprecision');
      assert.deepEqual([imprecision.judgement, imprecision.status], ['serious', 'confirmed']);
      assert.deepEqual(
        [md.summaryOfFindings.participants, md.summaryOfFindings.studies, md.summaryOfFindings.certainty],
        [220, 4, 'low'],
      );
      assert.deepEqual([rr.scale, rr.pooled.k, round(rr.pooled.estimate)], ['ratio', 2, 2.35]);
      assert.deepEqual([round(rr.pooled.ciLb), round(rr.pooled.ciUb)], [0.64, 8.68]);
      assert.equal(rr.grade.certainty, 'very-low');
    });

    test('the PRISMA counts fill themselves from the searches and screening', async () => {
      const reply = await h.call('GET', `${base}/prisma`, { as: viewer });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body.databases, [{ search: 'pubmed', source: 'PubMed', hits: 29 }]);
      assert.deepEqual(
        [reply.body.identified, reply.body.screened, reply.body.excludedAtScreening, reply.body.studiesIncluded],
        [29, 29, 24, 7],
      );
      assert.deepEqual(reply.body.reports, {
        reportsSought: 5,
        reportsNotRetrieved: 0,
        reportsAssessed: 5,
        reportsExcluded: [{ reason: 'Baggrundsartikel (ikke et randomiseret forsøg)', n: 2 }],
        reportsIncluded: 3,
        reportsPending: 0,
      });
      assert.deepEqual(reply.body.otherMethods.identified, 7);
    });

    test('RoB 2 proposes a judgement per domain and overall for one assessment', async () => {
      const [frusso] = await listItems(h.store, reviewId, 'rob');
      const reply = await h.call('GET', `${base}/rob/${frusso.id}/judgement`, { as: viewer });
      assert.equal(reply.status, 200);
      assert.deepEqual(
        [reply.body.study, reply.body.outcome, reply.body.variant, reply.body.complete],
        ['frusso-1999', 'cramps-per-week', 'crossover', true],
      );
      assert.deepEqual(
        reply.body.domains.map((d: { domain: string; proposed: string }) => [d.domain, d.proposed]),
        [
          ['D1', 'some-concerns'],
          ['D2', 'low'],
          ['DS', 'some-concerns'],
          ['D3', 'low'],
          ['D4', 'low'],
          ['D5', 'some-concerns'],
        ],
      );
      assert.deepEqual(reply.body.overall, { proposed: 'some-concerns', judgement: 'some-concerns' });
      const missing = await h.call('GET', `${base}/rob/nothing/judgement`, { as: viewer });
      assert.deepEqual([missing.status, missing.body.error.message], [404, 'there is no rob nothing']);
    });
  });
}
