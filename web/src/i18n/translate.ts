import { useCallback } from 'react';
import { type Locale, useLocale } from './locale-context';

export type MessageParams = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/** Replaces `{name}` placeholders; an unknown placeholder is left as written. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Makes a typed `useT()` hook for one dictionary pair. The core uses it for its own strings;
 * a module calls it with its own dictionaries, so modules never edit the core's files.
 */
export function createUseT<K extends string>(dictionaries: Record<Locale, Record<K, string>>): () => Translate<K> {
  return function useT() {
    const { locale } = useLocale();
    return useCallback(
      (key: K, params?: MessageParams) => interpolate(dictionaries[locale][key] ?? dictionaries['zh-CN'][key] ?? key, params),
      [locale],
    );
  };
}
