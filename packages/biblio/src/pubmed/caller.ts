/**
 * One polite E-utilities call: wait for a rate-limit slot, send, and on a passing failure (no answer, 429, 5xx) wait
 * and try again, up to the retry budget; then hand back the body text or throw a {@link PubmedError}. Cancellation
 * aborts the request in flight and every wait, and rejects with an AbortError; no request starts after it.
 */
import type { Clock } from './clock.js';
import { abortError, PubmedError, throwIfAborted } from './errors.js';
import type { RateLimiter } from './rate-limiter.js';
import { type BuiltRequest, buildRequest, type Identity, type Params, type Utility } from './request.js';
import { backoffDelay, isRateLimitBody, isRetryableStatus, type RetryPolicy, retryAfterMs } from './retry.js';
import type { HttpResponse, HttpTransport } from './transport.js';

export interface CallerSetup {
  base: string;
  identity: Identity;
  transport: HttpTransport;
  clock: Clock;
  limiter: RateLimiter;
  retry: RetryPolicy;
  /** Longest wait for one answer before the attempt counts as unanswered. Real time, not the injected clock. */
  timeoutMs: number;
}

type Outcome = { response: HttpResponse } | { failure: string; cause: unknown };

const TIMED_OUT = Symbol('timed out');

export class Caller {
  constructor(private readonly setup: CallerSetup) {}

  /**
   * The body of a successful answer.
   * @example
   * const text = await caller.call('esearch', [['db', 'pubmed'], ['term', 'magnesium'], ['retmode', 'json']]);
   */
  async call(utility: Utility, params: Params, signal?: AbortSignal): Promise<string> {
    const { base, identity, clock, limiter, retry } = this.setup;
    const request = buildRequest(base, utility, params, identity);
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(signal);
      await limiter.acquire(signal);
      const outcome = await this.attempt(request, signal);
      const retriesLeft = attempt <= retry.retries;
      if ('failure' in outcome) {
        if (!retriesLeft) throw unreachable(outcome, request, attempt);
        await clock.sleep(backoffDelay(retry, attempt), signal);
        continue;
      }
      const { status, headers, text } = outcome.response;
      const limited = status === 200 && isRateLimitBody(text);
      if (status >= 200 && status < 300 && !limited) return text;
      if (!limited && !isRetryableStatus(status)) throw httpError(status, text, request, attempt);
      const serverMs = retryAfterMs(headers['retry-after'], clock.now());
      if (serverMs !== undefined && serverMs > retry.maxDelayMs) {
        const asked = Math.ceil(serverMs / 1000);
        const limit = Math.round(retry.maxDelayMs / 1000);
        throw httpError(
          status,
          text,
          request,
          attempt,
          `PubMed asked to wait ${asked} s, longer than the ${limit} s allowed`,
        );
      }
      if (!retriesLeft) throw httpError(status, text, request, attempt);
      await clock.sleep(backoffDelay(retry, attempt, serverMs), signal);
    }
  }

  /** One request, raced against cancellation and the timeout so that a transport that ignores its signal cannot hang. */
  private async attempt(request: BuiltRequest, signal?: AbortSignal): Promise<Outcome> {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(TIMED_OUT), this.setup.timeoutMs);
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    try {
      const sent = this.setup.transport({
        url: request.url,
        method: request.method,
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(request.headers ? { headers: request.headers } : {}),
        signal: controller.signal,
      });
      return { response: await Promise.race([sent, stopped]) };
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (controller.signal.reason === TIMED_OUT) {
        return { failure: `no answer within ${duration(this.setup.timeoutMs)}`, cause: error };
      }
      return { failure: describeNetworkError(error), cause: error };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** The most specific words in a network error: Node's fetch hides the system error in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.message || error.name;
}

function unreachable(outcome: { failure: string; cause: unknown }, request: BuiltRequest, attempts: number) {
  return new PubmedError(
    'pubmed_unreachable',
    `PubMed could not be reached: ${outcome.failure} (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}; ` +
      `${request.shownUrl}). Check the internet connection and try again later.`,
    { url: request.shownUrl, attempts },
    { cause: outcome.cause },
  );
}

function httpError(status: number, text: string, request: BuiltRequest, attempts: number, why?: string): PubmedError {
  const said = serverMessage(text);
  const tries = attempts === 1 ? '' : ` after ${attempts} attempts`;
  const reason = why ? `; ${why}` : '';
  return new PubmedError(
    'http_error',
    `PubMed answered HTTP ${status}${tries}${said ? `: ${said}` : ''}${reason} (${request.shownUrl})`,
    { status, url: request.shownUrl, attempts },
  );
}

/** NCBI's own words from an error body: `{"error": …}`, `{"esearchresult": {"ERROR": …}}` or `<ERROR>…</ERROR>`. */
export function serverMessage(text: string): string | undefined {
  const xml = /<ERROR>([\s\S]*?)<\/ERROR>/.exec(text);
  if (xml) return xml[1].trim();
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return undefined;
    const top = (body as Record<string, unknown>)['error'];
    if (typeof top === 'string') return top;
    for (const value of Object.values(body)) {
      if (typeof value === 'object' && value !== null) {
        const inner = (value as Record<string, unknown>)['ERROR'];
        if (typeof inner === 'string') return inner;
      }
    }
  } catch {
    // Not JSON: an HTML error page says nothing useful to a user.
  }
  return undefined;
}
