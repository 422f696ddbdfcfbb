/**
 * `evidens dedupe`: finds duplicate records in a bibliographic file of any supported format (or Evidens' JSON Lines, as
 * `evidens import --out` writes them), and prints the duplicate groups with the evidence that joined them and the
 * uncertain pairs a person should decide. Ids are the records' ids as imported (for CSV, the ID/id/record_id column).
 * Nothing is written: the groups say what would be merged.
 */
import { resolve } from 'node:path';
import {
  type BibRecord,
  DEFAULT_OPTIONS,
  type DedupResult,
  deduplicate,
  type Evidence,
  FORMATS,
  type ReadIssue,
  readAll,
  type ScoredPair,
} from '@evidens/biblio';
import { choice, numberOption, parseOptions } from '../args.js';
import { CliError, EXIT_OK } from '../errors.js';
import { type Io, readInput } from '../io.js';
import { toJson } from '../output.js';
import type { Command } from './command.js';

const OPTIONS = {
  format: { type: 'string' },
  'duplicate-at': { type: 'string' },
  'uncertain-at': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens dedupe FILE [--json] [--format F] [--duplicate-at X] [--uncertain-at Y]

Finds duplicate records in FILE ("-" for standard input): any format evidens import reads, or the JSON Lines that
evidens import --out writes. Pairs of records are scored from the evidence of their fields (DOI, PMID, title,
authors, year, journal, volume, issue, first page): at or above --duplicate-at they are duplicates and grouped; at
or above --uncertain-at they are uncertain, listed for a person to decide and never merged.

Options:
  --format F          auto (default: detected from the content) or one of ${FORMATS.join(', ')}
  --duplicate-at X    score from which a pair is a duplicate (default ${DEFAULT_OPTIONS.duplicateAt})
  --uncertain-at Y    score from which a pair is uncertain (default ${DEFAULT_OPTIONS.uncertainAt}); Y ≤ X
  --json              print {groups: [[id, …], …], uncertain: [[id, id, score], …], stats, warnings}
  -h, --help          show this help

In a group the first id is the record kept; the others would be merged into it.
`;

/** Where an issue is, for a message. */
function where(issue: ReadIssue): string {
  if (issue.line !== undefined) return `line ${issue.line}: `;
  if (issue.path !== undefined) return `${issue.path}: `;
  return issue.record !== undefined ? `record ${issue.record}: ` : '';
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The records of `file`; a record that could not be read is an error naming its line, warnings go to stderr. */
async function readRecords(file: string, format: (typeof FORMATS)[number] | 'auto', io: Io): Promise<BibRecord[]> {
  let result: Awaited<ReturnType<typeof readAll>>;
  try {
    const input =
      file === '-' ? { data: (await readInput('-', io)).text, file: 'stdin' } : { path: resolve(io.cwd, file) };
    result = await readAll(input, { format });
  } catch (error) {
    const reason = FS_REASONS[(error as NodeJS.ErrnoException).code ?? ''];
    if (reason) throw new CliError(`cannot read ${file}: ${reason}`);
    throw error;
  }
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problems)` : '';
    throw new CliError(`${file} ${where(errors[0])}${errors[0].message}${more}`.replace(/ {2,}/g, ' '));
  }
  for (const w of result.issues) io.stderr.write(`warning: ${file} ${where(w)}${w.message}\n`);
  if (result.records.length === 0) throw new CliError(`${file} holds no records`);
  return result.records;
}

function signed(x: number): string {
  const s = String(Math.round(x * 100) / 100);
  return x > 0 ? `+${s}` : s.replace('-', '−');
}

function evidenceLine(e: Evidence): string {
  return `${signed(e.weight)} ${e.field}: ${e.detail}`;
}

function pairLines(pair: ScoredPair, indent: string): string[] {
  const lines = [`${indent}${pair.ids[0]} – ${pair.ids[1]}: score ${pair.score}${pair.note ? ` (${pair.note})` : ''}`];
  for (const e of pair.evidence) lines.push(`${indent}  ${evidenceLine(e)}`);
  return lines;
}

/** Pairs shown per group; a group's other pairs say the same again. */
const PAIRS_SHOWN = 3;

function summary(file: string, result: DedupResult): string {
  const { stats } = result;
  const lines = [
    `${file}: ${stats.records} records, ${stats.groups} duplicate groups (${stats.removed} records would be merged ` +
      `into others), ${result.uncertain.length} uncertain pairs; ${stats.records - stats.removed} records after ` +
      'deduplication',
  ];
  if (result.groups.length > 0) lines.push('', 'Duplicate groups (the first id is the record kept):');
  result.groups.forEach((g, k) => {
    lines.push(`${k + 1}. ${g.ids.join(', ')}  (weakest link ${g.score})`);
    for (const p of g.pairs.slice(0, PAIRS_SHOWN)) lines.push(...pairLines(p, '   '));
    if (g.pairs.length > PAIRS_SHOWN) lines.push(`   (and ${g.pairs.length - PAIRS_SHOWN} more pairs)`);
  });
  if (result.uncertain.length > 0) lines.push('', 'Uncertain pairs (not merged; for a person to decide):');
  result.uncertain.forEach((p, k) => {
    lines.push(`${k + 1}. ${pairLines(p, '')[0]}`);
    for (const e of p.evidence) lines.push(`     ${evidenceLine(e)}`);
  });
  return `${lines.join('\n')}\n`;
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('dedupe', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new CliError(
      positionals.length === 0
        ? 'give the file to deduplicate (see evidens dedupe --help)'
        : `evidens dedupe takes one file (got ${positionals.length}); import several into one with evidens import --out`,
    );
  const format = choice('format', values.format ?? 'auto', ['auto', ...FORMATS] as const);
  const anyNumber = () => true;
  const duplicateAt = numberOption(
    'duplicate-at',
    values['duplicate-at'] ?? String(DEFAULT_OPTIONS.duplicateAt),
    anyNumber,
    'a number',
  );
  const uncertainAt = numberOption(
    'uncertain-at',
    values['uncertain-at'] ?? String(DEFAULT_OPTIONS.uncertainAt),
    anyNumber,
    'a number',
  );
  if (uncertainAt > duplicateAt)
    throw new CliError(`option --uncertain-at must not exceed --duplicate-at (got ${uncertainAt} > ${duplicateAt})`);
  const [file] = positionals;
  const records = await readRecords(file, format, io);
  const result = deduplicate(records, { duplicateAt, uncertainAt });
  for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`);
  if (values.json) {
    io.stdout.write(
      toJson({
        groups: result.groups.map((g) => g.ids),
        uncertain: result.uncertain.map((p) => [p.ids[0], p.ids[1], p.score]),
        stats: result.stats,
        warnings: result.warnings,
      }),
    );
    return EXIT_OK;
  }
  io.stdout.write(summary(file, result));
  return EXIT_OK;
}

export const dedupe: Command = {
  name: 'dedupe',
  summary: 'find duplicate records in a bibliographic file, with the evidence, and the uncertain pairs',
  help: HELP,
  run,
};
