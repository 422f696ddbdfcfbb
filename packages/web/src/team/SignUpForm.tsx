/**
 * The account form: email, name and a password of at least ten characters. The server decides who may sign up (the
 * first user, or someone with an invitation for that email) and its refusal is shown as it words it.
 */
import { type FormEvent, useState } from 'react';
import { setCsrfToken } from '../api/client';
import { messageOf } from '../api/errors';
import { MIN_PASSWORD, type SignedIn, signUp } from '../api/team';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';

export function SignUpForm({ invitation, onDone }: { invitation?: string; onDone: (s: SignedIn) => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const signed = await signUp({
        email: email.trim(),
        name: name.trim(),
        password,
        ...(invitation ? { invitation } : {}),
      });
      setCsrfToken(signed.csrfToken);
      onDone(signed);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-describedby="signup-rules">
      {error && <ErrorBox message={error} />}
      <label className="field">
        <span>{t('account.email')}</span>
        <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('account.name')}</span>
        <input autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('account.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          aria-describedby="signup-password-hint"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <small id="signup-password-hint" className="muted">
          {t('account.passwordHint', { n: MIN_PASSWORD })}
        </small>
      </label>
      <p id="signup-rules" className="small muted">
        {invitation ? t('account.rulesInvited') : t('account.rules')}
      </p>
      <button type="submit" className="primary" disabled={busy}>
        {t('account.submit')}
      </button>
    </form>
  );
}
