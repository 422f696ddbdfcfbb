/** What every request handler can reach: the store, the mode, the signed-in user and their session. */
import type { HttpTransport } from '@evidens/biblio';
import type { Store } from '@evidens/store';

export type Mode = 'single' | 'team';
export type Role = 'owner' | 'reviewer' | 'viewer';
export const ROLES: readonly Role[] = ['viewer', 'reviewer', 'owner'];

export interface User {
  id: string;
  email: string;
  name: string;
}

/** The single user of single-user mode: owner of every review, no login. */
export const LOCAL_USER: User = { id: 'local', email: '', name: 'Local user' };

export interface Session {
  id: string;
  csrfToken: string;
  expiresAt: string;
}

export interface AppOptions {
  store: Store;
  mode: Mode;
  /** Set the Secure flag on cookies (behind HTTPS). */
  secureCookies?: boolean;
  /** Session lifetime in seconds (default 14 days). */
  sessionSeconds?: number;
  /** The clock, for tests of expiry. */
  now?: () => Date;
  /** Where the built web workbench lives, served at / (optional). */
  webRoot?: string;
  /** PubMed E-utilities: the transport (tests pass recorded answers), an NCBI API key, and the contact address. */
  pubmed?: { transport?: HttpTransport; apiKey?: string; email?: string };
}

export interface Env {
  Variables: {
    options: Required<Pick<AppOptions, 'store' | 'mode' | 'secureCookies' | 'sessionSeconds' | 'now'>> &
      Pick<AppOptions, 'pubmed'>;
    user: User | null;
    session: Session | null;
  };
}
