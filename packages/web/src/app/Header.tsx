/** The bar on every page: the name (a link to the reviews), the language switch, and who is signed in. */
import type { Me } from '../api/types';
import { useI18n } from '../i18n/context';
import { LANGUAGES, type Language } from '../i18n/messages';

export function Header({ me, onSignOut }: { me: Me | undefined; onSignOut: () => void }) {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="top">
      <a className="brand" href="#/reviews">
        {t('app.name')}
      </a>
      <nav aria-label={t('nav.reviews')}>
        <a href="#/reviews">{t('nav.reviews')}</a>
      </nav>
      <div className="top-right">
        <label>
          <span className="label-text">{t('app.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {me && me.mode === 'team' && (
          <>
            <span className="muted">{t('app.signedInAs', { name: me.user.name })}</span>
            <button type="button" onClick={onSignOut}>
              {t('app.signOut')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
