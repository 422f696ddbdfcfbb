/**
 * A discussion scaffold written from the numbers, in the seed's order: the main findings, how far the trials are
 * from the information size a reliable answer needs (and how large a new trial must be), and the strengths and
 * limitations the data show. The reviewers write the rest around it.
 */
import { h3, para } from '../blocks.js';
import { analysisName, type SectionContext } from '../context.js';
import type { AnalysisData } from '../gather.js';
import { fixed, natural, percent, plain, whole } from '../numbers.js';
import type { Block, Section } from '../types.js';
import { pooledFacts } from './results-analysis.js';
import { randomisedTotal } from './results-studies.js';

function findingBlocks(ctx: SectionContext): Block[] {
  const { lang, l, review } = ctx;
  const total = randomisedTotal(review);
  const blocks: Block[] = [
    h3(l.discussion.mainFindings),
    para(l.discussion.participantsInAll(whole(total.n, lang), whole(review.studies.length, lang), total.atLeast)),
  ];
  for (const a of ctx.data.analyses) {
    const f = pooledFacts(a, lang);
    const fit = a.run.fit;
    if (!f || !fit || !a.sof) continue;
    const pooled = `${f.measure} ${f.estimate} (${l.interval(f.level, f.lower, f.upper)})`;
    const n = a.sof.participants === undefined ? '—' : whole(a.sof.participants, lang);
    const text = l.discussion.finding(
      analysisName(a),
      whole(fit.k, lang),
      n,
      pooled,
      l.certainty.names[a.sof.certainty].toLowerCase(),
    );
    const spansNull = fit.ciLb[0] < 0 && fit.ciUb[0] > 0;
    blocks.push(para(`${text} ${spansNull ? l.discussion.includesNoEffect : l.discussion.excludesNoEffect}`));
  }
  return blocks;
}

function sizeText(a: AnalysisData, ctx: SectionContext): string {
  const { lang, l } = ctx;
  const d = l.discussion;
  const is = a.informationSize;
  if (!is) return d.noMid(analysisName(a));
  const m = a.run.analysis.measure;
  const mid =
    m === 'RR' || m === 'OR'
      ? `${m} ${plain(is.mid, lang)}`
      : `${plain(is.mid, lang)}${a.run.outcome.unit && m === 'MD' ? ` ${a.run.outcome.unit}` : ''}`;
  const basis =
    is.basis.kind === 'sd'
      ? d.sdBasis(fixed(is.basis.sd, 2, lang))
      : d.riskBasis(percent(100 * is.basis.controlRisk, lang));
  const parts = [
    d.required(analysisName(a), mid, basis, whole(is.required, lang), whole(Math.ceil(is.required / 2), lang)),
  ];
  if (is.adjusted) parts.push(d.adjusted(percent(100 * is.adjusted.d2, lang), whole(is.adjusted.required, lang)));
  if (is.fraction) {
    parts.push(d.reached(whole(is.fraction.accrued, lang), percent(100 * is.fraction.fraction, lang)));
    parts.push(is.fraction.reached ? d.enough : d.shortfall(whole(is.fraction.shortfall, lang)));
  }
  return parts.join(' ');
}

function strengthBlocks(ctx: SectionContext): Block[] {
  const { lang, l } = ctx;
  const d = l.discussion;
  const blocks: Block[] = [h3(d.strengths)];
  const effects = ctx.data.analyses.flatMap((a) => a.run.effects);
  const converted = effects.filter((e) => e.conversions.length > 0).length;
  if (effects.length > 0) blocks.push(para(d.conversions(whole(converted, lang), whole(effects.length, lang))));
  for (const a of ctx.data.analyses) {
    const name = analysisName(a);
    const m = a.run.analysis.measure;
    const rob = a.grade?.domains.find((x) => x.domain === 'riskOfBias')?.proposal;
    const low = rob?.data.shareLow;
    const assessed = rob?.data.shareNotAssessed !== 1;
    if (rob?.basis === 'data' && typeof low === 'number' && assessed)
      blocks.push(para(d.robShare(name, percent(100 * low, lang))));
    const range = (xs: (number | null | undefined)[]) => {
      const known = xs
        .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
        .map((x) => natural(m, x));
      return known.length === 0 ? undefined : [Math.min(...known), Math.max(...known)].map((x) => fixed(x, 2, lang));
    };
    const corr = a.correlation && range(a.correlation.rows.map((r) => r.estimate));
    if (corr) blocks.push(para(d.correlationRange(name, `${m} ${corr[0]}`, `${m} ${corr[1]}`)));
    const loo = a.leaveOneOut && range(a.leaveOneOut.estimate);
    if (loo) blocks.push(para(d.leaveOneOutRange(name, `${m} ${loo[0]}`, `${m} ${loo[1]}`)));
  }
  return blocks;
}

export function discussionSection(ctx: SectionContext): Section {
  const l = ctx.l;
  const sizes = ctx.data.analyses.filter((a) => a.run.fit).map((a) => para(sizeText(a, ctx)));
  return {
    id: 'discussion',
    title: l.sections.discussion,
    blocks: [...findingBlocks(ctx), h3(l.discussion.informationSize), ...sizes, ...strengthBlocks(ctx)],
  };
}
