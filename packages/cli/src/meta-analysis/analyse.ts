/**
 * Runs the engine for a request: effect sizes (escalc) and the inverse-variance model (rma), or the Mantel–Haenszel
 * or Peto method on the 2×2 tables. Engine errors come back in the file's terms (file, line, column).
 */
import { escalc, type RmaResult, rma, rmaMH, rmaPeto } from '@evidens/meta';
import type { StudyData } from './data.js';
import { locate } from './locate.js';
import type { MetaRequest } from './options.js';
import { fromRma, fromTables, type MetaReport } from './report.js';

export function analyse(request: MetaRequest, data: StudyData, file: string): MetaReport {
  try {
    return run(request, data);
  } catch (error) {
    throw locate(error, file);
  }
}

function run(request: MetaRequest, data: StudyData): MetaReport {
  const { measure, method, level, add, to } = request;
  const labels = data.slab ? { slab: data.slab } : {};
  if (method === 'MH') {
    const fit = rmaMH({
      measure: measure as 'OR' | 'RR' | 'RD',
      data: data.columns,
      level,
      add,
      to,
      rows: data.rows,
      ...labels,
    });
    return fromTables(fit, fit.warnings);
  }
  if (method === 'PETO') {
    const fit = rmaPeto({ data: data.columns, level, add, to, rows: data.rows, ...labels });
    return fromTables(fit, fit.warnings);
  }
  const es = escalc({ measure, data: data.columns, add, to, rows: data.rows });
  const fit = rma({
    yi: es.yi,
    vi: es.vi,
    mods: data.mods,
    method,
    test: request.test,
    level,
    rows: data.rows,
    ...labels,
  });
  return fromRma(fit, measure, [...es.warnings, ...fit.warnings], explained(fit));
}

/**
 * R² of a mixed-effects model (Raudenbush 2009; metafor's rma.uni): the share of τ² accounted for by the moderators,
 * max(0, (τ²₀ − τ²)/τ²₀) in percent, τ²₀ from the model without moderators fitted to the same studies.
 * Null without moderators, for equal-effects models, and when τ²₀ is zero.
 */
function explained(fit: RmaResult): number | null {
  if (fit.p === 1 || fit.method === 'EE') return null;
  let tau2Null: number;
  try {
    tau2Null = rma({ yi: fit.yi, vi: fit.vi, method: fit.method, test: fit.test, level: fit.level }).tau2;
  } catch {
    return null; // the reduced model did not converge; R² is then not reported, as in metafor
  }
  return tau2Null > 0 ? Math.max(0, (100 * (tau2Null - fit.tau2)) / tau2Null) : null;
}
