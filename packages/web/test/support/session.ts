/**
 * Small steps shared by the browser tests: signing up through the form, and the rare call of the API with the page's
 * own session (cookie and CSRF token), for what no page offers.
 */
import type { Page } from 'playwright-core';

export interface Person {
  email: string;
  name: string;
  password: string;
}

/** Fills the sign-up form on the page as it stands (#/signup or an invitation's) and sends it. */
export async function fillSignUp(page: Page, who: Person): Promise<void> {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Name', { exact: true }).fill(who.name);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Create the account' }).click();
}

/** A JSON request from inside the page, as the page's own client makes it: same origin, session cookie, CSRF header. */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, text: await res.text() };
    },
    { method, path, body },
  );
  if (answer.status >= 400) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
  return (answer.text ? JSON.parse(answer.text) : undefined) as T;
}

/** The status of a GET from inside the page (to assert what a person may not read). */
export async function statusOf(page: Page, path: string): Promise<number> {
  // Through the context's request API (same cookies), so that the refusal is not logged as a page error.
  return (await page.context().request.get(new URL(path, page.url()).href)).status();
}
