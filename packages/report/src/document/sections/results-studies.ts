/** Results: the included studies and their characteristics (the article table; PRISMA 2020 item 17). */
import { DESIGNS, type Review, type Study } from '@evidens/review';
import { cell, h3, para } from '../blocks.js';
import type { SectionContext } from '../context.js';
import type { DocLabels } from '../labels/index.js';
import { whole } from '../numbers.js';
import { citation } from '../references.js';
import type { Block, Cell, Table } from '../types.js';

/** Participants randomised in all studies, and whether some study does not say (then it is a lower bound). */
export function randomisedTotal(review: Review): { n: number; atLeast: boolean } {
  let n = 0;
  let atLeast = false;
  for (const s of review.studies) {
    const fromArms = s.arms.every((a) => a.randomised !== undefined)
      ? s.arms.reduce((sum, a) => sum + (a.randomised ?? 0), 0)
      : undefined;
    const count = s.randomised ?? fromArms ?? s.analysed;
    if (count === undefined) atLeast = true;
    else n += count;
  }
  return { n, atLeast };
}

const joined = (parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join('; ');

function studyRow(study: Study, ctx: SectionContext): Cell[] {
  const { l, lang } = ctx;
  const r = ctx.l.results;
  const n = (x: number | undefined) => (x === undefined ? undefined : whole(x, lang));
  const x = study.crossover;
  const i = study.intervention;
  const agent = i.salt ? `${i.agent} (${i.salt})` : i.agent;
  const cite = citation(ctx.references, study.id);
  return [
    cell(cite ? `${study.label} ${cite}` : study.label),
    cell(joined([l.designs[study.design], x ? r.periods(x.periodLength, x.washout) : undefined, study.country])),
    cell(joined([study.population, study.setting, r.randomisedAnalysed(n(study.randomised), n(study.analysed))])),
    cell(joined([agent, i.dose, i.route, i.schedule, i.duration, i.description])),
    cell(
      joined([
        study.comparator.description,
        study.comparator.placeboContent ? r.placebo(study.comparator.placeboContent) : undefined,
      ]),
    ),
    cell(study.outcomes.join('; ')),
    cell(joined([study.funding ? r.funding(study.funding) : undefined, study.notes])),
  ];
}

export function characteristicsTable(ctx: SectionContext): Table {
  const r = ctx.l.results;
  return {
    kind: 'table',
    name: 'characteristics',
    caption: r.characteristicsCaption,
    header: [...r.characteristicsHeader],
    rows: ctx.review.studies.map((s) => studyRow(s, ctx)),
    widths: [9, 10, 17, 16, 12, 14, 22],
  };
}

function designText(review: Review, l: DocLabels, lang: SectionContext['lang']): string {
  const parts = DESIGNS.flatMap((d) => {
    const k = review.studies.filter((s) => s.design === d).length;
    return k > 0 ? [l.designCounts[d](whole(k, lang))] : [];
  });
  return l.and(parts);
}

export function includedStudyBlocks(ctx: SectionContext): Block[] {
  const { review, l, lang } = ctx;
  const total = randomisedTotal(review);
  const randomised = `${total.atLeast ? '≥ ' : ''}${whole(total.n, lang)}`;
  const text = l.results.includedText(whole(review.studies.length, lang), randomised, designText(review, l, lang));
  return [h3(l.results.included), para(text), characteristicsTable(ctx)];
}
