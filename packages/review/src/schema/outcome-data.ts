/** Schema of data.yaml: outcome data per study in the shapes papers report. */
import { z } from 'zod';
import { armProblems, effectProblems, pairedProblems, type ShapeProblem } from '../model/data-shapes.js';
import {
  ARM_CONVERSIONS,
  type ArmData,
  DATA_SHAPES,
  EFFECT_CONVERSIONS,
  type EffectData,
  type OutcomeData,
  PAIRED_CONVERSIONS,
  type PairedData,
} from '../model/outcome-data.js';
import { EFFECT_MEASURES } from '../model/protocol.js';
import {
  correlation,
  count,
  countOrZero,
  finite,
  id,
  interval,
  oneOf,
  positive,
  text,
  unitInterval,
} from './fields.js';

const map = { error: 'must be a map of fields' };

function report(problems: ShapeProblem[], ctx: z.RefinementCtx, prefix: PropertyKey[] = []): void {
  for (const p of problems) {
    ctx.addIssue({ code: 'custom', path: p.field === '' ? prefix : [...prefix, p.field], message: p.message });
  }
}

export const armDataSchema: z.ZodType<ArmData> = z
  .strictObject(
    {
      arm: id().optional(),
      n: count().optional(),
      events: countOrZero().optional(),
      mean: finite().optional(),
      sd: positive().optional(),
      se: positive().optional(),
      ci: interval().optional(),
      ciLevel: unitInterval().optional(),
      median: finite().optional(),
      q1: finite().optional(),
      q3: finite().optional(),
      min: finite().optional(),
      max: finite().optional(),
      conversion: oneOf(ARM_CONVERSIONS).optional(),
    },
    map,
  )
  .superRefine((arm, ctx) => report(armProblems(arm), ctx));

const effectSchema: z.ZodType<EffectData> = z
  .strictObject(
    {
      measure: oneOf(EFFECT_MEASURES),
      estimate: finite(),
      se: positive().optional(),
      ci: interval().optional(),
      ciLevel: unitInterval().optional(),
      p: unitInterval().optional(),
      df: positive().optional(),
      nIntervention: count().optional(),
      nComparator: count().optional(),
      conversion: oneOf(EFFECT_CONVERSIONS).optional(),
    },
    map,
  )
  .superRefine((effect, ctx) => report(effectProblems(effect), ctx));

const pairedSchema: z.ZodType<PairedData> = z
  .strictObject(
    {
      md: finite(),
      sd: positive().optional(),
      se: positive().optional(),
      ci: interval().optional(),
      ciLevel: unitInterval().optional(),
      t: finite().optional(),
      p: unitInterval().optional(),
      n: count().optional(),
      conversion: oneOf(PAIRED_CONVERSIONS).optional(),
    },
    map,
  )
  .superRefine((paired, ctx) => report(pairedProblems(paired), ctx));

const sequenceDataSchema = z.strictObject(
  { sequence: id(), intervention: armDataSchema, comparator: armDataSchema },
  map,
);

export const outcomeDataSchema: z.ZodType<OutcomeData> = z
  .strictObject(
    {
      study: id(),
      outcome: id(),
      comparison: id().optional(),
      timepoint: text().optional(),
      source: text().optional(),
      notes: text().optional(),
      arms: z.strictObject({ intervention: armDataSchema, comparator: armDataSchema }, map).optional(),
      effect: effectSchema.optional(),
      paired: pairedSchema.optional(),
      sequences: z
        .array(sequenceDataSchema, { error: 'must be a list' })
        .min(2, { error: 'must list both sequences' })
        .optional(),
      correlation: correlation().optional(),
      rescale: z.strictObject({ factor: positive(), reason: text() }, map).optional(),
    },
    map,
  )
  .superRefine((entry, ctx) => {
    const given = DATA_SHAPES.filter((shape) => entry[shape] !== undefined);
    if (given.length !== 1) {
      const got = given.length === 0 ? 'none' : given.join(', ');
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `must give exactly one of ${DATA_SHAPES.join(', ')} (got ${got})`,
      });
    }
    const measure = entry.effect?.measure;
    if (entry.rescale && measure !== undefined && measure !== 'MD') {
      ctx.addIssue({
        code: 'custom',
        path: ['rescale'],
        message: `applies to differences in the outcome's unit, not to ${measure}`,
      });
    }
    if (entry.correlation !== undefined && entry.arms === undefined && entry.sequences === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['correlation'],
        message: 'is only used with arms or sequences of a crossover trial',
      });
    }
  });
