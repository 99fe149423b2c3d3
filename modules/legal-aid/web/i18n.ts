import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';
import { commonMessages } from './i18n/common';
import { splitMessages } from './i18n/define';
import { registryMessages } from './i18n/registry';
import { reviewMessages } from './i18n/review';
import { settingsMessages } from './i18n/settings';
import { workMessages } from './i18n/work';

/**
 * Strings of the legal-aid workbench pages, Chinese first. Enumerated values (states, matter kinds,
 * exemptions, grounds) take their labels, with articles, from the module's contract instead.
 */
const { zh, en } = splitMessages({ ...commonMessages, ...reviewMessages, ...workMessages, ...registryMessages, ...settingsMessages });

export type AidMessageKey = keyof typeof zh;

/** `const tr = useAidT(); tr('list.total', { n })`. */
export const useAidT = createUseT<AidMessageKey>({ 'zh-CN': zh, en });

/** Both languages of one key, for the module manifest (menu labels, route titles). */
export function aidText(key: AidMessageKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
