/** Creating an account (#/signup): open to the first user of a team server, and otherwise through an invitation. */
import '../styles/team.css';
import { useI18n } from '../i18n/context';
import { SignUpForm } from '../team/SignUpForm';

export function SignUp(props: { token?: string; onSignedIn: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card narrow" aria-labelledby="signup-h">
      <h1 id="signup-h">{t('account.title')}</h1>
      <p className="muted">{t('account.intro')}</p>
      <SignUpForm
        invitation={props.token}
        onDone={() => {
          location.hash = '#/reviews';
          props.onSignedIn();
        }}
      />
      <p className="small">
        {t('account.haveOne')} <a href="#/reviews">{t('account.signInLink')}</a>
      </p>
    </section>
  );
}
