import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { type Locale, useLocale } from './locale-context';

const patterns: Record<Locale, { date: string; dateTime: string; dateTimeSeconds: string }> = {
  'zh-CN': { date: 'YYYY年M月D日', dateTime: 'YYYY年M月D日 HH:mm', dateTimeSeconds: 'YYYY年M月D日 HH:mm:ss' },
  en: { date: 'MMM D, YYYY', dateTime: 'MMM D, YYYY HH:mm', dateTimeSeconds: 'MMM D, YYYY HH:mm:ss' },
};

type DateInput = string | number | Date | dayjs.Dayjs | null | undefined;

export function formatDate(value: DateInput, locale: Locale): string {
  return value == null || value === '' ? '' : dayjs(value).format(patterns[locale].date);
}

export function formatDateTime(value: DateInput, locale: Locale, withSeconds = false): string {
  if (value == null || value === '') return '';
  return dayjs(value).format(withSeconds ? patterns[locale].dateTimeSeconds : patterns[locale].dateTime);
}

/** Date formatters bound to the current locale: `2025年3月1日` in Chinese. */
export function useFormat() {
  const { locale } = useLocale();
  const date = useCallback((v: DateInput) => formatDate(v, locale), [locale]);
  const dateTime = useCallback((v: DateInput, withSeconds?: boolean) => formatDateTime(v, locale, withSeconds), [locale]);
  return useMemo(() => ({ date, dateTime, pattern: patterns[locale] }), [date, dateTime, locale]);
}
