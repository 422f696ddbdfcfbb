// The E-utilities client against recorded answers (test/fixtures/eutils, hand-written from NCBI's documented
// formats): the requests it sends, parameter by parameter, what it makes of the answers, and that it cannot reach the
// network from a test. Record contents are checked only when the pubmed-xml reader is registered.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it, type TestContext } from 'node:test';
import {
  fetchTransport,
  PubmedClient,
  type PubmedClientOptions,
  PubmedError,
  type PubmedProgress,
  type RecordedAnswer,
  recordedTransport,
  searchRecord,
  virtualClock,
} from '../src/pubmed/index.js';
import type { ReadItem } from '../src/reader.js';
import { READERS } from '../src/registry.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/eutils/${name}`, import.meta.url), 'utf8');

const START = Date.parse('2025-03-01T09:00:00Z');
const TOOL = 'evidens-test';
const EMAIL = 'reviewer@example.org';
const TERM = 'magnesium AND (cramp*[tiab] OR "muscle cramp"[mh])';
const WEBENV = 'MCID_67c2d1a9f3b0e41a2c0d5e77';
const IDENTITY: [string, string][] = [
  ['tool', TOOL],
  ['email', EMAIL],
];
const SEARCH_ORDER = ['21389075', '18760521', '12011773', '10907623', '7631676'];

type Answers = Parameters<typeof recordedTransport>[0];

function setup(answers: Answers, options: Partial<PubmedClientOptions> = {}) {
  const clock = virtualClock(START);
  const transport = recordedTransport(answers, clock);
  const client = new PubmedClient({ tool: TOOL, email: EMAIL, transport, clock, ...options });
  return { clock, transport, client };
}

const MAGNESIUM = { esearch: [{ body: fixture('esearch-magnesium.json') }] };
const BATCHES = ['efetch-batch-1.xml', 'efetch-batch-2.xml', 'efetch-batch-3.xml'].map((f) => ({ body: fixture(f) }));

