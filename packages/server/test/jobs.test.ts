import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { failInterruptedJobs, JobError, jobsSettled, runJob, SESSION_COOKIE } from '@evidens/server';
import { createJob, getJob, updateJob } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness, type TestUser } from './support/harness.js';

/** A promise and its resolve, to let a job go on when the test says so. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

for (const database of await testDatabases()) {
  describe(`jobs on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let owner: TestUser;
    let stranger: TestUser;
    let reviewId: string;
    before(async () => {
      h = await harness(database, 'team');
      owner = await h.user('Owner');
      stranger = await h.user('Stranger');
      reviewId = await h.review('Jobs', owner);
    });
    after(async () => {
      await jobsSettled();
      if (h) await h.close();
    });
    const options = () => ({
      store: h.store,
      mode: h.mode,
      secureCookies: false,
      sessionSeconds: 60,
      now: () => new Date(),
    });

    test('a job goes queued → running → done, with its result', async () => {
      const job = await runJob(options(), { reviewId, kind: 'test', actor: owner.id }, async (report) => {
        report(0.5, 'half way');
        return { answer: 42 };
      });
      assert.equal(job.status, 'queued');
      await jobsSettled();
      const reply = await h.call('GET', `/api/jobs/${job.id}`, { as: owner });
      assert.equal(reply.status, 200);
      const { createdAt, updatedAt, ...rest } = reply.body.job;
      assert.deepEqual(rest, {
        id: job.id,
        reviewId,
        kind: 'test',
        status: 'done',
        progress: 1,
        message: 'half way',
        result: { answer: 42 },
        error: null,
        createdBy: owner.id,
      });
      assert.ok(updatedAt >= createdAt);
    });

    test("a user's mistake is kept as {code, message}; an internal fault says nothing of itself", async () => {
      const mistake = await runJob(options(), { reviewId, kind: 'test', actor: owner.id }, async () => {
        throw new JobError('unknown_format', 'x.txt: the content matches no known format');
      });
      const fault = await runJob(options(), { reviewId, kind: 'test', actor: owner.id }, async () => {
        throw new TypeError('secret internals at /srv/evidens');
      });
      const logged = console.error;
      console.error = () => {};
      try {
        await jobsSettled();
      } finally {
        console.error = logged;
      }
      const a = await getJob(h.store.db, mistake.id);
      assert.deepEqual(
        [a?.status, a?.error],
        ['failed', { code: 'unknown_format', message: 'x.txt: the content matches no known format' }],
      );
      const b = await getJob(h.store.db, fault.id);
      assert.deepEqual(
        [b?.status, b?.error],
        ['failed', { code: 'internal', message: 'something went wrong on the server' }],
      );
    });

    test('the event stream sends each progress and then the end', async () => {
      const steps = [gate(), gate()];
      const job = await runJob(options(), { reviewId, kind: 'test', actor: owner.id }, async (report) => {
        report(0.25, 'first quarter');
        await steps[0].wait;
        await new Promise((r) => setTimeout(r, 300));
        report(0.75, 'three quarters');
        await steps[1].wait;
        return { ok: true };
      });
      const response = await h.app.request(`/api/jobs/${job.id}/events`, {
        headers: { cookie: `${SESSION_COOKIE}=${owner.token}` },
      });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      const until = async (pattern: RegExp) => {
        while (!pattern.test(text)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended before ${pattern}: ${text}`);
          text += new TextDecoder().decode(value);
        }
      };
      await until(/"message":"first quarter"/);
      steps[0].open();
      await until(/"message":"three quarters"/);
      steps[1].open();
      await until(/event: end/);
      const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n/g)].map((m) => [m[1], JSON.parse(m[2])]);
      const progress = events.filter(([e]) => e === 'progress').map(([, j]) => [j.progress, j.message]);
      assert.deepEqual(progress.slice(-2), [
        [0.25, 'first quarter'],
        [0.75, 'three quarters'],
      ]);
      const [last, final] = events[events.length - 1];
      assert.deepEqual([last, final.status, final.progress, final.result], ['end', 'done', 1, { ok: true }]);
      assert.equal((await reader.read()).done, true);
    });

    test('jobs a stopped server left running are marked failed on start', async () => {
      const left = await createJob(h.store.db, { reviewId, kind: 'import', createdBy: owner.id });
      await updateJob(h.store.db, left.id, { status: 'running', progress: 0.4 });
      const finished = await createJob(h.store.db, { reviewId, kind: 'import', createdBy: owner.id });
      await updateJob(h.store.db, finished.id, { status: 'done', progress: 1 });
      assert.ok((await failInterruptedJobs(h.store)) >= 1);
      const job = await getJob(h.store.db, left.id);
      assert.deepEqual(
        [job?.status, job?.progress, job?.error],
        [
          'failed',
          0.4,
          { code: 'interrupted', message: 'the server stopped while this job was running; start it again' },
        ],
      );
      assert.equal((await getJob(h.store.db, finished.id))?.status, 'done');
    });

    test('who may see a job: 401 without a session, 404 for a stranger and for no such job', async () => {
      const job = await createJob(h.store.db, { reviewId, kind: 'import', createdBy: owner.id });
      const anonymous = await h.call('GET', `/api/jobs/${job.id}`);
      assert.deepEqual(
        [anonymous.status, anonymous.body],
        [401, { error: { code: 'unauthenticated', message: 'sign in first' } }],
      );
      for (const path of [`/api/jobs/${job.id}`, `/api/jobs/${job.id}/events`]) {
        const reply = await h.call('GET', path, { as: stranger });
        assert.deepEqual(
          [reply.status, reply.body],
          [404, { error: { code: 'not_found', message: `there is no job ${job.id}` } }],
        );
      }
      const none = await h.call('GET', '/api/jobs/nope', { as: owner });
      assert.deepEqual(
        [none.status, none.body],
        [404, { error: { code: 'not_found', message: 'there is no job nope' } }],
      );
      await updateJob(h.store.db, job.id, { status: 'failed' });
    });
  });
}
