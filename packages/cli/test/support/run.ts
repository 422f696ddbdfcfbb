/**
 * Runs the command line in-process, the way the bin does but with captured output: `main(argv, io)` with string
 * sinks for stdout and stderr, standard input from a string, and relative file names resolved in test/fixtures.
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/main.js';

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = Readable.from([Buffer.from(stdin)]);
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: input,
    cwd: fixtures,
  });
  return { code, stdout, stderr };
}

/** Runs with --json and returns the parsed object, failing the test on a non-zero exit. */
export async function runJson(argv: string[], stdin = ''): Promise<Record<string, unknown>> {
  const r = await run([...argv, '--json'], stdin);
  assert.equal(r.code, 0, `exit code 0 expected; stderr: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** Asserts exit code 1 and exactly one line on stderr, "error: …", containing every one of `parts`. */
export async function assertUserError(argv: string[], parts: string[], stdin = ''): Promise<string> {
  const r = await run(argv, stdin);
  assert.equal(r.code, 1, `exit code 1 expected, got ${r.code}; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one line on stderr, got: ${r.stderr}`);
  assert.match(lines[0], /^error: /);
  for (const p of parts) assert.ok(lines[0].includes(p), `"${p}" expected in: ${lines[0]}`);
  return lines[0];
}

/** |actual − expected| ≤ rel·|expected| (or ≤ 1e-10 near zero). */
export function assertClose(actual: unknown, expected: number, what: string, rel = 1e-6): void {
  assert.equal(typeof actual, 'number', `${what}: a number expected, got ${actual}`);
  const diff = Math.abs((actual as number) - expected);
  assert.ok(diff <= 1e-10 || diff <= rel * Math.abs(expected), `${what}: expected ${expected}, got ${actual}`);
}
