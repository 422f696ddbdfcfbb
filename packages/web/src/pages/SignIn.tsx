/** The sign-in page of team mode. */
import { useI18n } from '../i18n/context';
import { SignInForm } from '../team/SignInForm';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card narrow" aria-labelledby="sign-in-h">
      <h1 id="sign-in-h">{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
      <SignInForm submitLabel={t('signIn.submit')} onDone={() => onSignedIn()} />
      <p className="small">
        <a href="#/signup">{t('account.create')}</a>
      </p>
    </section>
  );
}
