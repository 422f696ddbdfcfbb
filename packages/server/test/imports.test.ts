import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { folderInMemory } from '@evidens/review';
import { jobsSettled } from '@evidens/server';
import { exportFiles, importFolder } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { repoRoot, sharedOrSkip } from '../../../test-support/shared-data.js';
import { type Harness, harness, type TestUser, teamReview } from './support/harness.js';

const PUBMED_JSONL = readFileSync(join(repoRoot, 'examples/magnesium-leg-cramps/records/pubmed.jsonl'));
const BROKEN_RIS = 'TY  - JOUR\nTI  - One\nER  - \nTY  - JOUR\nTI  - Two\nPY  - 20x9\nER  - \n';

for (const database of await testDatabases()) {
  describe(`imports on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let viewer: TestUser;
    let stranger: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      ({ owner, viewer, stranger, reviewId } = await teamReview(h, 'Magnesium'));
      // A clock in the past: the sessions (made in real time) stay valid, and dates are fixed.
      h.setNow(new Date('2025-01-15T10:00:00Z'));
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });

    const upload = (file: string, raw: string | Uint8Array, as: TestUser = owner, search?: string, again = false) =>
      h.call(
        'POST',
        `/api/reviews/${reviewId}/imports?file=${encodeURIComponent(file)}${search ? `&search=${search}` : ''}${again ? '&again=1' : ''}`,
        { raw, contentType: 'application/octet-stream', as },
      );

    async function finished(jobId: string) {
      await jobsSettled();
      const reply = await h.call('GET', `/api/jobs/${jobId}`, { as: owner });
      assert.equal(reply.status, 200);
      return reply.body.job;
    }

    test('an export file becomes a job that stores the file, its records and a new search', async () => {
      const reply = await upload('pubmed.jsonl', PUBMED_JSONL);
      assert.equal(reply.status, 202);
      assert.equal(reply.body.job.status, 'queued');
      assert.equal(reply.body.job.kind, 'import');
      const job = await finished(reply.body.job.id);
      assert.equal(job.status, 'done');
      assert.equal(job.progress, 1);
      assert.deepEqual(job.result, {
        file: 'records/pubmed.jsonl',
        format: 'jsonl',
        searchId: 'pubmed',
        read: 29,
        added: 29,
        renamed: 0,
        issues: [],
        issueCount: 0,
      });
      const searches = await h.call('GET', `/api/reviews/${reviewId}/searches`, { as: viewer });
      assert.deepEqual(searches.body.searches, [
        {
          id: 'pubmed',
          source: 'pubmed.jsonl',
          kind: 'database',
          date: '2025-01-15',
          hits: 29,
          records: ['records/pubmed.jsonl'],
          stored: 29,
        },
      ]);
      const review = await h.store.db
        .selectFrom('reviews')
        .select('version')
        .where('id', '=', reviewId)
        .executeTakeFirstOrThrow();
      assert.equal(review.version, 2);
      const file = await h.store.db
        .selectFrom('review_files')
        .selectAll()
        .where('review_id', '=', reviewId)
        .executeTakeFirstOrThrow();
      assert.equal(file.path, 'records/pubmed.jsonl');
      assert.equal(file.encoding, 'utf8');
      assert.equal(file.content, PUBMED_JSONL.toString('utf8'));
    });

    test('the same file again is refused, naming the copy the review has, unless asked for again', async () => {
      const refused = await upload('pubmed-again.jsonl', PUBMED_JSONL, owner, 'pubmed');
      assert.equal(refused.status, 409);
      assert.deepEqual(refused.body, {
        error: {
          code: 'exists',
          message:
            'this file is in the review already, as records/pubmed.jsonl; import it again only if the same export should count twice',
          details: { file: 'records/pubmed.jsonl' },
        },
      });
      const bad = await upload('pubmed.jsonl', PUBMED_JSONL, owner, 'pubmed', false);
      assert.equal(bad.status, 409);
      const wrong = await h.call('POST', `/api/reviews/${reviewId}/imports?file=x.jsonl&again=yes`, {
        raw: PUBMED_JSONL,
        contentType: 'application/octet-stream',
        as: owner,
      });
      assert.deepEqual([wrong.status, wrong.body.error.message], [422, 'the again parameter must be 1 or 0 (got yes)']);
      // Nothing was stored by the refusals.
      const searches = await h.call('GET', `/api/reviews/${reviewId}/searches`, { as: owner });
      assert.deepEqual(searches.body.searches[0].records, ['records/pubmed.jsonl']);
      // The stored file carries the hash of its bytes; one stored without it is hashed when compared.
      const row = () =>
        h.store.db
          .selectFrom('review_files')
          .select('digest')
          .where('review_id', '=', reviewId)
          .where('path', '=', 'records/pubmed.jsonl')
          .executeTakeFirstOrThrow();
      assert.match((await row()).digest ?? '', /^sha256:[0-9a-f]{64}$/);
      await h.store.db
        .updateTable('review_files')
        .set({ digest: null })
        .where('review_id', '=', reviewId)
        .where('path', '=', 'records/pubmed.jsonl')
        .execute();
      assert.equal((await upload('pubmed-3.jsonl', PUBMED_JSONL, owner, 'pubmed')).status, 409);
    });

    test('the same file again, asked for, is stored beside the first, its records kept under their places', async () => {
      const reply = await upload('pubmed.jsonl', PUBMED_JSONL, owner, 'pubmed', true);
      const job = await finished(reply.body.job.id);
      assert.equal(job.status, 'done');
      assert.equal(job.result.file, 'records/pubmed-2.jsonl');
      assert.equal(job.result.searchId, 'pubmed');
      // Every record is kept, so that the search's 29 hits are 29 records; the PMIDs were taken, so each record's id
      // is its place in the new file, and deduplication pairs them with the first file's.
      assert.deepEqual([job.result.read, job.result.added, job.result.renamed], [29, 29, 29]);
      const listed = await h.call('GET', `/api/reviews/${reviewId}/records?limit=100`, { as: owner });
      const copies = listed.body.items.filter((r: { id: string }) => r.id.startsWith('pubmed-2.jsonl#'));
      assert.equal(copies.length, 29);
      const first = listed.body.items.find((r: { id: string }) => r.id === 'pubmed-2.jsonl#1');
      const original = listed.body.items.find(
        (r: { id: string; pmid: string | null }) => r.id !== first.id && r.pmid === first.pmid,
      );
      assert.ok(original, 'the first file holds a record with the same PMID');
      const searches = await h.call('GET', `/api/reviews/${reviewId}/searches`, { as: owner });
      assert.deepEqual(searches.body.searches[0].records, ['records/pubmed.jsonl', 'records/pubmed-2.jsonl']);
      assert.equal(searches.body.searches[0].stored, 58);
    });

    test('problems in a file are listed with their line, and the readable records are stored', async () => {
      const job = await finished((await upload('broken.ris', BROKEN_RIS)).body.job.id);
      assert.equal(job.status, 'done');
      assert.deepEqual(job.result, {
        file: 'records/broken.ris',
        format: 'ris',
        searchId: 'broken',
        read: 2,
        added: 2,
        renamed: 0,
        issues: [
          {
            code: 'bad_value',
            severity: 'warning',
            message: 'line 6: PY "20x9" holds no year; left out of year (kept in raw)',
            line: 6,
            record: 2,
          },
        ],
        issueCount: 1,
      });
    });

    test('a file in no known format fails the job with the reason, and stores nothing', async () => {
      const job = await finished((await upload('notes.txt', 'this is not a bibliography\njust text\n')).body.job.id);
      assert.equal(job.status, 'failed');
      assert.deepEqual(job.error, {
        code: 'unknown_format',
        message:
          'notes.txt: the content matches no known format (medline, pubmed-xml, ris, bibtex, endnote-xml, wos, wos-tab, csv, csljson, jsonl)',
      });
      assert.equal(job.result, null);
      const files = await h.store.db
        .selectFrom('review_files')
        .select('path')
        .where('path', '=', 'records/notes.txt')
        .execute();
      assert.deepEqual(files, []);
    });

    test('real exports from other tools: MEDLINE text and RIS', async (t) => {
      const medline = sharedOrSkip(t, 'parsers/biopython/pubmed_result2.txt');
      const ris = sharedOrSkip(t, 'parsers/colandr/example.ris');
      if (!medline || !ris) return;
      const a = await finished((await upload('pubmed_result2.txt', readFileSync(medline))).body.job.id);
      assert.deepEqual([a.status, a.result.format, a.result.read, a.result.added], ['done', 'medline', 4, 4]);
      const b = await finished((await upload('example.ris', readFileSync(ris))).body.job.id);
      assert.deepEqual([b.status, b.result.format, b.result.read, b.result.added], ['done', 'ris', 4, 4]);
      const records = await h.call('GET', `/api/reviews/${reviewId}/records?search=pubmed_result2&limit=10`, {
        as: owner,
      });
      assert.deepEqual(
        records.body.items.map((r: { id: string }) => r.id),
        ['16403221', '16377612', '14871861', '14630660'],
      );
    });

    test('records with an id taken, in the file or the review, are kept under their place in the file', async () => {
      const ris =
        'TY  - JOUR\nID  - 7\nTI  - Seven\nER  - \n\nTY  - JOUR\nID  - 7\nTI  - Another seven\nER  - \n\n' +
        'TY  - JOUR\nTI  - Without an id\nER  - \n';
      const first = await finished((await upload('twice.ris', ris)).body.job.id);
      assert.deepEqual(
        [first.result.file, first.result.read, first.result.added, first.result.renamed],
        ['records/twice.ris', 3, 3, 1],
      );
      const second = await finished((await upload('twice.ris', ris, owner, undefined, true)).body.job.id);
      // '7' is the first file's; the second file's records all take their own places in it.
      assert.deepEqual([second.result.file, second.result.added, second.result.renamed], ['records/twice-2.ris', 3, 2]);
      const idsOf = async (search: string) =>
        (
          await h.call('GET', `/api/reviews/${reviewId}/records?search=${search}&limit=10`, { as: owner })
        ).body.items.map((r: { id: string }) => r.id);
      assert.deepEqual(await idsOf(first.result.searchId), ['7', 'twice.ris#2', 'twice.ris#3']);
      assert.deepEqual(await idsOf(second.result.searchId), ['twice-2.ris#1', 'twice-2.ris#2', 'twice-2.ris#3']);
      // The review's folder, read back, gives every record the id it has here.
      // A copy stored as twice-2.ris is read after twice.ris from a folder, as it came here; early.ris is read first.
      assert.equal((await exportFiles(h.store, reviewId)).get('record-ids.csv'), undefined);
      const early = await finished((await upload('early.ris', ris, owner, undefined, true)).body.job.id);
      assert.deepEqual(await idsOf(early.result.searchId), ['early.ris#1', 'early.ris#2', 'early.ris#3']);
      const files = await exportFiles(h.store, reviewId);
      // So the folder lists the two ids that reading its files in order would give otherwise.
      assert.equal(
        files.get('record-ids.csv'),
        'file,record,id\nrecords/early.ris,1,early.ris#1\nrecords/twice.ris,1,7\n',
      );
      const text = new Map([...files].map(([path, data]) => [path, typeof data === 'string' ? data : '']));
      // The test's review was made without outcomes, which a folder must list.
      text.set('review.yaml', `${text.get('review.yaml')}outcomes: []\n`);
      const copy = await importFolder(h.store, folderInMemory('copy', text), { actor: 'system' });
      const stored = async (id: string) =>
        (await h.store.db.selectFrom('records').select('id').where('review_id', '=', id).orderBy('id').execute()).map(
          (r) => r.id,
        );
      const mine = (id: string) => id === '7' || id.startsWith('twice') || id.startsWith('early');
      const here = (await stored(reviewId)).filter(mine);
      const there = (await stored(copy.reviewId)).filter(mine);
      assert.deepEqual(there, here);
      assert.equal(here.length, 9);
    });

    test('a body over the limit is refused with 413 before it is read', async () => {
      const reply = await h.call('POST', `/api/reviews/${reviewId}/imports?file=big.ris`, {
        as: owner,
        raw: 'TY  - JOUR\nER  - \n',
        headers: { 'content-length': String(300 * 1024 * 1024) },
      });
      assert.equal(reply.status, 413);
      assert.deepEqual(reply.body, {
        error: { code: 'payload_too_large', message: 'the file is larger than the 200 MB allowed' },
      });
    });

    test('a missing file name, an unknown search and an empty body are 422', async () => {
      const noName = await h.call('POST', `/api/reviews/${reviewId}/imports`, { as: owner, raw: BROKEN_RIS });
      assert.equal(noName.status, 422);
      assert.deepEqual(noName.body, {
        error: {
          code: 'invalid',
          message: 'file: give the file name as ?file=NAME (no slashes, at most 200 characters)',
        },
      });
      const slash = await upload('../x.ris', BROKEN_RIS);
      assert.equal(slash.status, 422);
      const search = await upload('x.ris', BROKEN_RIS, owner, 'embase');
      assert.deepEqual(
        [search.status, search.body],
        [422, { error: { code: 'invalid', message: 'search: there is no search embase in the protocol' } }],
      );
      const empty = await upload('x.ris', '');
      assert.deepEqual(
        [empty.status, empty.body],
        [422, { error: { code: 'invalid', message: 'the body is empty: send the export file as the body' } }],
      );
    });

    test('who may import: 401 without a session, 403 csrf, 404 for a stranger, 403 for a viewer', async () => {
      const anonymous = await h.call('POST', `/api/reviews/${reviewId}/imports?file=x.ris`, { raw: BROKEN_RIS });
      assert.deepEqual(
        [anonymous.status, anonymous.body],
        [401, { error: { code: 'unauthenticated', message: 'sign in first' } }],
      );
      const csrf = await h.call('POST', `/api/reviews/${reviewId}/imports?file=x.ris`, {
        as: owner,
        csrf: false,
        raw: BROKEN_RIS,
      });
      assert.deepEqual([csrf.status, csrf.body.error.code], [403, 'csrf']);
      const stranger404 = await upload('x.ris', BROKEN_RIS, stranger);
      assert.deepEqual(
        [stranger404.status, stranger404.body],
        [404, { error: { code: 'not_found', message: `there is no review ${reviewId}` } }],
      );
      const viewer403 = await upload('x.ris', BROKEN_RIS, viewer);
      assert.deepEqual(
        [viewer403.status, viewer403.body],
        [403, { error: { code: 'forbidden', message: 'this needs the reviewer role in the review (you are viewer)' } }],
      );
      const again = await upload('y.ris', BROKEN_RIS, owner, undefined, true);
      const job = await h.call('GET', `/api/jobs/${again.body.job.id}`, { as: stranger });
      assert.equal(job.status, 404);
    });
  });
  describe(`imports in single-user mode on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    before(async () => {
      h = await harness(database, 'single');
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });

    test('the local user imports without a session, and the job is theirs', async () => {
      const reviewId = await h.review('Local');
      const reply = await h.call('POST', `/api/reviews/${reviewId}/imports?file=pubmed.jsonl`, { raw: PUBMED_JSONL });
      assert.equal(reply.status, 202);
      assert.equal(reply.body.job.createdBy, 'local');
      await jobsSettled();
      const job = (await h.call('GET', `/api/jobs/${reply.body.job.id}`)).body.job;
      assert.deepEqual([job.status, job.result.added], ['done', 29]);
    });
  });
}
