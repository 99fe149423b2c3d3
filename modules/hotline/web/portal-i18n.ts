import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';
import { portalMessages } from './i18n/portal-messages';
import { splitMessages } from './i18n/split';

const { zh, en } = splitMessages(portalMessages);
export type HotlinePortalMessageKey = keyof typeof zh;

/** Strings of the citizen's 12348 pages in the portal (plain Chinese first). */
export const useHotlinePortalT = createUseT<HotlinePortalMessageKey>({ 'zh-CN': zh, en });

/** Both languages of one key, for route titles. */
export function hotlinePortalText(key: HotlinePortalMessageKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
