/** The workbench: the session first (sign-in in team mode), then the page the hash names. */

import { ErrorBoundary } from '../components/ErrorBoundary';
import { ErrorBox, Loading } from '../components/status';
import { useI18n } from '../i18n/context';
import { AcceptInvitation } from '../pages/AcceptInvitation';
import { NewReview } from '../pages/NewReview';
import { ReviewPage } from '../pages/ReviewPage';
import { ReviewsList } from '../pages/ReviewsList';
import { SignIn } from '../pages/SignIn';
import { SignUp } from '../pages/SignUp';
import { Header } from './Header';
import { useSession } from './session';
import { useRoute } from './use-route';

export function App() {
  const { t } = useI18n();
  const session = useSession();
  const route = useRoute();
  const { state } = session;
  const me = state.kind === 'signed-in' ? state.me : undefined;
  let main: React.ReactNode;
  if (state.kind === 'loading') main = <Loading />;
  else if (state.kind === 'failed') main = <ErrorBox message={state.message} onRetry={() => void session.refresh()} />;
  else if (state.kind === 'signed-out' && route.page === 'signup')
    main = <SignUp onSignedIn={() => void session.refresh()} />;
  else if (route.page === 'invitation')
    main = <AcceptInvitation token={route.token} onSignedIn={() => void session.refresh()} />;
  else if (state.kind === 'signed-out') main = <SignIn onSignedIn={() => void session.refresh()} />;
  else if (route.page === 'reviews' || route.page === 'signup') main = <ReviewsList />;
  else if (route.page === 'new-review') main = <NewReview />;
  else if (route.page === 'review') main = <ReviewPage key={route.id} id={route.id} section={route.section} />;
  else
    main = (
      <div>
        <p>{t('app.notFound')}</p>
        <a href="#/reviews">{t('app.back')}</a>
      </div>
    );
  return (
    <>
      <button type="button" className="skip" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skip')}
      </button>
      <Header me={me} onSignOut={() => void session.signOut()} />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={location.hash} message={t('error.page')}>
          {main}
        </ErrorBoundary>
      </main>
    </>
  );
}
