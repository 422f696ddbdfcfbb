// NCBI's usage policy, measured on a virtual clock so the tests run instantly and the times are exact: at most 3
// requests per second without an API key and 10 with one (NLM support article KA-05510), retries with exponential
// backoff on 429, 5xx and network failures, Retry-After honoured, a typed error when the retries run out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  PubmedClient,
  type PubmedClientOptions,
  PubmedError,
  RateLimiter,
  type RecordedAnswer,
  recordedTransport,
  virtualClock,
} from '../src/pubmed/index.js';
import { backoffDelay, DEFAULT_RETRY, retryAfterMs } from '../src/pubmed/retry.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/eutils/${name}`, import.meta.url), 'utf8');

const START = Date.parse('2025-03-01T09:00:00Z');
const OK: RecordedAnswer = { body: fixture('esearch-magnesium.json') };
const RATE_LIMITED = fixture('rate-limited.json');
const SERVER_ERROR = fixture('server-error.html');

function setup(esearch: RecordedAnswer[], options: Partial<PubmedClientOptions> = {}) {
  const clock = virtualClock(START);
  const transport = recordedTransport({ esearch }, clock);
  const client = new PubmedClient({
    tool: 'evidens-test',
    email: 'reviewer@example.org',
    transport,
    clock,
    ...options,
  });
  const times = () => transport.requests.map((r) => (r.at ?? Number.NaN) - START);
  return { clock, transport, client, times };
}

/** The most request starts that fall in any one-second window. */
function busiestSecond(times: number[]): number {
  return Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
}

const gaps = (times: number[]): number[] => times.slice(1).map((t, i) => t - times[i]);

const unexpectedFetches: string[] = [];
let realFetch: typeof fetch;
before(() => {
  realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    unexpectedFetches.push(String(input));
    throw new TypeError('fetch failed', { cause: new Error('network disabled in tests') });
  };
});
after(() => {
  globalThis.fetch = realFetch;
  assert.deepEqual(unexpectedFetches, [], 'a test reached global fetch');
});

describe('request rate', () => {
  it('starts at most 3 requests in any second without an API key', async () => {
    const { client, times } = setup(Array(10).fill(OK));
    for (let i = 0; i < 10; i++) await client.search({ term: 'magnesium' });
    assert.deepEqual(times(), [0, 334, 668, 1002, 1336, 1670, 2004, 2338, 2672, 3006]);
    assert.equal(busiestSecond(times()), 3);
  });

  it('starts at most 10 requests in any second with an API key', async () => {
    const { client, times } = setup(Array(25).fill(OK), { apiKey: 'a1b2c3d4e5' });
    for (let i = 0; i < 25; i++) await client.search({ term: 'magnesium' });
    assert.ok(gaps(times()).every((g) => g === 100));
    assert.equal(busiestSecond(times()), 10);
    assert.equal(times()[10], 1000, 'the 11th request waits for the next second');
  });

  it('keeps to a lower rate when asked', async () => {
    const { client, times } = setup(Array(3).fill(OK), { requestsPerSecond: 1 });
    for (let i = 0; i < 3; i++) await client.search({ term: 'magnesium' });
    assert.deepEqual(times(), [0, 1000, 2000]);
  });

  it('does not wait when the last request is long past', async () => {
    const { clock, client, times } = setup([OK, OK]);
    await client.search({ term: 'magnesium' });
    clock.advance(5000);
    await client.search({ term: 'magnesium' });
    assert.deepEqual(times(), [0, 5000]);
  });

  it('hands out slots in call order to concurrent callers', async () => {
    const clock = virtualClock(0);
    const limiter = new RateLimiter(clock, 3);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.acquire().then(() => order.push(i))));
    assert.deepEqual(order, [0, 1, 2, 3]);
    assert.equal(limiter.spacingMs, 334);
  });
});

