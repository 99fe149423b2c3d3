import type { LocalText } from '../../../../web/src/i18n/locale-context';
import { createUseT } from '../../../../web/src/i18n/translate';

/** Messages written as `key: ['中文', 'English']`, split into the two dictionaries createUseT takes. */
export function splitMessages<K extends string>(messages: Record<K, readonly [string, string]>) {
  const zh = {} as Record<K, string>;
  const en = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) {
    zh[key] = messages[key][0];
    en[key] = messages[key][1];
  }
  return { zh, en };
}

/** Strings of the hotline's shared web components (CategorySelect, SuggestionPanel, MaskedPhone). */
const messages = {
  'category.placeholder': ['选择或输入咨询类别', 'Choose or type a category'],
  'category.notFound': ['没有匹配的类别', 'No matching category'],
  'suggest.faq': ['知识库', 'Knowledge base'],
  'suggest.laws': ['法律法规', 'Law library'],
  'suggest.empty': ['暂无匹配结果', 'No matches'],
  'suggest.insert': ['插入答复', 'Insert into answer'],
  'suggest.insertFaq': ['插入答复：知识库“{title}”', 'Insert into answer: knowledge article “{title}”'],
  'suggest.insertLaw': ['插入答复：{label}原文', 'Insert into answer: the text of {label}'],
  'suggest.why': ['匹配依据：{why}', 'Why: {why}'],
  'suggest.score': ['相关度 {score}', 'Relevance {score}'],
  'suggest.lawRefs': ['依据：{refs}', 'Grounds: {refs}'],
  'suggest.humanNote': [
    '建议仅供参考，须经坐席或律师核实后答复；法条原文会注明出处。',
    'Suggestions are for reference: an agent or lawyer checks them before answering; law texts are labelled with their source.',
  ],
  'suggest.openLaw': ['查看法条', 'Open the article'],
  'suggest.openQa': ['查看公开问答', 'Open the public Q&A'],
  'mask.none': ['未登记', 'Not recorded'],
  'mask.phone': ['来电号码', 'caller phone number'],
} as const satisfies Record<string, readonly [string, string]>;

const { zh, en } = splitMessages(messages);
export type HotlineComponentKey = keyof typeof zh;

export const useComponentT = createUseT<HotlineComponentKey>({ 'zh-CN': zh, en });

export function componentText(key: HotlineComponentKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
