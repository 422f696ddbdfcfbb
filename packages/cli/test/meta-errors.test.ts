/**
 * Every way `evidens meta` can be used wrongly ends with exit code 1 and one line "error: …" on stderr that names what
 * is wrong: the file, line and column for bad data, the option and its allowed values for bad options.
 */
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { reportError } from '../src/errors.js';
import { assertUserError } from './support/run.js';

describe('evidens meta: bad data', () => {
  test('a cell that is not a number: file, line, column and the value', async () => {
    const line = await assertUserError(
      ['meta', 'bad-value.csv', '--measure', 'RR'],
      ['bad-value.csv line 5', 'column bi', '"13,536"'],
    );
    assert.equal(line, 'error: bad-value.csv line 5, column bi: not a number (got "13,536")');
  });

  test('an impossible value found by the engine: file, line and column', async () => {
    const line = await assertUserError(['meta', 'negative-sd.csv', '--measure', 'SMD'], []);
    assert.equal(line, 'error: negative-sd.csv line 7, column sd1i: must be zero or positive (got -2)');
  });

  test('a rule across columns: the line and the first column', async () => {
    const csv = 'ai,n1i,ci,n2i\n3,10,4,10\n12,10,2,10\n';
    const line = await assertUserError(['meta', '-', '--measure', 'RR'], [], csv);
    assert.equal(line, 'error: stdin line 3, column ai: must not exceed n1i (got ai = 12, n1i = 10)');
  });

  test('a rule the engine words without a column prefix keeps its wording', async () => {
    const csv = 'm1i,sd1i,n1i,m2i,sd2i,n2i\n5,1,10,6,1,10\n-5,1,10,6,1,10\n';
    await assertUserError(
      ['meta', '-', '--measure', 'ROM'],
      ['stdin line 3: m1i and m2i must have the same sign'],
      csv,
    );
  });

  test('a missing column: the columns needed and those found', async () => {
    const line = await assertUserError(['meta', 'missing-column.csv', '--measure', 'RR'], []);
    assert.equal(
      line,
      'error: missing-column.csv: measure RR needs the columns ai, bi, ci, di or ai, n1i, ci, n2i; the file has study, ai, bi, ci, d',
    );
  });

  test('column names in the wrong case get a hint', async () => {
    await assertUserError(
      ['meta', '-', '--measure', 'GEN'],
      ['needs the columns yi, vi or yi, sei', 'lower case'],
      'YI,VI\n1,2\n',
    );
  });

  test('a row with the wrong number of fields', async () => {
    const csv = 'yi,vi\n0.1,0.2\n0.3\n';
    await assertUserError(['meta', '-', '--measure', 'GEN'], ['stdin line 3: 1 fields but the header has 2'], csv);
  });

  test('a quote that is never closed', async () => {
    const csv = 'study,yi,vi\nA,0.1,0.2\n"B,0.3,0.1\nC,0.2,0.1\n';
    await assertUserError(['meta', '-', '--measure', 'GEN'], ['stdin line 3', 'never closed'], csv);
  });

  test('a duplicated column name', async () => {
    await assertUserError(
      ['meta', '-', '--measure', 'GEN'],
      ['stdin line 1: column yi appears twice'],
      'yi,vi,yi\n1,1,1\n',
    );
  });

  test('an empty file, and a header without rows', async () => {
    await assertUserError(['meta', '-', '--measure', 'GEN'], ['stdin line 1: the file is empty'], '');
    await assertUserError(['meta', '-', '--measure', 'GEN'], ['stdin has a header but no data rows'], 'yi,vi\n');
  });

  test('a file that does not exist', async () => {
    await assertUserError(['meta', 'nope.csv', '--measure', 'RR'], ['cannot read nope.csv: no such file']);
  });

  test('a moderator column that does not exist lists the columns', async () => {
    await assertUserError(
      ['meta', 'bcg.csv', '--measure', 'RR', '--mods', 'year'],
      ['bcg.csv has no column year for --mods', 'ablat, alloc'],
    );
  });

  test('a moderator with one level: the file and the moderator', async () => {
    const csv = 'yi,vi,g\n0.1,0.1,a\n0.2,0.1,a\n0.3,0.2,a\n';
    await assertUserError(
      ['meta', '-', '--measure', 'GEN', '--mods', 'g'],
      ['stdin: moderator g has only one level'],
      csv,
    );
  });

  test('no complete study', async () => {
    await assertUserError(
      ['meta', '-', '--measure', 'GEN'],
      ['stdin: no study with complete data'],
      'yi,vi\nNA,0.1\n0.2,\n',
    );
  });
});

