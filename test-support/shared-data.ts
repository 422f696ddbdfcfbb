/**
 * Access to the reference data beside the checkout (`../shared/data`, or `$EVIDENS_SHARED`), for every package's
 * tests. A test that needs it calls `sharedOrSkip`, which returns the path, or null after marking the test skipped
 * with the reason.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function sharedDataDir(): string {
  return process.env.EVIDENS_SHARED ?? join(repoRoot, '..', 'shared', 'data');
}

/** The path to a file or folder under the shared data folder, or null (test marked skipped) when it is not there. */
export function sharedOrSkip(t: TestContext, relative: string): string | null {
  const path = join(sharedDataDir(), relative);
  if (existsSync(path)) return path;
  t.skip(`reference data not found at ${path} (set EVIDENS_SHARED to the shared data folder)`);
  return null;
}
