/** The sign-in form of team mode. */
import { type FormEvent, useState } from 'react';
import { post } from '../api/client';
import { messageOf } from '../api/errors';
import { ErrorBox } from '../components/status';
import { useI18n } from '../i18n/context';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await post('/api/auth/login', { email, password });
      onSignedIn();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card narrow" onSubmit={submit}>
      <h1>{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
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
        {t('signIn.submit')}
      </button>
      <p className="small">
        <a href="#/signup">{t('account.create')}</a>
      </p>
    </form>
  );
}
