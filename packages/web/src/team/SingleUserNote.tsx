/** The team page of a single-user workbench: there is no team here, and how to run a server that has one. */
import { useI18n } from '../i18n/context';

export const TEAM_COMMAND = 'evidens serve --team --database postgres://…';

export function SingleUserNote() {
  const { t } = useI18n();
  return (
    <section className="card team-single" aria-labelledby="team-single-h">
      <h2 id="team-single-h">{t('team.singleTitle')}</h2>
      <p>{t('team.singleText')}</p>
      <p>{t('team.singleHow')}</p>
      <pre className="team-command">
        <code>{TEAM_COMMAND}</code>
      </pre>
      <p className="small muted">{t('team.singleAfter')}</p>
    </section>
  );
}
