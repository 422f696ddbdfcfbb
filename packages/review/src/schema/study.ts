/** Schema of studies.yaml: the characteristics of the included studies. */
import { z } from 'zod';
import { DESIGNS } from '../model/protocol.js';
import { ARM_ROLES, type Study } from '../model/study.js';
import { count, id, idList, oneOf, text, textList } from './fields.js';

const map = { error: 'must be a map of fields' };

const armSchema = z.strictObject(
  {
    id: id(),
    name: text(),
    role: oneOf(ARM_ROLES),
    randomised: count().optional(),
    analysed: count().optional(),
  },
  map,
);

const sequenceSchema = z.strictObject(
  { id: id(), order: idList(), randomised: count().optional(), analysed: count().optional() },
  map,
);

const referenceSchema = z.strictObject(
  {
    citation: text().optional(),
    pmid: z
      .preprocess(
        (v) => (typeof v === 'number' ? String(v) : v),
        z.string({ error: 'must be a PMID' }).regex(/^\d{1,9}$/, { error: 'must be a PMID (digits only)' }),
      )
      .optional(),
    doi: z
      .string({ error: 'must be a DOI' })
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a DOI like 10.1000/xyz, without a resolver prefix' })
      .optional(),
    registry: text().optional(),
    records: idList().default([]),
  },
  map,
);

export const studySchema: z.ZodType<Study> = z
  .strictObject(
    {
      id: id(),
      label: text(),
      year: z
        .number({ error: 'must be a year' })
        .int({ error: 'must be a year' })
        .min(1900, { error: 'must be a year from 1900' })
        .max(2100, { error: 'must be a year before 2100' }),
      authors: textList().default([]),
      title: text().optional(),
      design: oneOf(DESIGNS),
      country: text().optional(),
      setting: text().optional(),
      population: text(),
      inclusion: textList().default([]),
      exclusion: textList().default([]),
      randomised: count().optional(),
      analysed: count().optional(),
      arms: z.array(armSchema, { error: 'must be a list' }),
      crossover: z
        .strictObject(
          {
            sequences: z.array(sequenceSchema, { error: 'must be a list' }).default([]),
            periodLength: text().optional(),
            washout: text().optional(),
          },
          map,
        )
        .optional(),
      intervention: z.strictObject(
        {
          agent: text(),
          salt: text().optional(),
          dose: text().optional(),
          route: text().optional(),
          schedule: text().optional(),
          duration: text().optional(),
          description: text().optional(),
        },
        map,
      ),
      comparator: z.strictObject({ description: text(), placeboContent: text().optional() }, map),
      outcomes: textList().default([]),
      funding: text().optional(),
      conflicts: text().optional(),
      notes: text().optional(),
      subgroups: z.record(z.string(), text(), { error: 'must be a map of texts' }).default({}),
      references: z.array(referenceSchema, { error: 'must be a list' }).default([]),
    },
    map,
  )
  .superRefine((study, ctx) => {
    const roles = new Set(study.arms.map((a) => a.role));
    for (const role of ARM_ROLES) {
      if (!roles.has(role)) ctx.addIssue({ code: 'custom', path: ['arms'], message: `must include an ${role} arm` });
    }
    const seen = new Set<string>();
    study.arms.forEach((arm, i) => {
      if (seen.has(arm.id)) ctx.addIssue({ code: 'custom', path: ['arms', i, 'id'], message: `repeats ${arm.id}` });
      seen.add(arm.id);
      if (arm.randomised !== undefined && arm.analysed !== undefined && arm.analysed > arm.randomised) {
        ctx.addIssue({
          code: 'custom',
          path: ['arms', i, 'analysed'],
          message: `must not exceed randomised (got ${arm.analysed} of ${arm.randomised})`,
        });
      }
    });
    if (study.randomised !== undefined && study.analysed !== undefined && study.analysed > study.randomised) {
      ctx.addIssue({
        code: 'custom',
        path: ['analysed'],
        message: `must not exceed randomised (got ${study.analysed} of ${study.randomised})`,
      });
    }
    if (study.crossover && study.design !== 'crossover') {
      ctx.addIssue({
        code: 'custom',
        path: ['crossover'],
        message: `is only for crossover designs (got ${study.design})`,
      });
    }
    study.crossover?.sequences.forEach((sequence, i) => {
      sequence.order.forEach((arm, j) => {
        if (!seen.has(arm)) {
          ctx.addIssue({
            code: 'custom',
            path: ['crossover', 'sequences', i, 'order', j],
            message: `names no arm of the study (got ${arm})`,
          });
        }
      });
    });
  });
