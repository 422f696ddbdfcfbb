import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp } from '@evidens/server';
import { testDatabases } from '../../../test-support/databases.js';
import { type Harness, harness } from './support/harness.js';

for (const database of await testDatabases()) {
  describe(`the API core on ${database.name}`, { skip: database.skip }, () => {
    let h: Harness;
    before(async () => {
      h = await harness(database, 'team');
    });
    after(async () => {
      if (h) await h.close();
    });

    test('health answers without a session', async () => {
      const reply = await h.call('GET', '/api/health');
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, {
        ok: true,
        mode: 'team',
        database: database.name,
        roles: ['viewer', 'reviewer', 'owner'],
      });
    });

    test('an unknown route is a 404 in the error envelope', async () => {
      const reply = await h.call('GET', '/api/nothing-here');
      assert.equal(reply.status, 404);
      assert.deepEqual(reply.body, {
        error: { code: 'not_found', message: 'there is no route GET /api/nothing-here' },
      });
    });

    test('the OpenAPI description lists every declared route', async () => {
      const reply = await h.call('GET', '/api/openapi.json');
      assert.equal(reply.status, 200);
      assert.equal(reply.body.openapi, '3.1.0');
      assert.ok(reply.body.paths['/api/health'].get);
      assert.ok(reply.body.paths['/api/openapi.json'].get);
    });

    test('a state-changing request with a session but without its CSRF token is refused', async () => {
      const user = await h.user('Csrf');
      const reply = await h.call('POST', '/api/nothing-here', { as: user, csrf: false });
      assert.equal(reply.status, 403);
      assert.deepEqual(reply.body, {
        error: { code: 'csrf', message: "a state-changing request needs the session's CSRF token in x-csrf-token" },
      });
      const wrong = await h.call('POST', '/api/nothing-here', { as: user, csrf: 'not-the-token' });
      assert.equal(wrong.status, 403);
    });
  });
}

for (const database of await testDatabases()) {
  describe(`the built page on ${database.name}`, { skip: database.skip }, () => {
    test('the web root is served at /, the API beside it, and a missing file is a 404', async () => {
      const root = mkdtempSync(join(tmpdir(), 'evidens-web-'));
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>Evidens</title>');
      const store = await database.open();
      try {
        const app = createApp({ store, mode: 'single', webRoot: root });
        const page = await app.request('/');
        assert.equal(page.status, 200);
        assert.equal(await page.text(), '<!doctype html><title>Evidens</title>');
        assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
        assert.equal((await app.request('/api/health')).status, 200);
        const missing = await app.request('/no-such-file.js');
        assert.equal(missing.status, 404);
      } finally {
        await database.close(store);
      }
    });
  });
}
