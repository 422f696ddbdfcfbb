/** Schema of one screening.csv row. */
import { z } from 'zod';
import {
  SCREENING_STAGES,
  type ScreeningDecision,
  type ScreeningDecisionValue,
  STAGE_DECISIONS,
} from '../model/screening.js';
import { id, isoDateTime, oneOf, text } from './fields.js';

const ALL_DECISIONS = [...new Set(Object.values(STAGE_DECISIONS).flat())] as [
  ScreeningDecisionValue,
  ...ScreeningDecisionValue[],
];

export const SCREENING_COLUMNS = ['record', 'reviewer', 'stage', 'decision', 'reason', 'time', 'source'] as const;

export const screeningRowSchema: z.ZodType<ScreeningDecision> = z
  .strictObject({
    record: text(),
    reviewer: text(),
    stage: oneOf(SCREENING_STAGES),
    decision: oneOf(ALL_DECISIONS),
    reason: text().optional(),
    time: isoDateTime(),
    source: id().optional(),
  })
  .superRefine((row, ctx) => {
    const allowed: readonly string[] = STAGE_DECISIONS[row.stage];
    if (!allowed.includes(row.decision)) {
      ctx.addIssue({
        code: 'custom',
        path: ['decision'],
        message: `must be one of ${allowed.join(', ')} at stage ${row.stage} (got ${row.decision})`,
      });
    }
    if (row.stage === 'full-text' && row.decision === 'exclude' && row.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'is required for a full-text exclusion: PRISMA 2020 reports them by reason',
      });
    }
  });
