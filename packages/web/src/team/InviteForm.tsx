/** Inviting someone by email in a role; the link the server's token makes is shown once, to copy and send. */
import { type FormEvent, useState } from 'react';
import { messageOf } from '../api/errors';
import { type Invitation, invitationLink, invite } from '../api/team';
import type { Role } from '../api/types';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';
import { formatDate } from '../i18n/messages';
import { ROLES } from './roles';

export function InviteForm({ reviewId }: { reviewId: string }) {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState<{ email: string; invitation: Invitation }>();
  const [copied, setCopied] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setCopied(false);
    try {
      const invitation = await invite(reviewId, email.trim(), role);
      setSent({ email: email.trim(), invitation });
      setEmail('');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const link = sent && invitationLink(sent.invitation.token, location);
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Without clipboard access the link is still there to select by hand.
      document.getElementById('team-link')?.focus();
    }
  };
  return (
    <section className="card team-invite" aria-labelledby="team-invite-h">
      <h2 id="team-invite-h">{t('team.inviteTitle')}</h2>
      <form className="team-invite-form" onSubmit={submit}>
        <label className="field">
          <span>{t('team.email')}</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('team.col.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('team.invite')}
        </button>
      </form>
      <p className="small muted">{t('team.inviteHint')}</p>
      {error && <ErrorBox message={error} />}
      {sent && link && (
        <div className="team-link" role="status">
          <p>{t('team.invited', { email: sent.email, date: formatDate(lang, sent.invitation.expiresAt) })}</p>
          <div className="team-link-row">
            <input
              id="team-link"
              readOnly
              value={link}
              aria-label={t('team.link')}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" onClick={() => void copy()}>
              {copied ? t('team.copied') : t('team.copy')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
