/**
 * Effect sizes and sampling variances from what trials report (metafor's `escalc`, same defaults): the measure picks
 * the input columns and the formula; counts, SDs, group sizes and correlations are checked row by row; the
 * continuity correction (1/2 to every cell of a study with a zero cell, by default) is applied to 2×2 tables and
 * proportions. A study with a missing input gets null (and is dropped by the model with a warning); a value that
 * cannot be right (a negative count, more events than participants) throws an error naming its row and column.
 */
import { isMissing } from '../design.js';
import { MetaError, oneOf } from '../errors.js';
import { logOddsRatio, logPetoOddsRatio, logRiskRatio, riskDifference } from './binary.js';
import { logRatioOfMeans, meanDifference, standardisedMeanDifference } from './continuous.js';
import { fisherZ, logitProportion, rawProportion } from './single.js';
import {
  CORRECTION_TARGETS,
  type Columns,
  type EscalcOptions,
  type EscalcResult,
  MEASURES,
  type Measure,
  type StudyFormula,
} from './types.js';

type Kind = 'table' | 'continuous' | 'proportion' | 'correlation' | 'generic';

const FORMULAS: Record<Exclude<Measure, 'GEN'>, [Kind, StudyFormula]> = {
  RR: ['table', logRiskRatio],
  OR: ['table', logOddsRatio],
  RD: ['table', riskDifference],
  PETO: ['table', logPetoOddsRatio],
  MD: ['continuous', meanDifference],
  SMD: ['continuous', standardisedMeanDifference],
  ROM: ['continuous', logRatioOfMeans],
  PR: ['proportion', rawProportion],
  PLO: ['proportion', logitProportion],
  ZCOR: ['correlation', fisherZ],
};

/** The input columns each kind of measure needs; the first alternative whose columns are all present is used. */
const COLUMNS: Record<Kind, string[][]> = {
  table: [
    ['ai', 'bi', 'ci', 'di'],
    ['ai', 'n1i', 'ci', 'n2i'],
  ],
  continuous: [['m1i', 'sd1i', 'n1i', 'm2i', 'sd2i', 'n2i']],
  proportion: [['xi', 'ni']],
  correlation: [['ri', 'ni']],
  generic: [
    ['yi', 'vi'],
    ['yi', 'sei'],
  ],
};

function kindOf(measure: Measure): Kind {
  return measure === 'GEN' ? 'generic' : FORMULAS[measure][0];
}

/**
 * The input columns a measure takes, as alternatives in order of preference (metafor's escalc argument names).
 * @example
 * measureColumns('RR'); // → [['ai', 'bi', 'ci', 'di'], ['ai', 'n1i', 'ci', 'n2i']]
 */
export function measureColumns(measure: Measure): string[][] {
  return COLUMNS[kindOf(oneOf('measure', measure, MEASURES))].map((set) => [...set]);
}

function pickColumns(kind: Kind, measure: string, data: Columns): string[] {
  const found = COLUMNS[kind].find((set) => set.every((c) => data[c] !== undefined));
  if (found) return found;
  const wanted = COLUMNS[kind].map((set) => set.join(' ')).join(' or ');
  throw new MetaError('missing_column', `measure ${measure} needs the columns ${wanted}`);
}

/** Row checks shared by all measures: what a value must be, by column. */
function checkValue(column: string, x: number, row: number): void {
  const bad = (rule: string) => {
    throw new MetaError('invalid_value', `row ${row}: ${column} ${rule} (got ${x})`, { row, column });
  };
  if (!Number.isFinite(x)) bad('must be a finite number');
  if (/^(ai|bi|ci|di|xi)$/.test(column) && x < 0) bad('must be zero or positive');
  if (/^n[12]?i$/.test(column) && x <= 0) bad('must be positive');
  if (/^sd[12]i$/.test(column) && x < 0) bad('must be zero or positive');
  if (column === 'ri' && !(x > -1 && x < 1)) bad('must be between -1 and 1');
  if ((column === 'vi' || column === 'sei') && x < 0) bad('must be zero or positive');
}

