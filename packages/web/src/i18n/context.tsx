/** The page's language as React context: the chosen language, `t` for words and `num` for numbers in it. */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { setFailureWords } from '../api/client';
import { formatNumber, type Language, type MessageKey, translate } from './messages';

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  num: (value: number, decimals?: number) => string;
}

const Context = createContext<I18n | null>(null);
const STORAGE_KEY = 'evidens.lang';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'da' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('da') ? 'da' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        setLangState(next);
      },
      t: (key, vars) => translate(lang, key, vars),
      num: (x, decimals) => formatNumber(lang, x, decimals),
    }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
    setFailureWords({
      lang,
      network: translate(lang, 'error.network'),
      unexpected: (status) => translate(lang, 'error.unexpected', { status }),
    });
  }, [lang]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The language context; only inside {@link I18nProvider}. */
export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