describe('evidens meta: bad options', () => {
  const file = ['meta', 'bcg.csv'];
  const cases: [string, string[], string[]][] = [
    ['no --measure', [], ['option --measure is required', 'RR, OR, RD']],
    [
      'unknown measure',
      ['--measure', 'HR'],
      ['option --measure must be one of RR, OR, RD, PETO, MD, SMD, ROM, PR, PLO, ZCOR, GEN (got HR)'],
    ],
    [
      'unknown method',
      ['--measure', 'RR', '--method', 'XY'],
      ['option --method must be one of EE, FE, DL, HE, HS, SJ, ML, REML, EB, PM, MH, PETO (got XY)'],
    ],
    ['unknown test', ['--measure', 'RR', '--test', 't'], ['option --test must be one of z, knha (got t)']],
    [
      'unknown --to',
      ['--measure', 'RR', '--to', 'some'],
      ['option --to must be one of only0, all, if0all, none (got some)'],
    ],
    [
      'level not a number',
      ['--measure', 'RR', '--level', 'high'],
      ['option --level must be a number between 0 and 100', '(got high)'],
    ],
    [
      'level out of range',
      ['--measure', 'RR', '--level', '100'],
      ['option --level must be a number between 0 and 100'],
    ],
    ['negative add', ['--measure', 'RR', '--add=-1'], ['option --add must be zero or a positive number (got -1)']],
    ['option without its value', ['--measure'], ['option --measure needs a value']],
    [
      'a value that looks like an option',
      ['--measure', 'RR', '--add', '-1'],
      ['option --add needs a value', '--add=-1'],
    ],
    ['unknown option', ['--measure', 'RR', '--foo'], ['unknown option --foo for evidens meta']],
    ['unknown short option', ['--measure', 'RR', '-x'], ['unknown option -x']],
    ['a value for a flag', ['--measure', 'RR', '--json=yes'], ['option --json does not take a value']],
    ['--json and --csv', ['--measure', 'RR', '--json', '--csv'], ['--json and --csv cannot be combined']],
    [
      'MH with a continuous measure',
      ['--measure', 'RD', '--method', 'PETO'],
      ['--method PETO works with --measure PETO or OR (got RD)'],
    ],
    [
      'MH with moderators',
      ['--measure', 'OR', '--method', 'MH', '--mods', 'ablat'],
      ['option --mods cannot be used with --method MH'],
    ],
    [
      'Peto with Knapp-Hartung',
      ['--measure', 'OR', '--method', 'PETO', '--test', 'knha'],
      ['option --test knha cannot be used with --method PETO'],
    ],
    [
      'empty moderator name',
      ['--measure', 'RR', '--mods', 'ablat,'],
      ['option --mods must be column names separated by commas'],
    ],
  ];
  for (const [what, args, parts] of cases) {
    test(what, async () => {
      await assertUserError([...file, ...args], parts);
    });
  }

  test('MH with a measure it does not take', async () => {
    await assertUserError(
      ['meta', 'continuous.csv', '--measure', 'SMD', '--method', 'MH'],
      ['--method MH works with --measure OR or RR or RD (got SMD)'],
    );
  });

  test('two input files', async () => {
    await assertUserError(
      ['meta', 'bcg.csv', 'continuous.csv', '--measure', 'RR'],
      ['evidens meta takes one input file (got 2'],
    );
  });
});

describe('evidens: commands', () => {
  test('an unknown command', async () => {
    await assertUserError(['metta'], ['unknown command metta', 'commands: meta, import, convert']);
  });

  test('an unknown program option', async () => {
    await assertUserError(['--frobnicate'], ['unknown option --frobnicate']);
  });

  test('an internal error: exit code 2 and "error: internal error:", no stack trace', () => {
    let stderr = '';
    const io = {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: Readable.from([]),
      cwd: '.',
    };
    const code = reportError(new TypeError("Cannot read properties of undefined (reading 'k')"), io);
    assert.equal(code, 2);
    assert.equal(stderr, "error: internal error: Cannot read properties of undefined (reading 'k')\n");
  });
});
