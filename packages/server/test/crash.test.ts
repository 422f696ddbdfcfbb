/**
 * Durability: a decision the server acknowledged (200) is in the database even when the server dies the next moment.
 * The server runs in a child process; the test streams decisions at it from a few concurrent clients, kills it with
 * SIGKILL (no shutdown, nothing flushed) after about 300 acknowledgements, reopens the store and looks for every
 * acknowledged decision, with its value, version and audit entry.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, test } from 'node:test';
import { dropSchema, openStore } from '@evidens/store';
import { testDatabases } from '../../../test-support/databases.js';
import { seedScreening, spawnServer } from './support/child-server.js';

const CLIENTS = 6;
const KILL_AFTER = 300;
const RECORDS = 2000;

for (const database of await testDatabases()) {
  describe(`acknowledged decisions survive kill -9 on ${database.name}`, { skip: database.skip }, () => {
    test('every acknowledged decision is in the database after the crash', { timeout: 60_000 }, async () => {
      const location = database.location();
      const seedStore = await openStore(location.url, { schema: location.schema });
      const { reviewId, reviewers, recordIds } = await seedScreening(seedStore, CLIENTS, RECORDS);
      await seedStore.close();
      const server = await spawnServer(location);
      const acked = new Map<string, { reviewer: string; record: string; decision: string; version: number }>();
      let next = 0;
      let killed = false;
      let failures = 0;
      const client = async (i: number) => {
        const reviewer = reviewers[i];
        while (!killed && next < recordIds.length) {
          const record = recordIds[next++];
          const decision = next % 3 === 0 ? 'exclude' : 'include';
          try {
            const response = await fetch(
              `${server.url}/api/reviews/${reviewId}/screening/title-abstract/records/${record}`,
              {
                method: 'PUT',
                headers: reviewer.headers,
                body: JSON.stringify({ decision }),
              },
            );
            const body = (await response.json()) as { decision: { version: number } };
            if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body)}`);
            acked.set(`${reviewer.handle}/${record}`, {
              reviewer: reviewer.handle,
              record,
              decision,
              version: body.decision.version,
            });
          } catch (error) {
            if (!killed) throw error;
            failures++;
          }
          if (acked.size >= KILL_AFTER && !killed) {
            killed = true;
            server.kill9();
          }
        }
      };
      await Promise.all(reviewers.map((_, i) => client(i)));
      assert.equal(await server.exited, 'SIGKILL');
      assert.ok(acked.size >= KILL_AFTER, `${acked.size} acknowledged`);

      const store = await openStore(location.url, { schema: location.schema });
      try {
        const rows = await store.db
          .selectFrom('screening_decisions')
          .select(['reviewer', 'record_id', 'decision', 'version'])
          .where('review_id', '=', reviewId)
          .execute();
        const stored = new Map(rows.map((r) => [`${r.reviewer}/${r.record_id}`, r]));
        const audited = new Set(
          (
            await store.db
              .selectFrom('audit_log')
              .select('entity_id')
              .where('review_id', '=', reviewId)
              .where('entity', '=', 'screening_decision')
              .execute()
          ).map((r) => r.entity_id),
        );
        const missing = [...acked.entries()].filter(([key, ack]) => {
          const row = stored.get(key);
          return !row || row.decision !== ack.decision || Number(row.version) !== ack.version;
        });
        assert.deepEqual(missing, [], `${missing.length} of ${acked.size} acknowledged decisions lost`);
        for (const ack of acked.values())
          assert.ok(audited.has(`${ack.record}/title-abstract/${ack.reviewer}`), `no audit entry for ${ack.record}`);
        // Decisions in flight at the kill may have landed without an answer; nothing else may have.
        assert.ok(rows.length >= acked.size && rows.length <= acked.size + CLIENTS, `${rows.length} stored`);
        console.log(`# ${database.name}: ${acked.size} acknowledged, ${rows.length} stored, ${failures} cut off`);
      } finally {
        await store.close();
        if (location.schema) await dropSchema(location.url, location.schema);
        else rmSync(dirname(location.url), { recursive: true, force: true });
      }
    });
  });
}
