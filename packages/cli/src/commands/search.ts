/**
 * `evidens search pubmed "QUERY"`: runs the search on PubMed, says how many records it finds (before fetching
 * anything with --count), fetches them in batches through the history server, and records the search (query, PubMed's
 * translation, date, count, fetched) as the review's methods and PRISMA diagram need it.
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { jsonLine, type ReadIssue, searchRecord } from '@evidens/biblio';
import { integerOption, parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import { toJson } from '../output.js';
import { meter, progress } from '../progress.js';
import { pubmedClient } from '../pubmed-client.js';
import type { Command } from './command.js';

const OPTIONS = {
  max: { type: 'string' },
  mindate: { type: 'string' },
  maxdate: { type: 'string' },
  count: { type: 'boolean' },
  out: { type: 'string' },
  email: { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens search pubmed "QUERY" [options]

Searches PubMed and fetches the records found, as JSON Lines (the format evidens import writes).

Options:
  --count          only say how many records the search finds; fetch nothing
  --max N          fetch at most N records (default: all)
  --mindate Y      publication date from (YYYY, YYYY/MM or YYYY/MM/DD)
  --maxdate Y      publication date to
  --out FILE       write the records to FILE (JSON Lines)
  --email E        your contact address, sent to NCBI with every request (or EVIDENS_EMAIL)
  --api-key K      an NCBI API key: 10 requests per second instead of 3 (or NCBI_API_KEY)
  --json           print the search record as one JSON object
  -h, --help       show this help

The search record (query, PubMed's translation of it, date, count, records fetched) is printed; keep it for the
methods section and the PRISMA diagram.
`;

export const search: Command = {
  name: 'search',
  summary: 'search PubMed, fetch the records and record the search',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('search', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    const [database, query, ...extra] = positionals;
    if (database !== 'pubmed') {
      throw new CliError(
        `the database to search must be pubmed (got ${database ?? 'nothing'}); see evidens search --help`,
      );
    }
    if (!query || extra.length > 0)
      throw new CliError('give the query as one quoted argument: evidens search pubmed "…"');
    const max = values.max === undefined ? undefined : integerOption('max', values.max, 1, 10_000_000);
    const client = pubmedClient(values, io);
    const result = await client.search({
      term: query,
      ...(values.mindate ? { mindate: values.mindate } : {}),
      ...(values.maxdate ? { maxdate: values.maxdate } : {}),
    });
    if (values.count) {
      const record = searchRecord(result, { fetched: 0 });
      io.stdout.write(values.json ? toJson(record) : `${result.count} records found for ${query}\n`);
      return EXIT_OK;
    }
    if (!values.out) throw new CliError('give --out FILE for the records (or --count to only count them)');
    const out = createWriteStream(resolve(io.cwd, values.out));
    const issues: ReadIssue[] = [];
    const bar = progress(io.stderr);
    const stream = client.fetch(result, {
      ...(max !== undefined ? { limit: max } : {}),
      onProgress: (p) =>
        bar.update(
          `fetching from PubMed: ${meter(p.total > 0 ? p.done / p.total : 1)}, ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} records`,
        ),
    });
    try {
      for await (const item of stream) {
        if (item.kind === 'record') out.write(jsonLine(item.record));
        else issues.push(item.issue);
      }
    } finally {
      bar.done();
      await new Promise<void>((done) => out.end(done));
    }
    const record = searchRecord(result, stream);
    if (values.json) {
      io.stdout.write(toJson({ ...record, issues }));
      return EXIT_OK;
    }
    io.stdout.write(
      `${[
        `query        ${record.query}`,
        ...(record.queryTranslation ? [`translation  ${record.queryTranslation}`] : []),
        `database     PubMed, searched ${record.date}`,
        `found        ${record.count}`,
        `fetched      ${record.fetched} (written to ${values.out})`,
        ...record.warnings.map((w) => `warning      ${w}`),
        ...issues.map((i) => `issue        ${i.message}`),
      ].join('\n')}\n`,
    );
    return EXIT_OK;
  },
};
