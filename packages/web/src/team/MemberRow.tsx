/**
 * One member of the review: name, email, role, handle and since when. An owner changes the role and the handle (saved
 * together) and removes the member after saying yes once more; others see the row as text.
 */
import { useState } from 'react';
import { messageOf } from '../api/errors';
import { changeMember, type Member, removeMember } from '../api/team';
import type { Role } from '../api/types';
import { useI18n } from '../i18n/context';
import { formatDate } from '../i18n/messages';
import type { MemberActions } from './roles';

export interface MemberRowProps {
  reviewId: string;
  member: Member;
  actions: MemberActions;
  isMe: boolean;
  onChanged: (member: Member) => void;
  onRemoved: () => void;
}

export function MemberRow({ reviewId, member, actions, isMe, onChanged, onRemoved }: MemberRowProps) {
  const { t, lang } = useI18n();
  const [role, setRole] = useState<Role>(member.role);
  const [handle, setHandle] = useState(member.handle);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const changed = role !== member.role || handle.trim() !== member.handle;
  const editable = actions.roles.length > 0;
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const change = {
        ...(role !== member.role ? { role } : {}),
        ...(handle.trim() !== member.handle ? { handle: handle.trim() } : {}),
      };
      onChanged(await changeMember(reviewId, member.id, change));
    });
  const remove = () =>
    run(async () => {
      await removeMember(reviewId, member.id);
      onRemoved();
    });
  const label = (what: string) => `${what}: ${member.name}`;
  return (
    <tr>
      <th scope="row">
        {member.name}
        {isMe && <span className="team-you"> {t('team.you')}</span>}
        <div className="small muted team-email">{member.email}</div>
        {error && (
          <div className="team-row-error" role="alert">
            {error}
          </div>
        )}
      </th>
      <td>
        {actions.roles.length > 1 ? (
          <select
            aria-label={label(t('team.col.role'))}
            value={role}
            disabled={busy}
            onChange={(e) => setRole(e.target.value as Role)}
          >
            {actions.roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        ) : (
          <>
            {t(`role.${member.role}`)}
            {editable && <div className="small muted">{t('team.onlyOwner')}</div>}
          </>
        )}
      </td>
      <td>
        {actions.handle ? (
          <input
            className="team-handle"
            aria-label={label(t('team.col.handle'))}
            value={handle}
            maxLength={24}
            disabled={busy}
            onChange={(e) => setHandle(e.target.value)}
          />
        ) : (
          <code>{member.handle}</code>
        )}
      </td>
      <td>{formatDate(lang, member.joinedAt)}</td>
      {editable && (
        <td className="team-row-actions">
          <button type="button" disabled={busy || !changed || handle.trim() === ''} onClick={() => void save()}>
            {t('team.save')}
          </button>
          {actions.remove &&
            (asking ? (
              <>
                <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
                  {t('team.removeYes')}
                </button>
                <button type="button" disabled={busy} onClick={() => setAsking(false)}>
                  {t('team.cancel')}
                </button>
              </>
            ) : (
              <button type="button" aria-label={label(t('team.remove'))} onClick={() => setAsking(true)}>
                {t('team.remove')}
              </button>
            ))}
        </td>
      )}
    </tr>
  );
}
