// Enforces the dependency direction of the workspaces (ARCHITECTURE.md): a package may import only the workspaces
// below it. Fails with the file and the offending import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What each workspace may import, by package name. */
const ALLOWED = {
  meta: [],
  biblio: [],
  screen: ['@evidens/biblio'],
  review: ['@evidens/meta', '@evidens/biblio'],
  report: ['@evidens/review', '@evidens/meta'],
  store: ['@evidens/review', '@evidens/biblio'],
  server: [
    '@evidens/store',
    '@evidens/review',
    '@evidens/meta',
    '@evidens/biblio',
    '@evidens/screen',
    '@evidens/report',
  ],
  web: ['@evidens/meta', '@evidens/review', '@evidens/report'],
  cli: [
    '@evidens/meta',
    '@evidens/biblio',
    '@evidens/screen',
    '@evidens/review',
    '@evidens/report',
    '@evidens/store',
    '@evidens/server',
  ],
};

/** What a workspace's tests may import besides: the web's end-to-end test starts the real server on a real store. */
const TEST_ALLOWED = { web: ['@evidens/server', '@evidens/store', '@evidens/biblio'] };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : files(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

const problems = [];
for (const pkg of readdirSync('packages')) {
  const own = pkg === 'cli' ? 'evidens' : `@evidens/${pkg}`;
  const allowed = ALLOWED[pkg] && [...ALLOWED[pkg], own];
  if (!allowed) {
    problems.push(`packages/${pkg}: not in the layer table of scripts/check-layers.mjs`);
    continue;
  }
  for (const dir of ['src', 'test']) {
    const root = join('packages', pkg, dir);
    try {
      statSync(root);
    } catch {
      continue;
    }
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](@evidens\/[a-z]+|evidens)['"]/g)) {
        const ok = allowed.includes(m[1]) || (dir === 'test' && (TEST_ALLOWED[pkg] ?? []).includes(m[1]));
        if (!ok) problems.push(`${file}: imports ${m[1]}, which packages/${pkg} may not use`);
      }
      for (const m of text.matchAll(/from\s+['"]((?:\.\.\/)+)([a-z]+)\//g)) {
        // A relative import that climbs out of the package into another one.
        const depth = m[1].length / 3;
        const here = file.split('/').length - 1 - 2; // folders below packages/<pkg>
        if (depth > here) problems.push(`${file}: reaches outside packages/${pkg} with a relative import`);
      }
    }
  }
}
if (problems.length > 0) {
  console.error(`layer check failed:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('layer check: dependencies point one way');