describe('retries and backoff', () => {
  it('retries a 500 and returns the answer that follows', async () => {
    const { transport, client, times } = setup([{ status: 500, body: SERVER_ERROR }, OK]);
    const search = await client.search({ term: 'magnesium' });
    assert.equal(search.count, 5);
    assert.equal(transport.requests.length, 2);
    assert.deepEqual(times(), [0, 1000], 'one backoff of 1 s');
  });

  it('doubles the wait on each retry', async () => {
    const failing = Array.from({ length: 4 }, () => ({ status: 503, body: SERVER_ERROR }));
    const { times } = await run([...failing, OK]);
    assert.deepEqual(gaps(times), [1000, 2000, 4000, 8000]);
  });

  it('honours Retry-After in seconds on a 429', async () => {
    const { times } = await run([{ status: 429, headers: { 'retry-after': '3' }, body: RATE_LIMITED }, OK]);
    assert.deepEqual(times, [0, 3000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(START + 7000).toUTCString();
    const { times } = await run([{ status: 503, headers: { 'retry-after': at }, body: SERVER_ERROR }, OK]);
    assert.deepEqual(times, [0, 7000]);
  });

  it('keeps its own backoff when Retry-After asks for less', async () => {
    const { times } = await run([{ status: 429, headers: { 'retry-after': '0' }, body: RATE_LIMITED }, OK]);
    assert.deepEqual(times, [0, 1000]);
  });

  it("treats NCBI's rate-limit message in a 200 answer as a 429", async () => {
    const { times } = await run([{ status: 200, body: RATE_LIMITED }, OK]);
    assert.deepEqual(times, [0, 1000]);
  });

  it('retries a network failure', async () => {
    const { times } = await run([{ networkError: 'read ECONNRESET' }, OK]);
    assert.deepEqual(times, [0, 1000]);
  });

  it('gives up after N retries with the status and the URL without the API key', async () => {
    const failing = Array.from({ length: 3 }, () => ({ status: 502, body: SERVER_ERROR }));
    const { transport, client } = setup(failing, { apiKey: 'SECRETKEY', retries: 2 });
    await assert.rejects(client.search({ term: 'magnesium' }), (error: unknown) => {
      assert.ok(error instanceof PubmedError);
      assert.equal(error.code, 'http_error');
      assert.equal(error.status, 502);
      assert.equal(error.attempts, 3);
      assert.equal(
        error.url,
        'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=magnesium&usehistory=y&retmode=json' +
          '&retmax=20&tool=evidens-test&email=reviewer%40example.org',
      );
      assert.match(error.message, /^PubMed answered HTTP 502 after 3 attempts \(https:\/\/eutils/);
      assert.doesNotMatch(error.message, /SECRETKEY|api_key/);
      return true;
    });
    assert.equal(transport.requests.length, 3);
    assert.ok(transport.requests.every((r) => r.params.some(([n, v]) => n === 'api_key' && v === 'SECRETKEY')));
  });

  it("gives up on a 429 with NCBI's message in the error", async () => {
    const { client } = setup([{ status: 429, body: RATE_LIMITED }], { retries: 0 });
    await assert.rejects(client.search({ term: 'magnesium' }), (error: unknown) => {
      assert.ok(error instanceof PubmedError);
      assert.equal(error.status, 429);
      assert.match(error.message, /^PubMed answered HTTP 429: API rate limit exceeded \(https:/);
      return true;
    });
  });

  it('does not retry a 400', async () => {
    const body = '{"esearchresult":{"ERROR":"Invalid query: term is malformed"}}';
    const { transport, client } = setup([{ status: 400, body }, OK]);
    await assert.rejects(client.search({ term: 'magnesium' }), (error: unknown) => {
      assert.ok(error instanceof PubmedError);
      assert.equal(error.code, 'http_error');
      assert.equal(error.attempts, 1);
      assert.match(error.message, /^PubMed answered HTTP 400: Invalid query: term is malformed \(/);
      return true;
    });
    assert.equal(transport.requests.length, 1);
  });

  it('gives up rather than wait longer than maxDelayMs for Retry-After', async () => {
    const { transport, client } = setup([{ status: 503, headers: { 'retry-after': '3600' }, body: SERVER_ERROR }, OK]);
    await assert.rejects(
      client.search({ term: 'magnesium' }),
      /PubMed answered HTTP 503; PubMed asked to wait 3600 s, longer than the 60 s allowed/,
    );
    assert.equal(transport.requests.length, 1);
  });

  it('counts an attempt that gets no answer in time as a network failure', async () => {
    const silent: RecordedAnswer = () => new Promise(() => {});
    const { client } = setup([silent, silent], { retries: 1, timeoutMs: 20 });
    await assert.rejects(client.search({ term: 'magnesium' }), (error: unknown) => {
      assert.ok(error instanceof PubmedError);
      assert.equal(error.code, 'pubmed_unreachable');
      assert.match(error.message, /^PubMed could not be reached: no answer within 20 ms \(2 attempts; https:/);
      return true;
    });
  });

  it('stops waiting and sends nothing more when cancelled during a backoff', async () => {
    const controller = new AbortController();
    const failThenCancel: RecordedAnswer = () => {
      controller.abort();
      return { status: 503, headers: {}, text: SERVER_ERROR };
    };
    const { transport, client } = setup([failThenCancel, OK]);
    await assert.rejects(client.search({ term: 'magnesium' }, { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(transport.requests.length, 1);
  });
});

describe('retry arithmetic', () => {
  it('reads Retry-After in seconds and as an HTTP date, and ignores nonsense', () => {
    assert.equal(retryAfterMs('3', 0), 3000);
    assert.equal(retryAfterMs(' 120 ', 0), 120_000);
    assert.equal(retryAfterMs('Sat, 01 Mar 2025 09:00:05 GMT', START), 5000);
    assert.equal(retryAfterMs('Sat, 01 Mar 2025 08:00:00 GMT', START), 0, 'a date in the past means now');
    assert.equal(retryAfterMs('soon', 0), undefined);
    assert.equal(retryAfterMs('1.5', 0), undefined);
    assert.equal(retryAfterMs(undefined, 0), undefined);
  });

  it('doubles from the base and stops at the cap', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelay(DEFAULT_RETRY, n)),
      [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000],
    );
  });
});

async function run(answers: RecordedAnswer[]) {
  const { client, times } = setup(answers);
  await client.search({ term: 'magnesium' });
  return { times: times() };
}
