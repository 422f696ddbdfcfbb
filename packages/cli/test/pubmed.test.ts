/**
 * `evidens search` and `evidens snowball` against recorded E-utilities answers (the biblio package's fixtures);
 * nothing here reaches the network.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type RecordedAnswer, recordedTransport } from '@evidens/biblio';
import { main } from '../src/main.js';

const eutils = join(dirname(fileURLToPath(import.meta.url)), '../../biblio/test/fixtures/eutils');
const answer = (file: string): RecordedAnswer => ({ body: readFileSync(join(eutils, file), 'utf8') });

async function run(
  argv: string[],
  answers: Parameters<typeof recordedTransport>[0],
  env = { EVIDENS_EMAIL: 'gp@example.org' },
) {
  let stdout = '';
  let stderr = '';
  const http = recordedTransport(answers);
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    cwd: mkdtempSync(join(tmpdir(), 'evidens-pubmed-')),
    pubmed: { transport: http, backoffMs: 0 },
    env,
  });
  return { code, stdout, stderr, http };
}

describe('evidens search pubmed', () => {
  test('--count: the count before anything is fetched, and the request names tool and email', async () => {
    const r = await run(['search', 'pubmed', 'magnesium AND cramp*', '--count'], {
      esearch: [answer('esearch-magnesium.json')],
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '5 records found for magnesium AND cramp*\n');
    const params = new Map(r.http.requests[0].params);
    assert.equal(params.get('tool'), 'evidens');
    assert.equal(params.get('email'), 'gp@example.org');
    assert.equal(r.http.requests.length, 1);
  });

  test('fetches the records into --out and prints the search record', async () => {
    const r = await run(['search', 'pubmed', 'magnesium AND cramp*', '--max', '2', '--out', 'found.jsonl', '--json'], {
      esearch: [answer('esearch-magnesium.json')],
      efetch: [answer('efetch-batch-1.xml')],
    });
    assert.equal(r.code, 0, r.stderr);
    const record = JSON.parse(r.stdout);
    assert.equal(record.database, 'pubmed');
    assert.equal(record.count, 5);
    assert.equal(record.fetched, 2);
    assert.match(record.queryTranslation, /magnesium/);
    assert.ok(record.date);
  });

  test('PubMed unreachable: one error line, exit 1', async () => {
    const failing = { esearch: Array.from({ length: 6 }, () => ({ networkError: 'getaddrinfo ENOTFOUND' })) };
    const r = await run(['search', 'pubmed', 'magnesium', '--count'], failing);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: PubMed could not be reached/);
  });

  test('without a contact address the search is refused before any request', async () => {
    const r = await run(['search', 'pubmed', 'magnesium', '--count'], {}, {} as { EVIDENS_EMAIL: string });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /contact e-mail address/);
    assert.equal(r.http.requests.length, 0);
  });

  test('a database other than pubmed is refused', async () => {
    const r = await run(['search', 'embase', 'magnesium'], {});
    assert.equal(r.code, 1);
    assert.match(r.stderr, /must be pubmed \(got embase\)/);
  });
});

describe('evidens snowball', () => {
  test('--refs lists the references of each PMID', async () => {
    const r = await run(['snowball', '21389075', '18760521', '--refs'], { elink: [answer('elink-refs.json')] });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^21389075 cites 4: 18760521 12011773 10907623 7631676$/m);
    assert.equal(new Map(r.http.requests[0].params).get('linkname'), 'pubmed_pubmed_refs');
  });

  test('--out fetches the linked records', async () => {
    const articles = ['efetch-batch-1.xml', 'efetch-batch-2.xml'].flatMap(
      (f) => readFileSync(join(eutils, f), 'utf8').match(/<PubmedArticle>[\s\S]*?<\/PubmedArticle>/g) ?? [],
    );
    const body = `<?xml version="1.0"?>\n<PubmedArticleSet>\n${articles.join('\n')}\n</PubmedArticleSet>\n`;
    const r = await run(['snowball', '21389075', '--refs', '--out', 'refs.jsonl', '--json'], {
      elink: [answer('elink-refs.json')],
      efetch: [{ body }],
    });
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.fetched, 4);
    assert.equal(out.links[0].linked.length, 4);
  });

  test('errors: both directions, no PMID, not a PMID', async () => {
    for (const [argv, message] of [
      [['snowball', '1', '--refs', '--cited-by'], /exactly one of --refs and --cited-by/],
      [['snowball', '--refs'], /at least one PMID/],
      [['snowball', 'abc', '--refs'], /not a PMID: abc/],
    ] as const) {
      const r = await run([...argv], {});
      assert.equal(r.code, 1);
      assert.match(r.stderr, message);
    }
  });
});
