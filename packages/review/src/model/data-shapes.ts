/**
 * Which reported shape an arm summary, effect estimate or paired difference has, and which conversions fit it.
 * Shared by validation (to say what is wrong) and by the effect-size pipeline (to pick the formula).
 */
import type {
  ArmConversion,
  ArmData,
  EffectConversion,
  EffectData,
  PairedConversion,
  PairedData,
} from './outcome-data.js';

/** The shapes an arm summary can have. */
export type ArmShape = 'events' | 'mean-sd' | 'mean-se' | 'mean-ci' | 'quantiles';

const ARM_CONVERSIONS_BY_SHAPE: Record<ArmShape, readonly ArmConversion[]> = {
  events: ['none'],
  'mean-sd': ['none'],
  'mean-se': ['sd-from-se'],
  'mean-ci': ['sd-from-ci', 'sd-from-ci-t'],
  quantiles: ['luo-wan'],
};

const SHAPE_NAMES: Record<ArmShape, string> = {
  events: 'events and n',
  'mean-sd': 'a mean with its SD',
  'mean-se': 'a mean with its SE',
  'mean-ci': 'a mean with its CI',
  quantiles: 'a median with quartiles or range',
};

/** A problem with a shape, naming the field it is about. */
export interface ShapeProblem {
  field: string;
  message: string;
}

/** The arm's shape, or undefined when the fields given fit none. */
export function armShape(arm: ArmData): ArmShape | undefined {
  if (arm.events !== undefined) return 'events';
  if (arm.mean !== undefined && arm.sd !== undefined) return 'mean-sd';
  if (arm.mean !== undefined && arm.se !== undefined) return 'mean-se';
  if (arm.mean !== undefined && arm.ci !== undefined) return 'mean-ci';
  const range = arm.min !== undefined && arm.max !== undefined;
  const quartiles = arm.q1 !== undefined && arm.q3 !== undefined;
  if (arm.median !== undefined && (range || quartiles)) return 'quantiles';
  return undefined;
}

/** The conversion the arm uses: the one given, or "none" for shapes that need none. */
export function armConversion(arm: ArmData): ArmConversion | undefined {
  const shape = armShape(arm);
  if (shape === undefined) return undefined;
  return arm.conversion ?? (ARM_CONVERSIONS_BY_SHAPE[shape].includes('none') ? 'none' : undefined);
}

/** What is wrong with an arm summary's combination of fields, if anything. */
export function armProblems(arm: ArmData): ShapeProblem[] {
  const shape = armShape(arm);
  if (shape === undefined) {
    return [
      {
        field: '',
        message:
          'must give events and n; mean, sd and n; mean, se and n; mean, ci and n; or median, n and q1 with q3 and/or min with max',
      },
    ];
  }
  const problems: ShapeProblem[] = [];
  if (arm.n === undefined) problems.push({ field: 'n', message: `is required with ${SHAPE_NAMES[shape]}` });
  if (shape === 'events' && arm.n !== undefined && arm.events !== undefined && arm.events > arm.n) {
    problems.push({ field: 'events', message: `must not exceed n (got ${arm.events} of ${arm.n})` });
  }
  const allowed = ARM_CONVERSIONS_BY_SHAPE[shape];
  if (arm.conversion === undefined && !allowed.includes('none')) {
    problems.push({
      field: 'conversion',
      message: `must be ${allowed.join(' or ')} for ${SHAPE_NAMES[shape]} (got nothing)`,
    });
  } else if (arm.conversion !== undefined && !allowed.includes(arm.conversion)) {
    problems.push({
      field: 'conversion',
      message: `must be ${allowed.join(' or ')} for ${SHAPE_NAMES[shape]} (got ${arm.conversion})`,
    });
  }
  if (arm.ciLevel !== undefined && shape !== 'mean-ci') {
    problems.push({ field: 'ciLevel', message: 'is only used with a mean and its ci' });
  }
  return problems;
}