/** Consistency across columns of one row, and the cells the formula uses. */
function cellsOf(kind: Kind, measure: string, raw: Record<string, number>, row: number): Record<string, number> {
  const fail = (message: string, column: string) => {
    throw new MetaError('invalid_value', `row ${row}: ${message}`, { row, column });
  };
  if (kind === 'table') {
    const bi = raw.bi ?? raw.n1i - raw.ai;
    const di = raw.di ?? raw.n2i - raw.ci;
    if (bi < 0) fail(`ai must not exceed n1i (got ai = ${raw.ai}, n1i = ${raw.n1i})`, 'ai');
    if (di < 0) fail(`ci must not exceed n2i (got ci = ${raw.ci}, n2i = ${raw.n2i})`, 'ci');
    return { ai: raw.ai, bi, ci: raw.ci, di };
  }
  if (kind === 'proportion' && raw.xi > raw.ni)
    fail(`xi must not exceed ni (got xi = ${raw.xi}, ni = ${raw.ni})`, 'xi');
  if (kind === 'correlation' && raw.ni <= 3) fail(`ni must be more than 3 for ZCOR (got ${raw.ni})`, 'ni');
  if (measure === 'SMD' && raw.n1i + raw.n2i < 4) fail('n1i + n2i must be at least 4 for SMD', 'n1i');
  if (measure === 'ROM' && !(raw.m1i / raw.m2i > 0)) fail('m1i and m2i must have the same sign for ROM', 'm1i');
  return raw;
}

function hasZeroCell(kind: Kind, c: Record<string, number>): boolean {
  if (kind === 'table') return c.ai === 0 || c.bi === 0 || c.ci === 0 || c.di === 0;
  if (kind === 'proportion') return c.xi === 0 || c.xi === c.ni;
  return false;
}

function corrected(kind: Kind, c: Record<string, number>, add: number): Record<string, number> {
  if (kind === 'table') return { ai: c.ai + add, bi: c.bi + add, ci: c.ci + add, di: c.di + add };
  return { ...c, xi: c.xi + add, ni: c.ni + 2 * add };
}

/**
 * @example
 * escalc({ measure: 'OR', data: { ai: [4], bi: [119], ci: [11], di: [128] } }).yi[0]; // → -0.9387
 */
export function escalc(options: EscalcOptions): EscalcResult {
  const measure = oneOf('measure', options.measure, MEASURES);
  const to = oneOf('to', options.to ?? 'only0', CORRECTION_TARGETS);
  const add = options.add ?? 0.5;
  if (!(Number.isFinite(add) && add >= 0)) {
    throw new MetaError('invalid_argument', `add must be zero or positive (got ${add})`, { column: 'add' });
  }
  const kind = kindOf(measure);
  const columns = pickColumns(kind, measure, options.data);
  const n = options.data[columns[0]].length;
  for (const c of columns) {
    if (options.data[c].length !== n) {
      throw new MetaError(
        'invalid_argument',
        `column ${c} has ${options.data[c].length} values, ${columns[0]} has ${n}`,
      );
    }
  }
  const rows = options.rows ? [...options.rows] : Array.from({ length: n }, (_, i) => i + 1);
  const out: EscalcResult = { measure, yi: [], vi: [], corrected: [], rows, warnings: [] };

  const cells: (Record<string, number> | null)[] = [];
  for (let i = 0; i < n; i++) {
    if (columns.some((c) => isMissing(options.data[c][i]))) {
      cells.push(null);
      continue;
    }
    const raw: Record<string, number> = {};
    for (const c of columns) {
      raw[c] = options.data[c][i] as number;
      checkValue(c, raw[c], rows[i]);
    }
    cells.push(cellsOf(kind, measure, raw, rows[i]));
  }

  const anyZero = cells.some((c) => c !== null && hasZeroCell(kind, c));
  const notComputable: number[] = [];
  const dropped00: number[] = [];
  for (let i = 0; i < n; i++) {
    let c = cells[i];
    if (c === null) {
      out.yi.push(null);
      out.vi.push(null);
      out.corrected.push(false);
      continue;
    }
    if (kind === 'generic') {
      out.yi.push(c.yi);
      out.vi.push(c.vi ?? c.sei * c.sei);
      out.corrected.push(false);
      continue;
    }
    if (options.drop00 && kind === 'table' && ((c.ai === 0 && c.ci === 0) || (c.bi === 0 && c.di === 0))) {
      dropped00.push(rows[i]);
      out.yi.push(null);
      out.vi.push(null);
      out.corrected.push(false);
      continue;
    }
    const correct =
      add > 0 && (to === 'all' || (to === 'if0all' && anyZero) || (to === 'only0' && hasZeroCell(kind, c)));
    if (correct) c = corrected(kind, c, add);
    const [y, v] = FORMULAS[measure as Exclude<Measure, 'GEN'>][1](c);
    const ok = Number.isFinite(y) && Number.isFinite(v);
    if (!ok) notComputable.push(rows[i]);
    out.yi.push(ok ? y : null);
    out.vi.push(ok ? v : null);
    out.corrected.push(correct);
  }
  if (dropped00.length > 0) {
    out.warnings.push(`studies without events in either group dropped (row ${dropped00.join(', ')})`);
  }
  if (notComputable.length > 0) {
    out.warnings.push(
      `${measure} cannot be computed without a continuity correction for row ${notComputable.join(', ')} (zero cell); set to missing`,
    );
  }
  return out;
}
