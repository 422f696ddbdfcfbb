/** Schema of grade.yaml: the reviewer's GRADE decisions per outcome. */
import { z } from 'zod';
import { GRADE_LOWERING, GRADE_RAISING, type GradeEntry, LOWERING_JUDGEMENTS } from '../model/grade.js';
import { finite, id, oneOf, text, textList } from './fields.js';

const map = { error: 'must be a map of fields' };

const lowering = z.strictObject({ judgement: oneOf(LOWERING_JUDGEMENTS), reason: text() }, map);
const raising = z.strictObject({ judgement: oneOf(['no', 'yes'] as const), reason: text() }, map);
const largeEffect = z.strictObject({ judgement: oneOf(['no', 'yes', 'very-large'] as const), reason: text() }, map);

const decisions = {
  ...Object.fromEntries(GRADE_LOWERING.map((d) => [d, lowering.optional()])),
  ...Object.fromEntries(GRADE_RAISING.map((d) => [d, raising.optional()])),
  largeEffect: largeEffect.optional(),
} as Record<(typeof GRADE_LOWERING)[number] | (typeof GRADE_RAISING)[number], z.ZodOptional<typeof largeEffect>>;

export const gradeEntrySchema: z.ZodType<GradeEntry> = z
  .strictObject(
    {
      analysis: id(),
      start: oneOf(['high', 'low'] as const).default('high'),
      ...decisions,
      assumedControl: finite().optional(),
      assumedControlSource: text().optional(),
      footnotes: textList().default([]),
    },
    map,
  )
  .transform((raw) => {
    const { analysis, start, assumedControl, assumedControlSource, footnotes } = raw;
    const entry: GradeEntry = { analysis, start, decisions: {}, footnotes };
    if (assumedControl !== undefined) entry.assumedControl = assumedControl;
    if (assumedControlSource !== undefined) entry.assumedControlSource = assumedControlSource;
    for (const domain of [...GRADE_LOWERING, ...GRADE_RAISING]) {
      const decision = raw[domain];
      if (decision) entry.decisions[domain] = decision;
    }
    return entry;
  });
