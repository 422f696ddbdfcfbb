import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness } from './support/harness.js';

const MINUTE = 60_000;
const tooMany = (minutes: number) => ({
  error: { code: 'too_many_requests', message: `too many failed sign-ins; try again in ${minutes} minute(s)` },
});

for (const database of await testDatabases()) {
  describe(`login rate limit on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    let clock = new Date('2030-01-01T00:00:00.000Z');
    before(async () => {
      h = await harness(database, 'team');
      h.setNow(clock);
    });
    after(async () => {
      if (h) await h.close();
    });

    /** A login from a given client address: the socket address is what the limiter counts, as in production. */
    async function login(email: string, password: string, address: string) {
      const env = { incoming: { socket: { remoteAddress: address } } };
      const response = await h.app.request(
        '/api/auth/login',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) },
        env,
      );
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
    }
    const advance = (ms: number) => {
      clock = new Date(clock.getTime() + ms);
      h.setNow(clock);
    };

    test('five failures for one email: the sixth attempt is 429 even with the right password, until 15 minutes pass', async () => {
      const ann = await h.user('Ann');
      for (let i = 1; i <= 5; i++) {
        const reply = await login(ann.email, 'wrong password', `10.0.1.${i}`);
        assert.equal(reply.status, 401, `attempt ${i}`);
      }
      advance(MINUTE);
      const sixth = await login(ann.email, ann.password, '10.0.1.6');
      assert.equal(sixth.status, 429);
      assert.equal(sixth.retryAfter, '840');
      assert.deepEqual(sixth.body, tooMany(14));
      const otherCase = await login(ann.email.toUpperCase(), ann.password, '10.0.1.7');
      assert.equal(otherCase.status, 429, 'the email is counted without regard to case');
      advance(14 * MINUTE - 1000);
      assert.equal((await login(ann.email, ann.password, '10.0.1.6')).retryAfter, '1');
      advance(1000);
      assert.equal((await login(ann.email, ann.password, '10.0.1.6')).status, 200);
    });

    test('five failures from one address: the sixth is 429 for any email from it, other addresses go on', async () => {
      const ben = await h.user('Ben');
      for (let i = 1; i <= 5; i++) {
        const reply = await login(`guess${i}@example.org`, 'wrong password', '192.0.2.9');
        assert.equal(reply.status, 401, `attempt ${i}`);
      }
      const sixth = await login(ben.email, ben.password, '192.0.2.9');
      assert.equal(sixth.status, 429);
      assert.equal(sixth.retryAfter, '900');
      assert.deepEqual(sixth.body, tooMany(15));
      assert.equal((await login(ben.email, ben.password, '192.0.2.10')).status, 200);
      advance(15 * MINUTE);
    });

    test('a successful sign-in clears the count of its email', async () => {
      const cai = await h.user('Cai');
      for (let round = 0; round < 2; round++) {
        for (let i = 1; i <= 4; i++) assert.equal((await login(cai.email, 'wrong', `10.2.${round}.${i}`)).status, 401);
        assert.equal((await login(cai.email, cai.password, `10.2.${round}.9`)).status, 200, `round ${round}`);
      }
    });
  });
}
