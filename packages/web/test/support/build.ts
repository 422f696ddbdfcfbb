/** The built page the browser tests serve: packages/web/dist, rebuilt with Vite when a source is newer. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(WEB, 'dist');

/** Newest modification time under a directory. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const path = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the page unless dist/ is newer than every source file of the page. */
export function ensureBuilt(): void {
  const index = join(DIST, 'index.html');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  const vite = join(WEB, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js');
  const out = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: WEB, encoding: 'utf8' });
  assert.equal(out.status, 0, `vite build failed:\n${out.stderr}`);
}
