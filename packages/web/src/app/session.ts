/** Who is signed in: GET /api/auth/me, remembered with its CSRF token; 401 means "show the sign-in page". */
import { useCallback, useEffect, useState } from 'react';
import { get, post, setCsrfToken } from '../api/client';
import { ApiFailure, messageOf } from '../api/errors';
import type { Me } from '../api/types';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-in'; me: Me }
  | { kind: 'signed-out' }
  | { kind: 'failed'; message: string };

export function useSession() {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const refresh = useCallback(async () => {
    try {
      const me = await get<Me>('/api/auth/me');
      setCsrfToken(me.csrfToken);
      setState({ kind: 'signed-in', me });
    } catch (e) {
      setCsrfToken(undefined);
      if (e instanceof ApiFailure && e.status === 401) setState({ kind: 'signed-out' });
      else setState({ kind: 'failed', message: messageOf(e) });
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const signOut = useCallback(async () => {
    await post('/api/auth/logout').catch(() => undefined);
    setCsrfToken(undefined);
    setState({ kind: 'signed-out' });
  }, []);
  return { state, refresh, signOut };
}
