/** The signup page. */
import { useI18n } from '../i18n/context';

export function SignUp(props: { token?: string; onSignedIn: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="signup-h" data-token={props.token}>
      <h1 id="signup-h">{t('nav.account')}</h1>
    </section>
  );
}
