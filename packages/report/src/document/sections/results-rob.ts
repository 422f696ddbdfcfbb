/**
 * Results: risk of bias in the included studies (PRISMA 2020 item 18), per outcome: the traffic-light and weighted
 * summary plots, the judgements a reviewer changed with their reasons, and results not (fully) assessed.
 */
import type { RobJudgement, RobResult } from '@evidens/review';
import { labels } from '../../labels.js';
import { h3, list, para } from '../blocks.js';
import type { SectionContext } from '../context.js';
import { robFigures } from '../figures/rob.js';
import type { AnalysisData } from '../gather.js';
import type { Block, Inline } from '../types.js';

function judgementText(j: RobJudgement | undefined, ctx: SectionContext): string {
  return j ? ctx.l.results.robJudgements[j] : labels(ctx.lang).rob.noInformation.toLowerCase();
}

/** One line per override and per result the algorithm could not finish. */
function robNotes(label: string, result: RobResult, ctx: SectionContext): Inline[][] {
  const r = ctx.l.results;
  const notes: Inline[][] = [];
  for (const d of result.domains) {
    if (d.override) {
      const text = r.override(
        label,
        d.domain,
        judgementText(d.override.judgement, ctx),
        judgementText(d.proposed, ctx),
        d.override.reason,
      );
      notes.push([text]);
    }
  }
  const o = result.overall;
  if (o.override) {
    const overall = labels(ctx.lang).rob.overall;
    notes.push([
      r.override(
        label,
        overall,
        judgementText(o.override.judgement, ctx),
        judgementText(o.proposed, ctx),
        o.override.reason,
      ),
    ]);
  }
  const missing = result.domains.flatMap((d) => d.missing);
  if (!result.complete && missing.length > 0) notes.push([r.incomplete(label, missing.join(', '))]);
  return notes;
}

function outcomeBlocks(a: AnalysisData, ctx: SectionContext): Block[] {
  const r = ctx.l.results;
  const outcome = a.run.outcome.name;
  const figures = robFigures(a, ctx.lang, {
    traffic: r.trafficLightCaption(outcome),
    summary: r.robSummaryCaption(outcome),
  });
  if (figures.length === 0) return [];
  const blocks: Block[] = [para({ text: r.robFor(outcome), bold: true }), ...figures];
  const notes = a.run.effects.flatMap((e, i) => {
    const result = a.rob[i];
    return result ? robNotes(e.label, result, ctx) : [];
  });
  if (notes.length > 0) blocks.push(list(notes));
  const missing = a.run.effects.filter((_, i) => a.rob[i] === undefined).map((e) => e.label);
  if (missing.length > 0) blocks.push(para(r.notAssessed(ctx.l.and(missing))));
  return blocks;
}

export function robResultBlocks(ctx: SectionContext): Block[] {
  const seen = new Set<string>();
  const perOutcome = ctx.data.analyses.filter((a) => {
    if (seen.has(a.run.outcome.id)) return false;
    seen.add(a.run.outcome.id);
    return true;
  });
  const blocks = perOutcome.flatMap((a) => outcomeBlocks(a, ctx));
  return [h3(ctx.l.results.riskOfBias), ...(blocks.length > 0 ? blocks : [para(ctx.l.results.noRob)])];
}
