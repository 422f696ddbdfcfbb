/** Schema of rob.yaml: RoB 2 answers per result, and overrides with reasons. */
import { z } from 'zod';
import { ROB_DOMAINS, ROB_JUDGEMENTS, ROB_RESPONSES, ROB_VARIANTS, type RobAssessment } from '../model/rob.js';
import { id, oneOf, text } from './fields.js';

const map = { error: 'must be a map of fields' };

/** An answer written as "PY" or as { answer: PY, support: "…" }. */
const answerSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { answer: value } : value),
  z.strictObject({ answer: oneOf(ROB_RESPONSES), support: text().optional() }, map),
);

const overrideSchema = z.strictObject({ judgement: oneOf(ROB_JUDGEMENTS), reason: text() }, map);

const QUESTION_ID = /^(?:[1-5]|S)\.[1-7]$/;

export const robAssessmentSchema: z.ZodType<RobAssessment> = z.strictObject(
  {
    study: id(),
    outcome: id(),
    result: text().optional(),
    variant: oneOf(ROB_VARIANTS).optional(),
    answers: z
      .record(z.string().regex(QUESTION_ID, { error: 'must be a question id like 1.1 or S.2' }), answerSchema, {
        error: 'must be a map of question id to answer',
      })
      .default({}),
    overrides: z
      .strictObject(
        Object.fromEntries([...ROB_DOMAINS, 'overall'].map((d) => [d, overrideSchema.optional()])) as Record<
          (typeof ROB_DOMAINS)[number] | 'overall',
          z.ZodOptional<typeof overrideSchema>
        >,
        map,
      )
      .default({}),
    notes: text().optional(),
  },
  map,
);
