/** Accounts exist only on a team server: in single-user mode their routes answer as if they were not there. */
import type { Context } from 'hono';
import type { Env } from '../env.js';
import { ApiError } from '../errors.js';

/** Throws the single-user mode's 404 for an account route. */
export function teamOnly(c: Context<Env>): void {
  if (c.get('options').mode === 'single')
    throw new ApiError(
      404,
      'not_found',
      'accounts exist only on a team server; this one runs in single-user mode (start it with evidens serve --team)',
    );
}
