import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';
import { reconPortalEn } from './portal-i18n.en';
import { reconPortalZhCN, type ReconPortalMessageKey } from './portal-i18n.zh-CN';

export type { ReconPortalMessageKey };

/**
 * Strings of the applicant's reconsideration pages in the portal: plain Chinese first, English available.
 * `const t = useReconPortalT(); t('landing.apply')`.
 */
export const useReconPortalT = createUseT<ReconPortalMessageKey>({ 'zh-CN': reconPortalZhCN, en: reconPortalEn });

/** Both languages of one key, for the route titles. */
export function reconPortalText(key: ReconPortalMessageKey): LocalText {
  return { zh: reconPortalZhCN[key], en: reconPortalEn[key] };
}
