/** Methods: data extraction with each study's conversions, risk-of-bias assessment, and the synthesis methods. */
import { h3, list, para } from '../blocks.js';
import { analysisName, type SectionContext } from '../context.js';
import { conversionSentence } from '../conversions.js';
import { percent, plain, whole } from '../numbers.js';
import type { Block, Inline } from '../types.js';

export function extractionBlocks({ data, lang, l }: SectionContext): Block[] {
  const items: Inline[][] = [];
  for (const a of data.analyses) {
    for (const e of a.run.effects) {
      const sentence = conversionSentence(e, lang);
      if (sentence)
        items.push([{ text: `${l.methods.conversionFor(e.label, a.run.outcome.name)}: `, bold: true }, sentence]);
    }
  }
  const blocks = [h3(l.methods.extraction)];
  if (items.length === 0) return [...blocks, para(l.methods.allAsReported)];
  return [...blocks, para(l.methods.extractionIntro), list(items)];
}

export function robMethodBlocks({ review, lang, l }: SectionContext): Block[] {
  const design = new Map(review.studies.map((s) => [s.id, s.design]));
  const crossover = review.rob.filter(
    (a) => (a.variant ?? (design.get(a.study) === 'crossover' ? 'crossover' : 'parallel')) === 'crossover',
  ).length;
  return [
    h3(l.methods.riskOfBias),
    para(l.methods.robText),
    para(l.methods.robCounts(whole(review.rob.length, lang), whole(crossover, lang))),
  ];
}

export function synthesisBlocks({ data, lang, l }: SectionContext): Block[] {
  const m = l.methods;
  const items = data.analyses.map((a): Inline[] => {
    const { measure, model, method, test } = a.run.analysis;
    const tau2 = model === 'random' ? (m.tau2Methods[method ?? 'REML'] ?? method) : undefined;
    return [m.analysisText(analysisName(a), l.measures[measure], m.models[model], tau2, m.tests[test ?? 'z'])];
  });
  const level = percent(data.analyses[0]?.run.fit?.level ?? 95, lang);
  const blocks: Block[] = [h3(m.synthesis), list(items), para(m.heterogeneity(level))];
  const keys = [...new Set(data.analyses.flatMap((a) => (a.run.subgroups ? [a.run.analysis.subgroup ?? ''] : [])))];
  if (keys.length > 0) blocks.push(para(m.subgroups(l.and(keys))));
  const rs = [
    ...new Set(
      data.analyses.flatMap((a) => (a.correlation && a.run.correlation !== undefined ? [a.run.correlation] : [])),
    ),
  ];
  if (rs.length > 0) blocks.push(para(m.correlation(l.and(rs.map((r) => plain(r, lang))))));
  const planned = data.analyses.flatMap((a) =>
    a.run.sensitivity.map((s): Inline[] => [`${analysisName(a)}: ${s.sensitivity.description}`]),
  );
  if (planned.length > 0) blocks.push(para(m.sensitivity), list(planned));
  blocks.push(para(m.leaveOneOut), para(m.funnel), para(m.grade), para(m.informationSize));
  return blocks;
}
