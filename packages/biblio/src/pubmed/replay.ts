/**
 * A transport that answers from recorded responses instead of the network, and keeps every request it was sent.
 * Tests use it to check requests parameter by parameter and to play back rate limits, server errors and outages; a
 * saved search can be replayed the same way. Answers are queued per utility and given out in order.
 */
import type { Clock } from './clock.js';
import type { Utility } from './request.js';
import type { HttpRequest, HttpResponse, HttpTransport } from './transport.js';

/** A request as the recorded transport saw it, its parameters decoded from the query string or the POST body. */
export interface SeenRequest {
  utility: string;
  method: 'GET' | 'POST';
  url: string;
  params: [string, string][];
  body?: string;
  headers: Record<string, string>;
  signal: AbortSignal;
  /** The clock's time when the request was sent (when a clock was given). */
  at?: number;
}

/** A recorded answer: a response, a network failure (no answer), or a function for anything more dynamic. */
export type RecordedAnswer =
  | { status?: number; headers?: Record<string, string>; body?: string }
  | { networkError: string }
  | ((request: SeenRequest) => HttpResponse | Promise<HttpResponse>);

export interface RecordedTransport extends HttpTransport {
  /** Every request sent, in order. */
  readonly requests: SeenRequest[];
  /** Recorded answers not yet used. */
  remaining(): number;
}

/**
 * @example
 * const transport = recordedTransport({ esearch: [{ body: '{"esearchresult":{"count":"0","idlist":[]}}' }] });
 * const client = new PubmedClient({ tool: 'evidens', email: 'a@b.org', transport });
 * await client.search({ term: 'magnesium' });
 * transport.requests[0].params; // → [['db','pubmed'], ['term','magnesium'], …, ['tool','evidens'], ['email','a@b.org']]
 */
export function recordedTransport(
  answers: Partial<Record<Utility, RecordedAnswer[]>>,
  clock?: Clock,
): RecordedTransport {
  const queues = new Map<string, RecordedAnswer[]>(Object.entries(answers).map(([u, list]) => [u, [...(list ?? [])]]));
  const requests: SeenRequest[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    const seen = describe(request, clock);
    requests.push(seen);
    const answer = queues.get(seen.utility)?.shift();
    if (answer === undefined) {
      throw new Error(`recorded transport: no answer left for ${seen.utility} (request ${requests.length})`);
    }
    if (typeof answer === 'function') return answer(seen);
    if ('networkError' in answer) throw new TypeError('fetch failed', { cause: new Error(answer.networkError) });
    return { status: answer.status ?? 200, headers: answer.headers ?? {}, text: answer.body ?? '' };
  };
  return Object.assign(transport, {
    requests,
    remaining: () => [...queues.values()].reduce((n, q) => n + q.length, 0),
  });
}

function describe(request: HttpRequest, clock?: Clock): SeenRequest {
  const question = request.url.indexOf('?');
  const path = question < 0 ? request.url : request.url.slice(0, question);
  const query = request.method === 'POST' ? (request.body ?? '') : question < 0 ? '' : request.url.slice(question + 1);
  const seen: SeenRequest = {
    utility: /([a-z]+)\.fcgi$/.exec(path)?.[1] ?? path,
    method: request.method,
    url: request.url,
    params: [...new URLSearchParams(query)],
    headers: request.headers ?? {},
    signal: request.signal,
  };
  if (request.body !== undefined) seen.body = request.body;
  if (clock) seen.at = clock.now();
  return seen;
}
