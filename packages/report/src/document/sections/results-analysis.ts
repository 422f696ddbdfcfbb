/**
 * Results of one planned analysis (PRISMA 2020 items 20b–d): the pooled effect with its test, heterogeneity and
 * prediction interval, the subgroups and their test for differences, the forest plot, the funnel plot when there
 * are enough studies, and the sensitivity table.
 */
import { h3, list, para } from '../blocks.js';
import { analysisName, type SectionContext } from '../context.js';
import { forestFigure } from '../figures/forest.js';
import { funnelFigure } from '../figures/funnel.js';
import type { AnalysisData } from '../gather.js';
import type { PooledFacts } from '../labels/index.js';
import { effect, fixed, percent, pValue, tau2, whole } from '../numbers.js';
import type { Block } from '../types.js';
import { sensitivityTable } from './sensitivity-table.js';

const capitalise = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The pooled result's numbers as the sentence shows them. */
export function pooledFacts(a: AnalysisData, lang: SectionContext['lang']): PooledFacts | undefined {
  const fit = a.run.fit;
  if (!fit) return undefined;
  const m = a.run.analysis.measure;
  return {
    measure: m,
    estimate: effect(m, fit.beta[0], lang),
    lower: effect(m, fit.ciLb[0], lang),
    upper: effect(m, fit.ciUb[0], lang),
    level: percent(fit.level, lang),
    p: pValue(fit.pval[0], lang),
    statistic: fit.test === 'knha' ? 't' : 'z',
    value: fixed(fit.zval[0], 2, lang),
  };
}

function summaryBlocks(a: AnalysisData, ctx: SectionContext): Block[] {
  const { lang, l } = ctx;
  const r = l.results;
  const fit = a.run.fit;
  const facts = pooledFacts(a, lang);
  if (!fit || !facts) return [para(r.notFitted)];
  const m = a.run.analysis.measure;
  const n = a.sof?.participants;
  const text = [r.pooled(whole(fit.k, lang), n === undefined ? undefined : whole(n, lang), facts)];
  if (fit.k > 1) {
    const t2 = fit.method === 'EE' ? undefined : tau2(fit.tau2, lang);
    text.push(
      r.heterogeneity(t2, percent(fit.I2, lang), fixed(fit.QE, 2, lang), whole(fit.QEdf, lang), pValue(fit.QEp, lang)),
    );
    if (fit.method !== 'EE' && fit.piLb !== null && fit.piUb !== null) {
      text.push(r.prediction(effect(m, fit.piLb, lang), effect(m, fit.piUb, lang)));
    }
  }
  const blocks: Block[] = [para(text.join(' '))];
  const s = a.run.subgroups;
  if (s) {
    const items = s.subgroups.map((g) => [
      r.subgroup(
        capitalise(g.name),
        l.studies(whole(g.fit.k, lang)),
        effect(m, g.fit.beta[0], lang),
        effect(m, g.fit.ciLb[0], lang),
        effect(m, g.fit.ciUb[0], lang),
      ),
    ]);
    blocks.push(
      list(items),
      para(r.subgroupTest(fixed(s.Qb, 2, lang), whole(s.QbDf, lang), pValue(s.QbP, lang), percent(s.I2b, lang))),
    );
  }
  return blocks;
}

function eggerBlock(a: AnalysisData, ctx: SectionContext): Block[] {
  const p = a.grade?.domains.find((d) => d.domain === 'publicationBias')?.proposal;
  const [t, pv] = [p?.data.statistic, p?.data.pval];
  if (p?.basis !== 'data' || typeof t !== 'number' || typeof pv !== 'number') return [];
  return [para(ctx.l.results.egger(fixed(t, 2, ctx.lang), pValue(pv, ctx.lang)))];
}

export function analysisBlocks(a: AnalysisData, ctx: SectionContext): Block[] {
  const { review, lang, l } = ctx;
  const name = analysisName(a);
  const blocks: Block[] = [h3(name), ...summaryBlocks(a, ctx)];
  if (a.run.excluded.length > 0) {
    const labels = a.run.excluded.map((x) => review.studies.find((s) => s.id === x.study)?.label ?? x.study);
    blocks.push(para(l.results.leftOut(l.and(labels))));
  }
  const forest = forestFigure(review, a, lang, l.results.forestCaption(name));
  if (forest) blocks.push(forest);
  const funnel = funnelFigure(a, lang, l.results.funnelCaption(name));
  if (funnel) blocks.push(funnel, ...eggerBlock(a, ctx));
  const table = sensitivityTable(a, ctx);
  if (table) blocks.push(table);
  return blocks;
}
