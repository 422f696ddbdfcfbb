/**
 * Turning a failed answer into words for the user: the server's error envelope `{error: {code, message, details?}}`
 * gives the message, a 422's details name each field; anything else (a proxy's HTML page, a dropped connection)
 * becomes a plain sentence. Never a stack trace. The server speaks English; with `lang` 'da' in the words, known
 * messages come out in Danish and unknown ones get the Danish headline of their code (i18n/server-text.ts).
 * Pure: no fetch, no DOM.
 */
import { type ServerLanguage, serverError, serverText } from '../i18n/server-text';

/** A request that did not succeed. `status` 0 means the server was not reached. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Words for the failures that carry no message of their own. */
export interface FailureWords {
  network: string;
  unexpected: (status: number) => string;
  /** The page's language, for the server's messages; English when absent. */
  lang?: ServerLanguage;
}

const ENGLISH: FailureWords = {
  network: 'The server could not be reached.',
  unexpected: (status) => `The server answered in a way the page did not expect (${status}).`,
};

/**
 * The failure an HTTP answer stands for, read from its body text.
 * @example
 * failureOf(409, '{"error":{"code":"version_conflict","message":"changed","details":{"current":3}}}').code;
 * // → 'version_conflict'
 */
export function failureOf(status: number, text: string, words: FailureWords = ENGLISH): ApiFailure {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new ApiFailure(status, 'unexpected', words.unexpected(status));
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (!error || typeof error.message !== 'string')
    return new ApiFailure(status, 'unexpected', words.unexpected(status));
  const code = typeof error.code === 'string' ? error.code : 'unexpected';
  const lang = words.lang ?? 'en';
  const message = withDetails(serverError(lang, code, error.message), error.details, lang);
  return new ApiFailure(status, code, message, error.details);
}

/** A message with the field problems of a validation error appended: "invalid: title: required; year: too small". */
function withDetails(message: string, details: unknown, lang: ServerLanguage): string {
  if (!Array.isArray(details)) return message;
  const lines = details
    .filter((d): d is { path?: unknown; message: string } => typeof d?.message === 'string')
    .map((d) => {
      const path = Array.isArray(d.path) ? d.path.join('.') : typeof d.path === 'string' ? d.path : '';
      const said = serverText(lang, d.message);
      return path ? `${path}: ${said}` : said;
    });
  return lines.length > 0 ? `${message}: ${lines.join('; ')}` : message;
}

/** The failure for a request that never got an answer. */
export function networkFailure(words: FailureWords = ENGLISH): ApiFailure {
  return new ApiFailure(0, 'network', words.network);
}

/** What to show for anything thrown while talking to the server. */
export function messageOf(error: unknown, words: FailureWords = ENGLISH): string {
  if (error instanceof ApiFailure) return error.message;
  return words.unexpected(0);
}
