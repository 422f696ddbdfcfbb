/**
 * The benchmark's review: the magnesium example with its cramps analysis over `k` made-up parallel trials. Each trial
 * copies one of the example's parallel trials (design, population subgroup and its RoB 2 assessment of the outcome,
 * so the forest plot has its subgroups and RoB columns as on the analysis page), with arm numbers drawn from a seeded
 * generator around the example's own. Pure and deterministic: the same k and seed give the same review.
 */
import type { OutcomeData, Review } from '@evidens/review';

export const ANALYSIS = 'cramps-md';
const OUTCOME = 'cramps-per-week';

/** Mulberry32: a small seeded generator, so that every run measures the same studies. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @example
 * const big = benchReview(review, 200, 1);
 * big.data.filter((d) => d.outcome === 'cramps-per-week').length; // → 200
 */
export function benchReview(base: Review, k: number, seed: number): Review {
  const templates = base.studies.filter(
    (s) => s.design === 'parallel' && base.data.some((d) => d.study === s.id && d.outcome === OUTCOME && d.arms),
  );
  if (templates.length === 0) throw new Error(`the example has no parallel trial with arm data for ${OUTCOME}`);
  const next = random(seed);
  const studies: Review['studies'] = [];
  const data: OutcomeData[] = [];
  const rob: Review['rob'] = [];
  for (let i = 0; i < k; i++) {
    const template = templates[i % templates.length];
    const id = `bench-${String(i + 1).padStart(3, '0')}`;
    studies.push({ ...template, id, label: `Trial ${String(i + 1).padStart(3, '0')}`, year: 1990 + (i % 35) });
    const n1 = 20 + Math.floor(next() * 180);
    const n2 = 20 + Math.floor(next() * 180);
    const mean = 3 + next() * 8;
    data.push({
      study: id,
      outcome: OUTCOME,
      comparison: 'mg-placebo',
      arms: {
        intervention: { n: n1, mean: mean - 0.5 + next(), sd: 2 + next() * 4 },
        comparator: { n: n2, mean: mean - 0.5 + next(), sd: 2 + next() * 4 },
      },
    });
    const assessment = base.rob.find((r) => r.study === template.id && r.outcome === OUTCOME);
    if (assessment) rob.push({ ...assessment, study: id });
  }
  return {
    ...base,
    studies,
    data,
    rob,
    analyses: base.analyses.filter((a) => a.id === ANALYSIS).map(({ studies: _, ...a }) => a),
  };
}
