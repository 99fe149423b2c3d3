import type { LocalText } from '../../i18n/locale-context';
import { createUseT } from '../../i18n/translate';
import { adminEn } from './en';
import { type AdminMessageKey, adminZhCN } from './zh-CN';

/** `const ta = useAdminT(); ta('org.name')` — the admin module's own typed strings. */
export const useAdminT = createUseT<AdminMessageKey>({ 'zh-CN': adminZhCN, en: adminEn });

/** Both languages of one key, for the module manifest (menu labels, route titles). */
export function adminText(key: AdminMessageKey): LocalText {
  return { zh: adminZhCN[key], en: adminEn[key] };
}
