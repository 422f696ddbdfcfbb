/**
 * `evidens meta`: meta-analysis of a CSV file of studies — effect sizes from the columns metafor's escalc takes, then an
 * equal-, random- or mixed-effects model (rma), or the Mantel–Haenszel or Peto method. The options and the JSON fields
 * are a contract other tools rely on; add to them, do not change them.
 */
import { MEASURES } from '@evidens/meta';
import { parseOptions } from '../args.js';
import { readCsv } from '../csv/read-csv.js';
import { CliError, EXIT_OK } from '../errors.js';
import { type Io, readInput } from '../io.js';
import { analyse } from '../meta-analysis/analyse.js';
import { studyData } from '../meta-analysis/data.js';
import { METHODS, metaRequest } from '../meta-analysis/options.js';
import { printSummary } from '../meta-analysis/print.js';
import type { MetaReport } from '../meta-analysis/report.js';
import { toCsv, toJson } from '../output.js';
import type { Command } from './command.js';

const OPTIONS = {
  measure: { type: 'string' },
  method: { type: 'string' },
  test: { type: 'string' },
  mods: { type: 'string' },
  level: { type: 'string' },
  add: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: evidens meta [FILE.csv|-] --measure M [options]

Meta-analysis of the studies in a CSV file (or standard input, "-" or no file).

Options:
  --measure M    effect size: ${MEASURES.join(', ')} (required)
  --method X     ${METHODS.join(', ')} (default REML).
                 EE (alias FE) is the equal-effects model; DL … PM estimate tau^2 for a random-effects model;
                 MH (Mantel-Haenszel) works with OR, RR, RD; PETO (Peto's method) with PETO or OR
  --test T       z or knha (Knapp-Hartung; default z)
  --mods a,b     columns to use as moderators (meta-regression); numeric when every value is a number,
                 otherwise categorical
  --level L      confidence level in percent (default 95)
  --add A        continuity correction for 2x2 tables and proportions (default 0.5)
  --to T         which studies get it: only0 (those with a zero cell; default), all, if0all, none
  --json         print the result as one JSON object
  --csv          print the model coefficients as CSV
  -h, --help     show this help

Input columns (metafor's names; one study per row, header on line 1):
  RR OR RD PETO   ai bi ci di   (or ai n1i ci n2i): events and non-events (or totals), group 1 then group 2
  MD SMD ROM      m1i sd1i n1i m2i sd2i n2i
  PR PLO          xi ni
  ZCOR            ri ni
  GEN             yi vi  (or yi sei)
  Labels come from a column study, slab or author; any other column can be a moderator.
  Empty cells and NA are missing values (the study is left out, with a warning). The delimiter (comma, semicolon
  or tab) is detected from the header line; with semicolons or tabs a decimal comma is read too.

JSON fields: k, measure, method, test, level, estimate, se, zval (tval under knha), df, pval, ci_lb, ci_ub,
  pi_lb, pi_ub, tau2, tau2_se, tau, I2 (percent), H2, Q, Q_df, Q_p, coefficients [{name, estimate, se,
  zval|tval, pval, ci_lb, ci_ub}], QM, QM_df, QM_p, warnings; exp_estimate, exp_ci_lb, exp_ci_ub, exp_pi_lb,
  exp_pi_ub for RR, OR, PETO, ROM; CMH, CMH_p, TA, TA_p with --method MH. Estimates are on the analysis scale
  (log for RR, OR, PETO, ROM); with moderators the top-level estimate is the intercept's.

Example:
  evidens meta trials.csv --measure RR --method REML
`;

function coefficientsCsv(r: MetaReport): string {
  const stat = r.test === 'knha' ? 'tval' : 'zval';
  return toCsv(
    ['name', 'estimate', 'se', stat, 'pval', 'ci_lb', 'ci_ub'],
    r.coefficients.map((c) => [c.name, c.estimate, c.se, c[stat] ?? null, c.pval, c.ci_lb, c.ci_ub]),
  );
}

async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('meta', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const request = metaRequest(values, positionals);
  const input = await readInput(request.file, io);
  const table = readCsv(input.text);
  const issue = table.issues[0];
  if (issue) throw new CliError(`${input.name} line ${issue.line}: ${issue.message}`);
  if (table.rows.length === 0) throw new CliError(`${input.name} has a header but no data rows`);
  const data = studyData(table, input.name, request.measure, request.mods);
  const report = analyse(request, data, input.name);

  if (request.format === 'json') {
    io.stdout.write(toJson(report));
    return EXIT_OK;
  }
  io.stdout.write(request.format === 'csv' ? coefficientsCsv(report) : printSummary(report, input.name));
  for (const w of report.warnings) io.stderr.write(`warning: ${w}\n`);
  return EXIT_OK;
}

export const meta: Command = {
  name: 'meta',
  summary: 'meta-analysis of a CSV file of studies (effect sizes, equal/random-effects models, meta-regression)',
  help: HELP,
  run,
};
