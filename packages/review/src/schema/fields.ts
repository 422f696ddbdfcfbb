/**
 * Field schemas shared by the file formats, each with the message a reader of the file needs: what the value must
 * be. The "(got …)" part is added when issues are reported.
 */
import { z } from 'zod';

/** Numbers where text is expected (a year as a title, an id like 2011) are taken as their text. */
const numberAsText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/** Non-empty text, trimmed. */
export const text = () =>
  z.preprocess(numberAsText, z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }));

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** An id: letters, digits, ".", "_", ":" and "-", starting with a letter or digit. */
export const id = () =>
  z.preprocess(
    numberAsText,
    z
      .string({ error: 'must be an id' })
      .regex(ID, { error: 'must be an id of letters, digits, ".", "_", ":" or "-" without spaces' }),
  );

/** A list of texts; a single text is taken as a list of one. */
export const textList = () =>
  z.preprocess(
    (value) => (typeof value === 'string' || typeof value === 'number' ? [value] : value),
    z.array(text(), { error: 'must be a list of texts' }),
  );

/** A list of ids; a single id is taken as a list of one. */
export const idList = () =>
  z.preprocess(
    (value) => (typeof value === 'string' || typeof value === 'number' ? [value] : value),
    z.array(id(), { error: 'must be a list of ids' }),
  );

/** A finite number. */
export const finite = () => z.number({ error: 'must be a number' });

/** A number above zero. */
export const positive = () =>
  z.number({ error: 'must be a positive number' }).positive({ error: 'must be a positive number' });

/** A whole number above zero. */
export const count = () => {
  const message = 'must be a positive whole number';
  return z.number({ error: message }).int({ error: message }).positive({ error: message });
};

/** A whole number, zero or above. */
export const countOrZero = () => {
  const message = 'must be a whole number, zero or more';
  return z.number({ error: message }).int({ error: message }).nonnegative({ error: message });
};

/** A number strictly between 0 and 1 (a P value, a confidence level). */
export const unitInterval = () => {
  const message = 'must be a number between 0 and 1';
  return z.number({ error: message }).gt(0, { error: message }).lt(1, { error: message });
};

/** A correlation strictly between −1 and 1. */
export const correlation = () => {
  const message = 'must be a correlation between -1 and 1 (not -1 or 1)';
  return z.number({ error: message }).gt(-1, { error: message }).lt(1, { error: message });
};

/** A confidence interval [lower, upper] with lower below upper. */
export const interval = () =>
  z
    .tuple([finite(), finite()], { error: 'must be [lower, upper]' })
    .refine(([lower, upper]) => lower < upper, { error: 'must be [lower, upper] with lower below upper' });

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/;

/** A calendar date as YYYY-MM-DD, YYYY-MM or YYYY. */
export const isoDate = () =>
  z.preprocess(
    numberAsText,
    z.string({ error: 'must be a date' }).regex(DATE, { error: 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY' }),
  );

/** A date or date-time, ISO 8601 (YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss] with an optional zone). */
export const isoDateTime = () =>
  z
    .string({ error: 'must be a date-time' })
    .regex(DATE_TIME, { error: 'must be an ISO 8601 date or date-time (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)' });

/** One of a fixed list of values. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