async function collect(stream: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

function readerOrSkip(t: TestContext): boolean {
  if (READERS['pubmed-xml']) return true;
  t.skip('the pubmed-xml reader is not registered yet');
  return false;
}

function isPubmedError(code: PubmedError['code'], message?: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof PubmedError, `expected a PubmedError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (message) assert.match(error.message, message);
    return true;
  };
}

// Nothing in these tests may reach the network: global fetch is replaced for the whole file, and any call to it
// outside the tests that put their own stub in place fails the run.
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

describe('no network in tests', () => {
  it('goes through global fetch only as its default transport, which the test replaces', async (t) => {
    const seen: string[] = [];
    t.mock.method(globalThis, 'fetch', async (input: string | URL | Request) => {
      seen.push(String(input));
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND eutils.ncbi.nlm.nih.gov') });
    });
    const client = new PubmedClient({ tool: TOOL, email: EMAIL, clock: virtualClock(START), retries: 1 });
    await assert.rejects(
      client.search({ term: 'magnesium' }),
      isPubmedError(
        'pubmed_unreachable',
        /^PubMed could not be reached: getaddrinfo ENOTFOUND eutils\.ncbi\.nlm\.nih\.gov/,
      ),
    );
    assert.equal(seen.length, 2);
    assert.match(seen[0], /^https:\/\/eutils\.ncbi\.nlm\.nih\.gov\/entrez\/eutils\/esearch\.fcgi\?db=pubmed&/);
  });

  it('fetchTransport maps status, headers and body, and sends POST bodies form-encoded', async (t) => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    t.mock.method(globalThis, 'fetch', async (input: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return new Response('{"error":"API rate limit exceeded"}', { status: 429, headers: { 'Retry-After': '3' } });
    });
    const controller = new AbortController();
    const response = await fetchTransport({
      url: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi',
      method: 'POST',
      body: 'db=pubmed&id=1%2C2',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      signal: controller.signal,
    });
    assert.equal(response.status, 429);
    assert.equal(response.headers['retry-after'], '3');
    assert.equal(response.text, '{"error":"API rate limit exceeded"}');
    assert.equal(calls.length, 1);
    assert.equal(calls[0].init?.method, 'POST');
    assert.equal(calls[0].init?.body, 'db=pubmed&id=1%2C2');
    assert.deepEqual(calls[0].init?.headers, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(calls[0].init?.signal, controller.signal);
  });
});

describe('client options', () => {
  const transport = recordedTransport({});
  const cases: [string, Partial<PubmedClientOptions>, RegExp][] = [
    ['tool missing', { tool: undefined }, /^tool must be a name without spaces/],
    [
      'tool with a space',
      { tool: 'my tool' },
      /^tool must be a name without spaces, e\.g\. "evidens" \(got "my tool"\)/,
    ],
    ['email missing', { email: undefined }, /^email must be a contact e-mail address \(got undefined\)/],
    ['email without @', { email: 'reviewer' }, /^email must be a contact e-mail address \(got "reviewer"\)/],
    ['4 rps without a key', { requestsPerSecond: 4 }, /at most 3 without an API key \(10 with one\) \(got 4\)/],
    ['11 rps with a key', { apiKey: 'k', requestsPerSecond: 11 }, /at most 10 with an API key \(got 11\)/],
    ['negative retries', { retries: -1 }, /^retries must be an integer from 0 to 10 \(got -1\)/],
  ];
  for (const [name, options, message] of cases) {
    it(`refuses ${name}`, () => {
      const all = { tool: TOOL, email: EMAIL, transport, ...options } as PubmedClientOptions;
      assert.throws(() => new PubmedClient(all), isPubmedError('invalid_argument', message));
    });
  }

  it('keeps to 3 requests per second without a key and 10 with one, or lower when asked', () => {
    assert.equal(new PubmedClient({ tool: TOOL, email: EMAIL, transport }).requestsPerSecond, 3);
    assert.equal(new PubmedClient({ tool: TOOL, email: EMAIL, transport, apiKey: 'k' }).requestsPerSecond, 10);
    assert.equal(new PubmedClient({ tool: TOOL, email: EMAIL, transport, requestsPerSecond: 1 }).requestsPerSecond, 1);
  });
});

describe('ESearch', () => {
  it('sends the documented parameters, history on, then tool and email, and no api_key without a key', async () => {
    const { transport, client } = setup(MAGNESIUM);
    await client.search({ term: TERM, mindate: '1990', maxdate: '2012' });
    const [request] = transport.requests;
    assert.equal(request.method, 'GET');
    assert.equal(
      request.url,
      'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed' +
        '&term=magnesium+AND+%28cramp*%5Btiab%5D+OR+%22muscle+cramp%22%5Bmh%5D%29' +
        '&usehistory=y&retmode=json&retmax=20&datetype=pdat&mindate=1990&maxdate=2012' +
        '&tool=evidens-test&email=reviewer%40example.org',
    );
    assert.deepEqual(request.params, [
      ['db', 'pubmed'],
      ['term', TERM],
      ['usehistory', 'y'],
      ['retmode', 'json'],
      ['retmax', '20'],
      ['datetype', 'pdat'],
      ['mindate', '1990'],
      ['maxdate', '2012'],
      ...IDENTITY,
    ]);
  });

  it('adds api_key last when the client has one', async () => {
    const { transport, client } = setup(MAGNESIUM, { apiKey: 'a1b2c3d4e5' });
    await client.search({ term: TERM, retmax: 0, datetype: 'edat', mindate: '2020/01', maxdate: '2024/12/31' });
    assert.deepEqual(transport.requests[0].params, [
      ['db', 'pubmed'],
      ['term', TERM],
      ['usehistory', 'y'],
      ['retmode', 'json'],
      ['retmax', '0'],
      ['datetype', 'edat'],
      ['mindate', '2020/01'],
      ['maxdate', '2024/12/31'],
      ...IDENTITY,
      ['api_key', 'a1b2c3d4e5'],
    ]);
  });

  it('sends a search strategy too long for a URL by POST', async () => {
    const { transport, client } = setup(MAGNESIUM);
    const long = Array.from({ length: 300 }, (_, i) => `cramp${i}[tiab]`).join(' OR ');
    await client.search({ term: long });
    const [request] = transport.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.url, 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi');
    assert.equal(request.params[1][1], long);
    assert.deepEqual(request.params.slice(-2), IDENTITY);
  });

  it('reads count, PMIDs, WebEnv, query_key and the query translation', async () => {
    const { client } = setup(MAGNESIUM);
    const progress: PubmedProgress[] = [];
    const search = await client.search(
      { term: TERM, mindate: '1990', maxdate: '2012' },
      { onProgress: (p) => progress.push(p) },
    );
    assert.equal(search.count, 5);
    assert.deepEqual(search.ids, SEARCH_ORDER);
    assert.equal(search.webEnv, WEBENV);
    assert.equal(search.queryKey, '1');
    assert.equal(
      search.queryTranslation,
      '("magnesium"[MeSH Terms] OR "magnesium"[All Fields]) AND ("cramp*"[Title/Abstract] OR "muscle cramp"[MeSH Terms]) ' +
        'AND 1990/01/01:2012/12/31[Date - Publication]',
    );
    assert.deepEqual(search.translations, [
      { from: 'magnesium', to: '"magnesium"[MeSH Terms] OR "magnesium"[All Fields]' },
    ]);
    assert.deepEqual(search.warnings, []);
    assert.equal(search.date, '2025-03-01T09:00:00.000Z');
    assert.deepEqual(progress, [
      { phase: 'search', done: 0, total: 1 },
      { phase: 'search', done: 1, total: 1 },
    ]);
  });

  it('reports a phrase PubMed did not find, since it searched without it', async () => {
    const { client } = setup({ esearch: [{ body: fixture('esearch-phrase-not-found.json') }] });
    const search = await client.search({ term: 'magnesium[tiab] AND crampz', retmax: 0 });
    assert.equal(search.count, 61234);
    assert.deepEqual(search.warnings, ['phrase not found: "crampz" (PubMed searched without it)']);
  });

  it('reports quoted phrases not found and output messages', async () => {
    const { client } = setup({ esearch: [{ body: fixture('esearch-no-items.json') }] });
    const search = await client.search({ term: '"magnesium lactate crampus"' });
    assert.equal(search.count, 0);
    assert.deepEqual(search.ids, []);
    assert.deepEqual(search.warnings, ['quoted phrase not found: "magnesium lactate crampus"', 'No items found.']);
  });

  it("throws PubMed's ERROR as a server_error, in its own words", async () => {
    const { client } = setup({ esearch: [{ body: fixture('esearch-error.json') }] });
    await assert.rejects(
      client.search({ term: TERM }),
      isPubmedError(
        'server_error',
        /^PubMed could not run the search: Search Backend failed: Exception:\n'retstart' cannot/,
      ),
    );
  });

  it('refuses an answer that is not JSON', async () => {
    const { client } = setup({ esearch: [{ body: '<html><body>Service maintenance</body></html>' }] });
    await assert.rejects(
      client.search({ term: TERM }),
      isPubmedError(
        'bad_response',
        /^esearch: PubMed's answer is not the JSON it documents \(it starts "<html><body>Service/,
      ),
    );
  });

  const refused: [string, Parameters<PubmedClient['search']>[0], RegExp][] = [
    ['an empty term', { term: '   ' }, /^term must be a non-empty PubMed query$/],
    ['mindate alone', { term: TERM, mindate: '1990' }, /^mindate and maxdate must be given together/],
    [
      'an ISO date',
      { term: TERM, mindate: '1990-01-01', maxdate: '2012' },
      /^mindate must be YYYY, YYYY\/MM or YYYY\/MM\/DD \(got 1990-01-01\)$/,
    ],
    [
      'month 13',
      { term: TERM, mindate: '1990/13', maxdate: '2012' },
      /^mindate must be YYYY, YYYY\/MM or YYYY\/MM\/DD/,
    ],
    [
      'an unknown date type',
      { term: TERM, datetype: 'xdat' as 'pdat' },
      /^datetype must be one of pdat, edat, mdat \(got xdat\)$/,
    ],
    [
      'retmax above 10,000',
      { term: TERM, retmax: 20_000 },
      /^retmax must be an integer from 0 to 10000 \(got 20000\)$/,
    ],
  ];
  for (const [name, query, message] of refused) {
    it(`refuses ${name} before sending anything`, async () => {
      const { transport, client } = setup(MAGNESIUM);
      await assert.rejects(client.search(query), isPubmedError('invalid_argument', message));
      assert.equal(transport.requests.length, 0);
    });
  }
});

describe('EFetch through the history server', () => {
  it('pages with retstart and retmax until the count, reusing WebEnv and query_key, with progress', async () => {
    const { transport, client } = setup({ ...MAGNESIUM, efetch: BATCHES });
    const search = await client.search({ term: TERM });
    const progress: PubmedProgress[] = [];
    await collect(client.fetch(search, { batchSize: 2, onProgress: (p) => progress.push(p) }));
    const fetches = transport.requests.filter((r) => r.utility === 'efetch');
    const page = (retstart: string, retmax: string): [string, string][] => [
      ['db', 'pubmed'],
      ['WebEnv', WEBENV],
      ['query_key', '1'],
      ['retstart', retstart],
      ['retmax', retmax],
      ['retmode', 'xml'],
      ...IDENTITY,
    ];
    assert.deepEqual(
      fetches.map((r) => [r.method, r.params]),
      [
        ['GET', page('0', '2')],
        ['GET', page('2', '2')],
        ['GET', page('4', '1')],
      ],
    );
    assert.equal(transport.remaining(), 0);
    assert.deepEqual(progress, [
      { phase: 'fetch', done: 0, total: 5 },
      { phase: 'fetch', done: 2, total: 5 },
      { phase: 'fetch', done: 4, total: 5 },
      { phase: 'fetch', done: 5, total: 5 },
    ]);
  });

  it('streams the records in search order, numbered across batches', async (t) => {
    if (!readerOrSkip(t)) return;
    const { client } = setup({ ...MAGNESIUM, efetch: BATCHES });
    const search = await client.search({ term: TERM });
    const stream = client.fetch(search, { batchSize: 2 });
    const records = (await collect(stream)).flatMap((i) => (i.kind === 'record' ? [i.record] : []));
    assert.deepEqual(
      records.map((r) => r.pmid),
      SEARCH_ORDER,
    );
    assert.deepEqual(
      records.map((r) => r.source.record),
      [1, 2, 3, 4, 5],
    );
    assert.ok(records.every((r) => r.source.file === 'pubmed' && r.source.format === 'pubmed-xml'));
    assert.ok(
      records.every((r) => r.source.line === undefined),
      'a line of one batch locates nothing',
    );
    const roffe = records[2];
    assert.equal(roffe.journalAbbrev, 'Med Sci Monit');
    assert.equal(roffe.year, 2002);
    assert.deepEqual(roffe.authors[0], { family: 'Roffe', given: 'Christine' });
    assert.equal(records[4].doi, '10.1016/0002-9378(95)90186-8');
    assert.equal(stream.fetched, 5);
    assert.deepEqual(stream.warnings, []);
  });

  it('fetches no more than the limit, and says so', async () => {
    const { transport, client } = setup({ ...MAGNESIUM, efetch: BATCHES });
    const search = await client.search({ term: TERM });
    const stream = client.fetch(search, { batchSize: 2, limit: 3 });
    await collect(stream);
    const fetches = transport.requests.filter((r) => r.utility === 'efetch');
    assert.deepEqual(
      fetches.map((r) => r.params.filter(([n]) => n === 'retstart' || n === 'retmax')),
      [
        [
          ['retstart', '0'],
          ['retmax', '2'],
        ],
        [
          ['retstart', '2'],
          ['retmax', '1'],
        ],
      ],
    );
    assert.equal(stream.warnings[0], 'fetched at most 3 of the 5 records the search found (limit)');
  });

  it('sends no EFetch for a search that found nothing', async () => {
    const { transport, client } = setup({ esearch: [{ body: fixture('esearch-no-items.json') }] });
    const search = await client.search({ term: '"magnesium lactate crampus"' });
    const progress: PubmedProgress[] = [];
    const stream = client.fetch(search, { onProgress: (p) => progress.push(p) });
    assert.deepEqual(await collect(stream), []);
    assert.equal(transport.requests.length, 1);
    assert.deepEqual(progress, [{ phase: 'fetch', done: 0, total: 0 }]);
  });

  it('says when a batch comes back short', async (t) => {
    if (!readerOrSkip(t)) return;
    const { client } = setup({ ...MAGNESIUM, efetch: [BATCHES[0], BATCHES[2], BATCHES[2]] });
    const search = await client.search({ term: TERM });
    const stream = client.fetch(search, { batchSize: 2 });
    await collect(stream);
    assert.equal(stream.fetched, 4);
    assert.deepEqual(stream.warnings, ['records 3–4: PubMed returned 1 of 2']);
  });

  it("throws EFetch's in-band ERROR as a server_error that says what to do", async () => {
    const { client } = setup({ ...MAGNESIUM, efetch: [{ body: fixture('efetch-error.xml') }] });
    const search = await client.search({ term: TERM });
    await assert.rejects(
      collect(client.fetch(search)),
      isPubmedError(
        'server_error',
        /^PubMed could not return records 1–5: Unable to obtain query #1 \(.*run the search again\)$/,
      ),
    );
  });

  it('refuses an answer that is not PubMed XML', async () => {
    const { client } = setup({ ...MAGNESIUM, efetch: [{ body: fixture('server-error.html') }] });
    const search = await client.search({ term: TERM });
    await assert.rejects(
      collect(client.fetch(search)),
      isPubmedError('bad_response', /^efetch: records 1–5 are not PubMed XML/),
    );
  });

  it('can be iterated only once', async () => {
    const { client } = setup({ esearch: [{ body: fixture('esearch-no-items.json') }] });
    const stream = client.fetch(await client.search({ term: 'x' }));
    await collect(stream);
    await assert.rejects(collect(stream), isPubmedError('invalid_argument', /iterated only once/));
  });
});

describe('EFetch by PMID', () => {
  it('asks for the PMIDs by GET in batches, and names a PMID that did not come back', async (t) => {
    const { transport, client } = setup({ efetch: [BATCHES[0]] });
    const stream = client.fetchPmids(['21389075', '18760521', '12011773', '21389075']);
    await collect(stream);
    const [request] = transport.requests;
    assert.equal(request.method, 'GET');
    assert.deepEqual(request.params, [
      ['db', 'pubmed'],
      ['id', '21389075,18760521,12011773'],
      ['retmode', 'xml'],
      ...IDENTITY,
    ]);
    if (!readerOrSkip(t)) return;
    assert.equal(stream.fetched, 2);
    assert.deepEqual(stream.warnings, ['PMID 12011773: PubMed returned no record']);
  });

  it('uses POST with the parameters in a form body for more than 200 PMIDs', async () => {
    const pmids = Array.from({ length: 250 }, (_, i) => String(30_000_000 + i));
    const { transport, client } = setup({ efetch: [BATCHES[0]] });
    await collect(client.fetchPmids(pmids, { batchSize: 500 }));
    const [request] = transport.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.url, 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi');
    assert.deepEqual(request.headers, { 'content-type': 'application/x-www-form-urlencoded' });
    assert.deepEqual(request.params, [['db', 'pubmed'], ['id', pmids.join(',')], ['retmode', 'xml'], ...IDENTITY]);
  });

  it('splits long lists into GET batches of 200 by default', async () => {
    const pmids = Array.from({ length: 250 }, (_, i) => String(30_000_000 + i));
    const { transport, client } = setup({ efetch: [BATCHES[0], BATCHES[1]] });
    await collect(client.fetchPmids(pmids));
    assert.deepEqual(
      transport.requests.map((r) => [r.method, r.params[1][1].split(',').length]),
      [
        ['GET', 200],
        ['GET', 50],
      ],
    );
  });

  it('refuses something that is not a PMID before sending anything', () => {
    const { transport, client } = setup({});
    assert.throws(
      () => client.fetchPmids(['12011773', 'PMC1234']),
      isPubmedError('invalid_argument', /^pmids\[1\] must be a PMID/),
    );
    assert.equal(transport.requests.length, 0);
  });
});

describe('ESummary', () => {
  it('asks for version 2.0 JSON and reads the light-weight fields', async () => {
    const { transport, client } = setup({ esummary: [{ body: fixture('esummary.json') }] });
    const progress: PubmedProgress[] = [];
    const result = await client.summaries(['12011773', '7631676', '99999999'], { onProgress: (p) => progress.push(p) });
    assert.deepEqual(transport.requests[0].params, [
      ['db', 'pubmed'],
      ['id', '12011773,7631676,99999999'],
      ['version', '2.0'],
      ['retmode', 'json'],
      ...IDENTITY,
    ]);
    assert.deepEqual(result.summaries[1], {
      pmid: '7631676',
      title: 'The effect of oral magnesium substitution on pregnancy-induced leg cramps.',
      authors: ['Dahle LO', 'Berg G', 'Hammar M', 'Hurtig M', 'Larsson L'],
      journal: 'Am J Obstet Gynecol',
      journalFull: 'American journal of obstetrics and gynecology',
      pubDate: '1995 Jul',
      year: 1995,
      volume: '173',
      issue: '1',
      pages: '175-80',
      doi: '10.1016/0002-9378(95)90186-8',
      publicationTypes: ['Clinical Trial', 'Journal Article', 'Randomized Controlled Trial'],
      languages: ['eng'],
    });
    assert.equal(result.summaries[0].doi, undefined, 'Roffe 2002 has no DOI');
    assert.deepEqual(result.warnings, ['PMID 99999999: cannot get document summary']);
    assert.deepEqual(progress.at(-1), { phase: 'summary', done: 3, total: 3 });
  });
});

describe('ELink snowballing', () => {
  it('asks for the references of each PMID as its own id, and returns them per source PMID', async () => {
    const { transport, client } = setup({ elink: [{ body: fixture('elink-refs.json') }] });
    const refs = await client.references(['21389075', '18760521']);
    assert.deepEqual(transport.requests[0].params, [
      ['dbfrom', 'pubmed'],
      ['db', 'pubmed'],
      ['linkname', 'pubmed_pubmed_refs'],
      ['cmd', 'neighbor'],
      ['retmode', 'json'],
      ['id', '21389075'],
      ['id', '18760521'],
      ...IDENTITY,
    ]);
    assert.deepEqual(refs, {
      linkname: 'pubmed_pubmed_refs',
      links: [
        { pmid: '21389075', linked: ['18760521', '12011773', '10907623', '7631676'] },
        { pmid: '18760521', linked: [] },
      ],
      warnings: [],
    });
  });

  it('asks for the papers citing a PMID', async () => {
    const { transport, client } = setup({ elink: [{ body: fixture('elink-citedin.json') }] });
    const cited = await client.citedBy(['12011773']);
    assert.deepEqual(transport.requests[0].params.slice(0, 3), [
      ['dbfrom', 'pubmed'],
      ['db', 'pubmed'],
      ['linkname', 'pubmed_pubmed_citedin'],
    ]);
    assert.deepEqual(cited.links, [{ pmid: '12011773', linked: ['36120482', '29165312', '23015524', '21389075'] }]);
  });

  it('says when ELink did not answer for a PMID, and keeps the order given', async () => {
    const { client } = setup({ elink: [{ body: fixture('elink-citedin.json') }] });
    const progress: PubmedProgress[] = [];
    const cited = await client.citedBy(['7631676', '12011773'], { onProgress: (p) => progress.push(p) });
    assert.deepEqual(
      cited.links.map((l) => [l.pmid, l.linked.length]),
      [
        ['7631676', 0],
        ['12011773', 4],
      ],
    );
    assert.deepEqual(cited.warnings, ['PMID 7631676: ELink returned no link set']);
    assert.deepEqual(progress, [
      { phase: 'link', done: 0, total: 2 },
      { phase: 'link', done: 2, total: 2 },
    ]);
  });
});

describe('the search record', () => {
  it('holds what the methods section and the PRISMA counts need', async () => {
    const { client } = setup(MAGNESIUM);
    const search = await client.search({ term: TERM, mindate: '1990', maxdate: '2012' });
    const record = searchRecord(search, { fetched: 5, warnings: [] });
    assert.deepEqual(record, {
      database: 'pubmed',
      query: TERM,
      filters: { datetype: 'pdat', mindate: '1990', maxdate: '2012' },
      queryTranslation: search.queryTranslation,
      date: '2025-03-01T09:00:00.000Z',
      count: 5,
      fetched: 5,
      webEnv: WEBENV,
      warnings: [],
    });
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record, 'the record is plain JSON');
  });

  it('carries the search warnings and the retrieval warnings', async () => {
    const { client } = setup({ esearch: [{ body: fixture('esearch-phrase-not-found.json') }] });
    const search = await client.search({ term: 'magnesium[tiab] AND crampz', retmax: 0 });
    const record = searchRecord(search, {
      fetched: 100,
      warnings: ['fetched at most 100 of the 61234 records the search found (limit)'],
    });
    assert.deepEqual(record.warnings, [
      'phrase not found: "crampz" (PubMed searched without it)',
      'fetched at most 100 of the 61234 records the search found (limit)',
    ]);
    assert.equal(record.filters, undefined);
  });

  it('comes whole from retrieve(): search, every record and the record of the search', async (t) => {
    if (!readerOrSkip(t)) return;
    const { transport, client } = setup({ ...MAGNESIUM, efetch: BATCHES });
    const result = await client.retrieve({ term: TERM, mindate: '1990', maxdate: '2012' }, { batchSize: 2 });
    assert.equal(transport.requests[0].params.find(([n]) => n === 'retmax')?.[1], '0');
    assert.equal(result.records.length, 5);
    assert.deepEqual(result.counts, { read: 5, skipped: 0, withIssues: result.counts.withIssues });
    assert.equal(result.record.count, 5);
    assert.equal(result.record.fetched, 5);
    assert.equal(result.record.date, '2025-03-01T09:00:00.000Z');
  });
});

describe('failures and cancellation', () => {
  it('turns an unreachable network into pubmed_unreachable after the retries, in words a user understands', async () => {
    const outage = Array.from({ length: 5 }, () => ({ networkError: 'getaddrinfo ENOTFOUND eutils.ncbi.nlm.nih.gov' }));
    const { transport, client } = setup({ esearch: outage }, { apiKey: 'SECRETKEY' });
    await assert.rejects(client.search({ term: TERM }), (error: unknown) => {
      assert.ok(error instanceof PubmedError);
      assert.equal(error.code, 'pubmed_unreachable');
      assert.equal(error.attempts, 5);
      assert.match(
        error.message,
        /^PubMed could not be reached: getaddrinfo ENOTFOUND eutils\.ncbi\.nlm\.nih\.gov \(5 attempts; https:/,
      );
      assert.match(error.message, /Check the internet connection/);
      assert.doesNotMatch(error.message, /SECRETKEY/);
      assert.doesNotMatch(error.url ?? '', /SECRETKEY|api_key/);
      return true;
    });
    assert.equal(transport.requests.length, 5);
  });

  it('cancels midway: aborts the request in flight, sends no other, rejects with an AbortError', async () => {
    const controller = new AbortController();
    let inFlight: AbortSignal | undefined;
    const hang: RecordedAnswer = (request) =>
      new Promise((_, reject) => {
        inFlight = request.signal;
        request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
          once: true,
        });
        setImmediate(() => controller.abort());
      });
    const { transport, client } = setup({ ...MAGNESIUM, efetch: [BATCHES[0], hang, BATCHES[2]] });
    const search = await client.search({ term: TERM });
    const stream = client.fetch(search, { batchSize: 2, signal: controller.signal });
    await assert.rejects(collect(stream), { name: 'AbortError' });
    assert.equal(inFlight?.aborted, true);
    assert.equal(transport.requests.filter((r) => r.utility === 'efetch').length, 2);
    assert.equal(transport.remaining(), 1, 'the third batch was never asked for');
  });

  it('rejects on cancellation even when the transport ignores its signal', async () => {
    const controller = new AbortController();
    const deaf: RecordedAnswer = () => {
      setImmediate(() => controller.abort());
      return new Promise(() => {});
    };
    const { client } = setup({ esearch: [deaf] });
    await assert.rejects(client.search({ term: TERM }, { signal: controller.signal }), { name: 'AbortError' });
  });

  it('sends nothing when cancelled before it starts', async () => {
    const { transport, client } = setup(MAGNESIUM);
    await assert.rejects(client.search({ term: TERM }, { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.equal(transport.requests.length, 0);
  });
});
