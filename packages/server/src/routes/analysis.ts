/**
 * The review computed: the model the page draws its plots from, the planned analyses with GRADE and the summary of
 * findings (gathered by the report package, so the page and the report show the same numbers), the PRISMA counts,
 * and the RoB 2 algorithm's judgements for one assessment.
 */
import type { RmaResult } from '@evidens/meta';
import { type AnalysisData, gatherReport } from '@evidens/report';
import { assessRob2, type Design, type FittedSet, prismaCounts, type Review, validateItem } from '@evidens/review';
import { getItem, invalid, isStoreError, loadReviewFromStore, type Store } from '@evidens/store';
import type { Context, Hono } from 'hono';
import { access } from '../access.js';
import type { Env } from '../env.js';
import { api } from '../openapi.js';

const RATIOS = new Set(['RR', 'OR']);

/** The review from the store, with the problems the loader found. */
async function loaded(c: Context<Env>, need: 'viewer') {
  const reviewId = c.req.param('reviewId') as string;
  await access(c, reviewId, need);
  return loadReviewFromStore(c.get('options').store, reviewId);
}

/** A fit's pooled estimate and heterogeneity; ratios back on their own scale (the fit works on logs). */
function pooled(fit: RmaResult | undefined, ratio: boolean) {
  if (!fit) return null;
  const t = (x: number | null) => (x === null ? null : ratio ? Math.exp(x) : x);
  return {
    k: fit.k,
    estimate: t(fit.beta[0]),
    ciLb: t(fit.ciLb[0]),
    ciUb: t(fit.ciUb[0]),
    piLb: t(fit.piLb),
    piUb: t(fit.piUb),
    pval: fit.pval[0],
    heterogeneity: { tau2: fit.tau2, I2: fit.I2, H2: fit.H2, Q: fit.QE, df: fit.QEdf, p: fit.QEp },
  };
}

function fitted(set: FittedSet, ratio: boolean) {
  return { pooled: pooled(set.fit, ratio), excluded: set.excluded, warnings: set.warnings };
}

/** One analysis as the page shows it. */
function analysisView(data: AnalysisData) {
  const { run } = data;
  const ratio = RATIOS.has(run.analysis.measure);
  const { id, title, comparison, measure, model, method, test } = run.analysis;
  return {
    id,
    title: title ?? null,
    outcome: { id: run.outcome.id, name: run.outcome.name, kind: run.outcome.kind },
    comparison,
    measure,
    model,
    method,
    test,
    scale: ratio ? 'ratio' : 'difference',
    ...fitted(run, ratio),
    studies: run.effects.map((e, i) => ({
      study: e.study,
      label: e.label,
      design: e.design,
      yi: e.yi,
      vi: e.vi,
      n: e.n ?? null,
      weight: run.fit?.weights[i] ?? null,
      summary: e.summary,
      rob: data.rob[i]?.overall.judgement ?? null,
    })),
    subgroups: run.subgroups
      ? {
          groups: run.subgroups.subgroups.map((g) => ({ name: g.name, ...pooled(g.fit, ratio) })),
          test: { Qb: run.subgroups.Qb, df: run.subgroups.QbDf, p: run.subgroups.QbP, I2: run.subgroups.I2b },
        }
      : null,
    sensitivity: run.sensitivity.map((s) => ({ ...s.sensitivity, ...fitted(s, ratio) })),
    grade: data.grade ?? null,
    summaryOfFindings: data.sof ?? null,
    issues: run.issues,
  };
}

/** Analyses whose outcome is missing cannot run (the loader has reported them); the rest go ahead. */
function runnable(review: Review): Review {
  const outcomes = new Set(review.outcomes.map((o) => o.id));
  return { ...review, analyses: review.analyses.filter((a) => outcomes.has(a.outcome)) };
}

/** The study's design from its raw item, when the study is there. */
async function designOf(store: Store, reviewId: string, study: string): Promise<Design | undefined> {
  try {
    const item = await getItem(store, reviewId, 'studies', study);
    return (item.doc as { design?: Design }).design;
  } catch (error) {
    // An assessment of a study not (yet) extracted: the variant comes from the assessment alone.
    if (isStoreError(error) && error.code === 'not_found') return undefined;
    throw error;
  }
}

export function analysisRoutes(app: Hono<Env>): void {
  const tag = 'analysis';
  api(
    app,
    { method: 'get', path: '/api/reviews/:reviewId/model', summary: 'The review model and its problems', tag },
    async (c) => c.json(await loaded(c, 'viewer')),
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/analyses',
      summary:
        'Every planned analysis run: pooled estimate, heterogeneity, studies, sensitivity, GRADE, summary of findings',
      tag,
    },
    async (c) => {
      const { review, issues } = await loaded(c, 'viewer');
      const data = gatherReport(runnable(review));
      return c.json({ analyses: data.analyses.map(analysisView), issues });
    },
  );

  api(
    app,
    { method: 'get', path: '/api/reviews/:reviewId/prisma', summary: 'The PRISMA 2020 flow counts', tag },
    async (c) => {
      const { review } = await loaded(c, 'viewer');
      return c.json(prismaCounts(review));
    },
  );

  api(
    app,
    {
      method: 'get',
      path: '/api/reviews/:reviewId/rob/:itemId/judgement',
      summary: "The RoB 2 algorithm's judgement per domain and overall, for one assessment",
      tag,
    },
    async (c) => {
      const reviewId = c.req.param('reviewId') as string;
      await access(c, reviewId, 'viewer');
      const { store } = c.get('options');
      const item = await getItem(store, reviewId, 'rob', c.req.param('itemId') as string);
      const result = validateItem('rob', item.doc);
      if (!result.ok) throw invalid(result.issues);
      return c.json(assessRob2(result.value, await designOf(store, reviewId, result.value.study)));
    },
  );
}
