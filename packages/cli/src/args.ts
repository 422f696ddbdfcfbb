/**
 * Option parsing with node:util `parseArgs`, and checks of option values against explicit lists. Every mistake becomes
 * a `CliError` that names the option and what it accepts.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './errors.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Option values as parseArgs gives them for options that are neither `multiple` nor defaulted. */
export type OptionValues<O extends OptionsConfig> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string;
};

/** Parses `argv` strictly: unknown options and missing values are errors naming the option. */
export function parseOptions<const O extends OptionsConfig>(
  command: string,
  argv: string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    // parseArgs's own result type names a type node:util does not export, so it cannot appear in declarations.
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    throw new CliError(explainParseError(command, error));
  }
}

function explainParseError(command: string, error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'an option';
  const help = `(see evidens ${command} --help)`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option} for evidens ${command} ${help}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('argument missing')) return `option ${option} needs a value ${help}`;
      if (message.includes('ambiguous'))
        return `option ${option} needs a value; for a negative value write ${option}=-1`;
      if (message.includes('does not take an argument')) return `option ${option} does not take a value`;
      return `option ${option}: ${message}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${help}`;
    default:
      throw error;
  }
}

/** The value of `--option` if it is one of `allowed` (compared without regard to case), else an error listing them. */
export function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (hit === undefined) {
    throw new CliError(`option --${option} must be one of ${allowed.join(', ')} (got ${value})`);
  }
  return hit;
}

/** A finite number for `--option` that passes `ok`; `rule` says what is allowed, for the message. */
export function numberOption(option: string, value: string, ok: (x: number) => boolean, rule: string): number {
  const x = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(Number.isFinite(x) && ok(x))) throw new CliError(`option --${option} must be ${rule} (got ${value})`);
  return x;
}

/** A whole number for `--option` between `min` and `max`; underscores are allowed as separators (1_000_000). */
export function integerOption(option: string, value: string, min: number, max: number): number {
  const x = /^\s*\d[\d_]*\s*$/.test(value) ? Number(value.replace(/_/g, '')) : Number.NaN;
  if (!(Number.isSafeInteger(x) && x >= min && x <= max)) {
    throw new CliError(`option --${option} must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return x;
}
