/**
 * The team section: in team mode the review's members with their roles and screening handles (owners change and
 * remove them, and invite by email); in single-user mode a note that there is no team here and how to run a server
 * that has one.
 */
import '../styles/team.css';
import type { Member } from '../api/team';
import type { Me, ReviewDetail } from '../api/types';
import { useApi } from '../api/use-api';
import { Load } from '../components/status';
import { useI18n } from '../i18n/context';
import { InviteForm } from '../team/InviteForm';
import { MemberRow } from '../team/MemberRow';
import { memberActions, teamActions } from '../team/roles';
import { SingleUserNote } from '../team/SingleUserNote';

export function TeamPage({ detail }: { detail: ReviewDetail }) {
  const me = useApi<Me>('/api/auth/me');
  return <Load state={me}>{(m) => (m.mode === 'single' ? <SingleUserNote /> : <Team detail={detail} me={m} />)}</Load>;
}

function Team({ detail, me }: { detail: ReviewDetail; me: Me }) {
  const { t } = useI18n();
  const members = useApi<{ members: Member[] }>(`/api/reviews/${encodeURIComponent(detail.id)}/members`);
  const actions = teamActions(detail.role);
  const changed = (next: Member) => {
    // An owner who gave up the role sees the page as their new role allows.
    if (next.id === me.user.id && next.role !== detail.role) location.reload();
    else members.reload();
  };
  return (
    <div className="team">
      <section className="card" aria-labelledby="team-h">
        <h2 id="team-h">{t('team.members')}</h2>
        {!actions.edit && (
          <p className="small muted">{t('team.readOnly', { role: t(`role.${detail.role}`).toLowerCase() })}</p>
        )}
        <Load state={members}>
          {({ members: list }) => (
            <div className="scroll-x">
              <table className="table team-table">
                <thead>
                  <tr>
                    <th scope="col">{t('team.col.name')}</th>
                    <th scope="col">{t('team.col.role')}</th>
                    <th scope="col">{t('team.col.handle')}</th>
                    <th scope="col">{t('team.col.joined')}</th>
                    {actions.edit && <th scope="col">{t('team.col.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => (
                    <MemberRow
                      key={`${m.id}:${m.role}:${m.handle}`}
                      reviewId={detail.id}
                      member={m}
                      actions={memberActions(detail.role, m, list)}
                      isMe={m.id === me.user.id}
                      onChanged={changed}
                      onRemoved={members.reload}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Load>
        <p className="small muted">{t('team.handleHint')}</p>
      </section>
      {actions.invite && <InviteForm reviewId={detail.id} />}
    </div>
  );
}
