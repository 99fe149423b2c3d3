import type { LocalText } from '../../../../web/src/i18n/locale-context';
import { createUseT, type Translate } from '../../../../web/src/i18n/translate';

/** A dictionary written as `key: ['中文', 'English']`, Chinese first, so both languages stay side by side. */
export type Pairs = Record<string, readonly [string, string]>;

/** Builds the typed hook and the `{ zh, en }` accessor of one pair dictionary. */
export function makeText<K extends string>(pairs: Record<K, readonly [string, string]>) {
  const zh = {} as Record<K, string>;
  const en = {} as Record<K, string>;
  for (const key of Object.keys(pairs) as K[]) {
    zh[key] = pairs[key][0];
    en[key] = pairs[key][1];
  }
  const useText: () => Translate<K> = createUseT<K>({ 'zh-CN': zh, en });
  const text = (key: K): LocalText => ({ zh: zh[key], en: en[key] });
  return { useText, text };
}
