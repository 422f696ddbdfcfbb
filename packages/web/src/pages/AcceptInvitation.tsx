/**
 * An invitation link (#/invitations/TOKEN). Signed out: make an account with the invitation (which joins the review
 * at once) or sign in and accept. Signed in: accept. Then on to the review.
 */
import '../styles/team.css';
import { useEffect, useState } from 'react';
import { get } from '../api/client';
import { ApiFailure, messageOf } from '../api/errors';
import { acceptInvitation, myReviews } from '../api/team';
import type { Me } from '../api/types';
import { ErrorBox, Loading } from '../components/status';
import { useI18n } from '../i18n/context';
import { routeHref } from '../route';
import { SignInForm } from '../team/SignInForm';
import { SignUpForm } from '../team/SignUpForm';

type Who = { kind: 'checking' } | { kind: 'out' } | { kind: 'in'; me: Me } | { kind: 'failed'; message: string };

export function AcceptInvitation(props: { token?: string; onSignedIn: () => void }) {
  const { t } = useI18n();
  const token = props.token ?? '';
  const [who, setWho] = useState<Who>({ kind: 'checking' });
  const [account, setAccount] = useState<'new' | 'existing'>('new');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    get<Me>('/api/auth/me').then(
      (me) => setWho({ kind: 'in', me }),
      (e: unknown) =>
        setWho(
          e instanceof ApiFailure && e.status === 401 ? { kind: 'out' } : { kind: 'failed', message: messageOf(e) },
        ),
    );
  }, []);

  const open = (reviewId: string | undefined) => {
    location.hash = reviewId ? routeHref({ page: 'review', id: reviewId, section: 'overview' }) : '#/reviews';
    props.onSignedIn();
  };
  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      open((await acceptInvitation(token)).reviewId);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  // Signing up with the invitation has joined the review already: a new account has that one review.
  const signedUp = async () => {
    const reviews = await myReviews().catch(() => []);
    open(reviews.length === 1 ? reviews[0].id : undefined);
  };

  let body: React.ReactNode;
  if (who.kind === 'checking') body = <Loading />;
  else if (who.kind === 'failed') body = <ErrorBox message={who.message} />;
  else if (who.kind === 'in' && who.me.mode === 'single') body = <p>{t('account.singleMode')}</p>;
  else if (who.kind === 'in')
    body = (
      <>
        <p>{t('account.acceptAs', { name: who.me.user.name, email: who.me.user.email })}</p>
        {error && <ErrorBox message={error} />}
        <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
          {t('account.accept')}
        </button>
      </>
    );
  else
    body = (
      <>
        <p className="muted">{t('account.invitedIntro')}</p>
        <fieldset className="account-choice">
          <legend className="sr-only">{t('account.choice')}</legend>
          <button type="button" aria-pressed={account === 'new'} onClick={() => setAccount('new')}>
            {t('account.choiceNew')}
          </button>
          <button type="button" aria-pressed={account === 'existing'} onClick={() => setAccount('existing')}>
            {t('account.choiceExisting')}
          </button>
        </fieldset>
        {error && <ErrorBox message={error} />}
        {account === 'new' ? (
          <SignUpForm invitation={token} onDone={() => void signedUp()} />
        ) : (
          <SignInForm
            onDone={(signed) => {
              setWho({ kind: 'in', me: { ...signed, mode: 'team' } });
              void accept();
            }}
          />
        )}
      </>
    );
  return (
    <section className="card narrow" aria-labelledby="invitation-h">
      <h1 id="invitation-h">{t('account.invitedTitle')}</h1>
      {body}
    </section>
  );
}
