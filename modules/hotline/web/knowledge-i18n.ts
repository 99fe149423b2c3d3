import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';
import { consultationMessages } from './i18n/consultation-messages';
import { knowledgeMessages } from './i18n/knowledge-messages';
import { splitMessages } from './i18n/split';

const { zh, en } = splitMessages({ ...knowledgeMessages, ...consultationMessages });
export type KnowledgeMessageKey = keyof typeof zh;

/** Strings of the knowledge base, consultation queue and public Q&A review pages (Chinese first). */
export const useKnowledgeT = createUseT<KnowledgeMessageKey>({ 'zh-CN': zh, en });

/** Both languages of one key, for menu labels and route titles. */
export function knowledgeText(key: KnowledgeMessageKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
