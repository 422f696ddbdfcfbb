import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importFolder } from '@evidens/store';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

const MAGNESIUM = new URL('../../../examples/magnesium-leg-cramps', import.meta.url).pathname;
const TITLE = 'Magnesium mod natlige lægkramper';
const NAME = 'magnesium-mod-natlige-laegkramper';
const TITLE_EN = 'Magnesium for nocturnal leg cramps';

for (const database of await testDatabases()) {
  describe(`review folders and reports over HTTP on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      owner = await h.user('Owner');
      reviewId = (await importFolder(h.store, MAGNESIUM, { actor: 'system' })).reviewId;
      await h.member(reviewId, owner, 'owner', 'O');
    });
    after(async () => {
      if (h) await h.close();
    });

    test('folder.zip is the folder, sorted, with fixed dates: the same bytes every time', async () => {
      const first = await h.call('GET', `/api/reviews/${reviewId}/folder.zip`, { as: owner });
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'application/zip');
      assert.equal(first.headers.get('content-disposition'), `attachment; filename="${NAME}.zip"`);
      const bytes = new Uint8Array(
        await (
          await h.app.request(`/api/reviews/${reviewId}/folder.zip`, {
            headers: { cookie: `evidens_session=${owner.token}` },
          })
        ).arrayBuffer(),
      );
      const again = new Uint8Array(
        await (
          await h.app.request(`/api/reviews/${reviewId}/folder.zip`, {
            headers: { cookie: `evidens_session=${owner.token}` },
          })
        ).arrayBuffer(),
      );
      assert.deepEqual(bytes, again);
      assert.deepEqual(Object.keys(unzipSync(bytes)), [
        `${NAME}/README.md`,
        `${NAME}/data.yaml`,
        `${NAME}/grade.yaml`,
        `${NAME}/records/cochrane-lists.jsonl`,
        `${NAME}/records/pubmed.jsonl`,
        `${NAME}/records/reference-lists.jsonl`,
        `${NAME}/review.yaml`,
        `${NAME}/rob.yaml`,
        `${NAME}/screening.csv`,
        `${NAME}/studies.yaml`,
      ]);
    });

    test('the zip imported again gives the same model, and the importer owns it', async () => {
      const zip = new Uint8Array(
        await (
          await h.app.request(`/api/reviews/${reviewId}/folder.zip`, {
            headers: { cookie: `evidens_session=${owner.token}` },
          })
        ).arrayBuffer(),
      );
      const importer = await h.user('Ida Møller Riis');
      const reply = await h.call('POST', '/api/reviews/import', {
        as: importer,
        raw: zip,
        contentType: 'application/zip',
      });
      assert.equal(reply.status, 201);
      assert.deepEqual(reply.body, { reviewId: reply.body.reviewId, issues: [] });
      const copy = await h.call('GET', `/api/reviews/${reply.body.reviewId}`, { as: importer });
      assert.deepEqual([copy.body.role, copy.body.handle, copy.body.title], ['owner', 'IMR', TITLE]);
      const model = async (id: string, as: TestUser) => {
        const { body } = await h.call('GET', `/api/reviews/${id}/model`, { as });
        return { ...body, review: { ...body.review, dir: undefined } };
      };
      assert.deepEqual(await model(reply.body.reviewId, importer), await model(reviewId, owner));
    });

    test('an upload that is not a zip, or a folder with errors, is refused', async () => {
      const notZip = await h.call('POST', '/api/reviews/import', {
        as: owner,
        raw: 'hello',
        contentType: 'application/zip',
      });
      assert.equal(notZip.status, 400);
      assert.deepEqual(notZip.body, { error: { code: 'bad_request', message: 'the body is not a readable zip file' } });
      const json = await h.call('POST', '/api/reviews/import', { as: owner, body: { a: 1 } });
      assert.equal(json.status, 400);
      const broken = zipSync({ 'review.yaml': strToU8('title: Broken\nlanguage: fr\noutcomes: []\n') });
      const reply = await h.call('POST', '/api/reviews/import', {
        as: owner,
        raw: broken,
        contentType: 'application/zip',
      });
      assert.equal(reply.status, 422);
      assert.equal(reply.body.error.code, 'invalid');
      assert.match(reply.body.error.details[0].message, /^review\.yaml line 2: language must be one of da, en/);
    });

    const docxText = async (query: string) => {
      const response = await h.app.request(`/api/reviews/${reviewId}/report?${query}`, {
        headers: { cookie: `evidens_session=${owner.token}` },
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    };

    for (const [format, type] of [
      ['html', 'text/html; charset=utf-8'],
      ['md', 'text/markdown; charset=utf-8'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]) {
      test(`the ${format} report has its content type, a file name and the title, in either language`, async () => {
        const reply = await h.call('GET', `/api/reviews/${reviewId}/report?format=${format}`, { as: owner });
        assert.equal(reply.status, 200);
        assert.equal(reply.headers.get('content-type'), type);
        assert.equal(reply.headers.get('content-disposition'), `attachment; filename="${NAME}.${format}"`);
        const english = await h.call('GET', `/api/reviews/${reviewId}/report?format=${format}&lang=en`, { as: owner });
        assert.equal(english.status, 200);
        assert.equal(
          english.headers.get('content-disposition'),
          `attachment; filename="magnesium-for-nocturnal-leg-cramps.${format}"`,
        );
        const [da, en] =
          format === 'docx'
            ? [await docxText('format=docx'), await docxText('format=docx&lang=en')]
            : [reply.text, english.text];
        assert.ok(da.includes(TITLE), `the Danish ${format} report names ${TITLE}`);
        assert.ok(en.includes(TITLE_EN), `the English ${format} report names ${TITLE_EN}`);
        assert.ok(!en.includes(TITLE));
      });
    }

    test('a report format or language outside the lists is 422', async () => {
      const reply = await h.call('GET', `/api/reviews/${reviewId}/report?format=pdf`, { as: owner });
      assert.deepEqual(reply.body, {
        error: { code: 'invalid', message: 'format must be one of html, md, docx (got pdf)' },
      });
      const lang = await h.call('GET', `/api/reviews/${reviewId}/report?lang=de`, { as: owner });
      assert.deepEqual(lang.body.error.message, 'lang must be one of da, en (got de)');
    });
  });
}
