import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';
import { splitMessages } from './i18n/define';
import { portalMessages } from './i18n/portal';

const { zh, en } = splitMessages(portalMessages);
export type AidPortalMessageKey = keyof typeof zh;

/** Strings of the applicant's legal-aid pages in the portal (plain Chinese first). */
export const useAidPortalT = createUseT<AidPortalMessageKey>({ 'zh-CN': zh, en });

export function aidPortalText(key: AidPortalMessageKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