/** Which precision field an effect estimate gives. */
export function effectPrecision(effect: EffectData): 'se' | 'ci' | 'p' | undefined {
  const given = (['se', 'ci', 'p'] as const).filter((k) => effect[k] !== undefined);
  return given.length === 1 ? given[0] : undefined;
}

const EFFECT_CONVERSIONS_BY_FIELD: Record<'se' | 'ci' | 'p', readonly EffectConversion[]> = {
  se: ['none'],
  ci: ['se-from-ci', 'se-from-ci-t'],
  p: ['se-from-p', 'se-from-p-t'],
};

/** What is wrong with an effect estimate's fields, if anything. */
export function effectProblems(effect: EffectData): ShapeProblem[] {
  const given = (['se', 'ci', 'p'] as const).filter((k) => effect[k] !== undefined);
  if (given.length !== 1) {
    const got = given.length === 0 ? 'none' : given.join(', ');
    return [{ field: '', message: `must give exactly one of se, ci, p with the estimate (got ${got})` }];
  }
  const problems: ShapeProblem[] = [];
  const field = given[0];
  const allowed = EFFECT_CONVERSIONS_BY_FIELD[field];
  const conversion = effect.conversion ?? (allowed.includes('none') ? 'none' : undefined);
  if (conversion === undefined || !allowed.includes(conversion)) {
    problems.push({
      field: 'conversion',
      message: `must be ${allowed.join(' or ')} with ${field} (got ${effect.conversion ?? 'nothing'})`,
    });
  }
  if (conversion?.endsWith('-t') && effect.df === undefined) {
    problems.push({ field: 'df', message: `is required for ${conversion}` });
  }
  if ((effect.measure === 'RR' || effect.measure === 'OR') && !(effect.estimate > 0)) {
    problems.push({
      field: 'estimate',
      message: `must be a positive ratio for ${effect.measure} (got ${effect.estimate})`,
    });
  }
  if (effect.ci !== undefined && !(effect.ci[0] <= effect.estimate && effect.estimate <= effect.ci[1])) {
    problems.push({ field: 'ci', message: `must contain the estimate ${effect.estimate}` });
  }
  return problems;
}

const PAIRED_FIELDS = ['sd', 'se', 'ci', 't', 'p'] as const;
const PAIRED_CONVERSIONS_BY_FIELD: Record<(typeof PAIRED_FIELDS)[number], readonly PairedConversion[]> = {
  sd: ['none'],
  se: ['none'],
  ci: ['se-from-ci', 'se-from-ci-t'],
  t: ['se-from-t'],
  p: ['se-from-p-t'],
};

/** Which precision field a paired difference gives. */
export function pairedPrecision(paired: PairedData): (typeof PAIRED_FIELDS)[number] | undefined {
  const given = PAIRED_FIELDS.filter((k) => paired[k] !== undefined);
  return given.length === 1 ? given[0] : undefined;
}

/** What is wrong with a paired difference's fields, if anything. */
export function pairedProblems(paired: PairedData): ShapeProblem[] {
  const given = PAIRED_FIELDS.filter((k) => paired[k] !== undefined);
  if (given.length !== 1) {
    const got = given.length === 0 ? 'none' : given.join(', ');
    return [{ field: '', message: `must give exactly one of sd, se, ci, t, p with md (got ${got})` }];
  }
  const problems: ShapeProblem[] = [];
  const field = given[0];
  const allowed = PAIRED_CONVERSIONS_BY_FIELD[field];
  const conversion = paired.conversion ?? (allowed.includes('none') ? 'none' : undefined);
  if (conversion === undefined || !allowed.includes(conversion)) {
    problems.push({
      field: 'conversion',
      message: `must be ${allowed.join(' or ')} with ${field} (got ${paired.conversion ?? 'nothing'})`,
    });
  }
  const needsN = field === 'sd' || field === 't' || field === 'p' || conversion === 'se-from-ci-t';
  if (needsN && paired.n === undefined) problems.push({ field: 'n', message: `is required with ${field}` });
  return problems;
}
