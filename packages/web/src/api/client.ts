/**
 * The one way the page talks to the server: same-origin fetch with the session cookie, JSON in and out, the CSRF
 * token of GET /api/auth/me on every request that changes something, and failures as {@link ApiFailure}s whose
 * message can be shown as it is.
 */
import { ApiFailure, type FailureWords, failureOf, networkFailure } from './errors';

let csrfToken: string | undefined;
let words: FailureWords | undefined;

/** Remembers the session's CSRF token (from GET /api/auth/me) for the requests that follow. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The words for failures without a server message, in the page's language. */
export function setFailureWords(w: FailureWords): void {
  words = w;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends one request; resolves with the parsed JSON (undefined for 204) or rejects with an {@link ApiFailure}. */
export async function request<T>(method: Method, path: string, body?: unknown, raw?: Blob | string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
  } catch {
    throw networkFailure(words);
  }
  const text = await response.text();
  if (!response.ok) throw failureOf(response.status, text, words);
  if (text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiFailure(
      response.status,
      'unexpected',
      (words ?? { unexpected: (s: number) => `(${s})` }).unexpected(response.status),
    );
  }
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, body);
export const del = <T>(path: string) => request<T>('DELETE', path);

/** A path segment, escaped. */
export const seg = (s: string) => encodeURIComponent(s);
