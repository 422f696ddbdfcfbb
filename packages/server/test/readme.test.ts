import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createApp, openApiDocument } from '@evidens/server';
import { openStore } from '@evidens/store';

test("the package's README lists every route of the OpenAPI description, and no other", async () => {
  const store = await openStore(':memory:');
  try {
    const doc = openApiDocument(createApp({ store, mode: 'team' })) as { paths: Record<string, object> };
    const described = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const listed = [...readme.matchAll(/^\| [a-z]+ \| `([A-Z]+ \/api[^`]*)` \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(listed, described);
  } finally {
    await store.close();
  }
});
