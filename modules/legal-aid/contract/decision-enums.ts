import { z } from 'zod';
import type { EnumLabel } from './enums';

/**
 * Enumerations of decisions on an aid case and of who takes part in it (法律援助法 2022): urgent grounds
 * (第四十四条), denial reasons (第四十三条), termination grounds (第四十八条), provider kinds and party
 * roles. Re-exported by enums.ts.
 */

const law = (article: string) => `法律援助法 ${article}`;

/** 第四十四条: aid first, paperwork afterwards. */
export const urgentGrounds = ['limitationSoon', 'preservation', 'other'] as const;
export const urgentGroundSchema = z.enum(urgentGrounds);
export type UrgentGround = (typeof urgentGrounds)[number];
export const urgentGroundLabels: Readonly<Record<UrgentGround, EnumLabel>> = {
  limitationSoon: {
    zh: '距法定时效或者期限届满不足七日，需要及时起诉或者申请仲裁、行政复议',
    en: 'Fewer than 7 days before a limitation period ends',
    article: law('第四十四条第（一）项'),
  },
  preservation: {
    zh: '需要立即申请财产保全、证据保全或者先予执行',
    en: 'Property or evidence preservation or advance execution needed at once',
    article: law('第四十四条第（二）项'),
  },
  other: { zh: '法律、法规、规章规定的其他情形', en: 'Other cases provided by law', article: law('第四十四条第（三）项') },
};

/** Kinds of reason for a denial, for statistics (the written reasons are free text). */
export const denialReasons = ['outOfScope', 'notHardship', 'hasCounsel', 'noProof', 'other'] as const;
export const denialReasonSchema = z.enum(denialReasons);
export type DenialReason = (typeof denialReasons)[number];
export const denialReasonLabels: Readonly<Record<DenialReason, EnumLabel>> = {
  outOfScope: {
    zh: '不属于法律援助事项范围',
    en: 'Outside the scope of legal aid',
    article: law('第二十四条、第二十九条、第三十一条、第三十三条'),
  },
  notHardship: { zh: '不符合经济困难标准', en: 'Not in financial hardship under the standard', article: law('第三十四条') },
  hasCounsel: { zh: '已委托代理人或者辩护人', en: 'Already has a lawyer or agent', article: law('第三十一条') },
  noProof: { zh: '免予核查或者免除条件的证明材料不成立', en: 'The exemption was not proven', article: law('第四十二条') },
  other: { zh: '其他理由', en: 'Other reasons' },
};

/** Termination grounds (第四十八条, eight items): the lawyer reports, the centre decides (AC). */
export const terminationGrounds = [
  'fraud',
  'concealment',
  'illegalUse',
  'financialChange',
  'proceedingsEnded',
  'ownCounsel',
  'recipientRequest',
  'other',
] as const;
export const terminationGroundSchema = z.enum(terminationGrounds);
export type TerminationGround = (typeof terminationGrounds)[number];
export const terminationGroundLabels: Readonly<Record<TerminationGround, EnumLabel>> = {
  fraud: { zh: '受援人以欺骗或者其他不正当手段获得法律援助', en: 'Aid obtained by deception', article: law('第四十八条第一款第（一）项') },
  concealment: {
    zh: '受援人故意隐瞒与案件有关的重要事实或者提供虚假证据',
    en: 'Important facts concealed or false evidence given',
    article: law('第四十八条第一款第（二）项'),
  },
  illegalUse: { zh: '受援人利用法律援助从事违法活动', en: 'Aid used for illegal activities', article: law('第四十八条第一款第（三）项') },
  financialChange: {
    zh: '受援人的经济状况发生变化，不再符合法律援助条件',
    en: 'The recipient’s finances changed and no longer qualify',
    article: law('第四十八条第一款第（四）项'),
  },
  proceedingsEnded: {
    zh: '案件终止审理或者已经被撤销',
    en: 'Proceedings ended or the case was dropped',
    article: law('第四十八条第一款第（五）项'),
  },
  ownCounsel: {
    zh: '受援人自行委托律师或者其他代理人',
    en: 'The recipient engaged their own lawyer or agent',
    article: law('第四十八条第一款第（六）项'),
  },
  recipientRequest: {
    zh: '受援人有正当理由要求终止法律援助',
    en: 'The recipient asked to end the aid for good reason',
    article: law('第四十八条第一款第（七）项'),
  },
  other: { zh: '法律法规规定的其他情形', en: 'Other cases provided by law', article: law('第四十八条第一款第（八）项') },
};

/** Kinds of legal aid provider (第十二、十三、十七条); assignment by AB. */
export const providerKinds = ['lawyer', 'firm', 'grassroots', 'volunteer'] as const;
export const providerKindSchema = z.enum(providerKinds);
export type ProviderKind = (typeof providerKinds)[number];
export const providerKindLabels: Readonly<Record<ProviderKind, EnumLabel>> = {
  lawyer: { zh: '律师', en: 'Lawyer', article: law('第十二条、第十六条') },
  firm: { zh: '律师事务所', en: 'Law firm', article: law('第十六条') },
  grassroots: { zh: '基层法律服务工作者', en: 'Grassroots legal-service worker', article: law('第十三条') },
  volunteer: { zh: '法律援助志愿者', en: 'Legal aid volunteer', article: law('第十七条') },
};

/** Parties of a case (aid_parties.role). `agent`: 第四十条 (legal representative or close relative). */
export const partyRoles = ['applicant', 'recipient', 'opponent', 'agent'] as const;
export const partyRoleSchema = z.enum(partyRoles);
export type PartyRole = (typeof partyRoles)[number];
export const partyRoleLabels: Readonly<Record<PartyRole, EnumLabel>> = {
  applicant: { zh: '申请人', en: 'Applicant' },
  recipient: { zh: '受援人', en: 'Recipient' },
  opponent: { zh: '对方当事人', en: 'Opposing party' },
  agent: { zh: '代为申请人（法定代理人或近亲属）', en: 'Applying on behalf (legal representative or relative)', article: law('第四十条') },
};
