/** The sign-in fields and button: on the sign-in page, and on the invitation page for someone with an account. */
import { type FormEvent, useState } from 'react';
import { setCsrfToken } from '../api/client';
import { messageOf } from '../api/errors';
import { type SignedIn, signIn } from '../api/team';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';

export function SignInForm({ onDone, submitLabel }: { onDone: (s: SignedIn) => void; submitLabel?: string }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const signed = await signIn(email.trim(), password);
      setCsrfToken(signed.csrfToken);
      onDone(signed);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit}>
      {error && <ErrorBox message={error} />}
      <label className="field">
        <span>{t('signIn.email')}</span>
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('signIn.password')}</span>
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel ?? t('account.signInAccept')}
      </button>
    </form>
  );
}
