/** The invitation page. */
import { useI18n } from '../i18n/context';

export function AcceptInvitation(props: { token?: string; onSignedIn: () => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="invitation-h" data-token={props.token}>
      <h1 id="invitation-h">{t('nav.account')}</h1>
    </section>
  );
}
