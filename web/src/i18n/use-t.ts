import { en } from './en';
import { createUseT } from './translate';
import { type MessageKey, zhCN } from './zh-CN';

/** `const t = useT(); t('login.title')` — keys are typed from the zh-CN dictionary. */
export const useT = createUseT<MessageKey>({ 'zh-CN': zhCN, en });

/** For keys built at run time (e.g. from an audit verb): whether the dictionary has them. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
