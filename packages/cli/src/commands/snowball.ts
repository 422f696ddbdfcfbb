/**
 * `evidens snowball PMID… --refs|--cited-by`: citation searching through PubMed's links — the papers each record cites,
 * or the papers that cite it — fetched as records for screening. The seed review found two of its five trials by
 * walking reference lists by hand; this does it in one command.
 */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { jsonLine, normalisePmid, type ReadIssue } from '@evidens/biblio';
import { parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import { toJson } from '../output.js';
import { pubmedClient } from '../pubmed-client.js';
import type { Command } from './command.js';

const OPTIONS = {
  refs: { type: 'boolean' },
  'cited-by': { type: 'boolean' },
  out: { type: 'string' },
  email: { type: 'string' },
  'api-key': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens snowball PMID... --refs|--cited-by [--out FILE] [options]

Citation searching: the PubMed records that the given records cite (--refs), or that cite them (--cited-by).

Options:
  --refs         follow the reference lists (backward)
  --cited-by     follow the citing papers (forward)
  --out FILE     fetch the linked records and write them to FILE (JSON Lines); without it only the PMIDs are listed
  --email E      your contact address, sent to NCBI with every request (or EVIDENS_EMAIL)
  --api-key K    an NCBI API key (or NCBI_API_KEY)
  --json         print {links: [{pmid, linked: [...]}], fetched} as one JSON object
  -h, --help     show this help
`;

export const snowball: Command = {
  name: 'snowball',
  summary: 'follow references and citing papers of records through PubMed',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseOptions('snowball', argv, OPTIONS);
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (values.refs === values['cited-by']) throw new CliError('give exactly one of --refs and --cited-by');
    if (positionals.length === 0) throw new CliError('give at least one PMID (see evidens snowball --help)');
    const pmids = positionals.map((p) => {
      const pmid = normalisePmid(p);
      if (!pmid) throw new CliError(`not a PMID: ${p} (a PMID is a number such as 12345678)`);
      return pmid;
    });
    const client = pubmedClient(values, io);
    const result = values.refs ? await client.references(pmids) : await client.citedBy(pmids);
    const linked = [...new Set(result.links.flatMap((l) => l.linked))];
    let fetched = 0;
    const issues: ReadIssue[] = [];
    if (values.out && linked.length > 0) {
      const out = createWriteStream(resolve(io.cwd, values.out));
      try {
        for await (const item of client.fetchPmids(linked)) {
          if (item.kind === 'record') {
            out.write(jsonLine(item.record));
            fetched++;
          } else issues.push(item.issue);
        }
      } finally {
        await new Promise<void>((done) => out.end(done));
      }
    }
    if (values.json) {
      io.stdout.write(toJson({ direction: values.refs ? 'refs' : 'cited-by', links: result.links, fetched, issues }));
      return EXIT_OK;
    }
    const what = values.refs ? 'cites' : 'is cited by';
    for (const l of result.links) io.stdout.write(`${l.pmid} ${what} ${l.linked.length}: ${l.linked.join(' ')}\n`);
    for (const w of result.warnings) io.stdout.write(`warning: ${w}\n`);
    if (values.out) io.stdout.write(`${fetched} records written to ${values.out}\n`);
    return EXIT_OK;
  },
};
