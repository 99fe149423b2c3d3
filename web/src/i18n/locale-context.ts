import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext } from 'react';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A text carried by data (module manifests, server responses) in both languages. */
export interface LocalText {
  zh: string;
  en: string;
}

export interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const LocaleContext = createContext<LocaleState>({ locale: 'zh-CN', setLocale: () => undefined });

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export function pickText(text: LocalText, locale: Locale): string {
  return locale === 'en' ? text.en || text.zh : text.zh;
}

/** `(text) => string` in the current language, for `{ zh, en }` pairs. */
export function useLocalText(): (text: LocalText) => string {
  const { locale } = useLocale();
  return useCallback((text: LocalText) => pickText(text, locale), [locale]);
}

/** Switches dayjs (and so every antd date picker) to the locale's calendar words. */
export function applyDayjsLocale(locale: Locale) {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}
