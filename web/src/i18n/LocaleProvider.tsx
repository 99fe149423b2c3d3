import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { applyDayjsLocale, type Locale, LocaleContext } from './locale-context';

const storageKey = 'tp.locale';

function storedLocale(): Locale {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Chinese unless the user chose English before; the choice survives reloads. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = storedLocale();
    applyDayjsLocale(initial);
    return initial;
  });

  const setLocale = useCallback((next: Locale) => {
    applyDayjsLocale(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private browsing may refuse storage; the switch still applies to this visit.
    }
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
