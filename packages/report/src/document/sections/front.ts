/** Background and objective: the review's own words from review.yaml, and the question as PICO. */
import { list, para, paragraphs } from '../blocks.js';
import type { SectionContext } from '../context.js';
import type { Inline, Section } from '../types.js';

export function backgroundSection({ review, l }: SectionContext): Section {
  const blocks = review.background
    ? paragraphs(review.background)
    : [para(l.notGiven(l.missing.background, 'review.yaml'))];
  return { id: 'background', title: l.sections.background, blocks };
}

export function objectiveSection({ review, l }: SectionContext): Section {
  const blocks = review.objective
    ? paragraphs(review.objective)
    : [para(l.notGiven(l.missing.objective, 'review.yaml'))];
  const q = review.question;
  if (!q) {
    blocks.push(para(l.notGiven(l.missing.question, 'review.yaml')));
    return { id: 'objective', title: l.sections.objective, blocks };
  }
  const outcomes = q.outcomes.map((id) => {
    const o = review.outcomes.find((x) => x.id === id);
    if (!o) return id;
    return o.importance ? `${o.name} (${l.importance[o.importance]})` : o.name;
  });
  const item = (label: string, text: string): Inline[] => [{ text: `${label}: `, bold: true }, text];
  blocks.push(
    list([
      item(l.pico.population, q.population),
      item(l.pico.intervention, q.intervention),
      item(l.pico.comparator, q.comparator),
      item(l.pico.outcomes, outcomes.join('; ')),
    ]),
  );
  return { id: 'objective', title: l.sections.objective, blocks };
}
