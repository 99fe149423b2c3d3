import { z } from 'zod';

/**
 * Case enumerations of legal aid (法律援助法, 2022-01-01): workflow states, origins, matter kinds
 * (application matters of 第二十四、二十九、三十一、三十三条 and notice grounds of 第二十五、二十八条),
 * exemptions (第三十二条 / 第四十二条), hardship check ways (第四十一条), urgent grounds (第四十四条),
 * termination grounds (第四十八条) and provider kinds. Each list has its codes, a zod schema, a type and
 * zh/en labels; `article` cites the provision the value comes from.
 */

/** A label of an enumerated value, with the article it rests on. */
export interface EnumLabel {
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
}

const law = (article: string) => `法律援助法 ${article}`;

/** Workflow states of an aid case (applications and mandatory-defence notices). */
export const caseStates = [
  'received',
  'correcting',
  'granted',
  'assigned',
  'closed',
  'denied',
  'withdrawn',
  'terminated',
  'transferred',
] as const;
export const caseStateSchema = z.enum(caseStates);
export type CaseState = (typeof caseStates)[number];
export const caseStateLabels: Readonly<Record<CaseState, EnumLabel>> = {
  received: { zh: '待审查', en: 'Received, under review', article: law('第四十三条第一款') },
  correcting: { zh: '待补充材料', en: 'Awaiting missing materials', article: law('第四十三条第二款') },
  granted: { zh: '已决定给予援助（待指派）', en: 'Granted, awaiting assignment', article: law('第四十三条第一款、第三十六条') },
  assigned: { zh: '已指派（承办中）', en: 'Assigned, in progress', article: law('第四十三条第一款') },
  closed: { zh: '已结案', en: 'Closed', article: law('第五十条') },
  denied: { zh: '不予法律援助', en: 'Denied', article: law('第四十三条第一款') },
  withdrawn: { zh: '撤回（视为撤回）', en: 'Withdrawn (or deemed withdrawn)', article: law('第四十三条第二款') },
  terminated: { zh: '终止法律援助', en: 'Terminated', article: law('第四十八条') },
  transferred: { zh: '已移送有管辖权的法律援助机构', en: 'Transferred to the competent centre', article: law('第三十八条') },
};
export const closedCaseStates = ['closed', 'denied', 'withdrawn', 'terminated', 'transferred'] as const satisfies readonly CaseState[];

/** How the case arrived. */
export const caseOrigins = ['portal', 'walkIn', 'forwarded', 'notice'] as const;
export const caseOriginSchema = z.enum(caseOrigins);
export type CaseOrigin = (typeof caseOrigins)[number];
export const caseOriginLabels: Readonly<Record<CaseOrigin, EnumLabel>> = {
  portal: { zh: '网上申请', en: 'Online application' },
  walkIn: { zh: '窗口申请', en: 'Walk-in application' },
  forwarded: { zh: '转交申请', en: 'Forwarded application', article: law('第三十九条') },
  notice: { zh: '通知辩护（代理）', en: 'Mandatory-defence notice', article: law('第二十五条、第二十八条、第三十六条') },
};

/** Who forwarded an application (第三十九条: within 24 hours). */
export const forwarderKinds = ['detentionFacility', 'caseAuthority', 'dutyLawyer'] as const;
export const forwarderKindSchema = z.enum(forwarderKinds);
export type ForwarderKind = (typeof forwarderKinds)[number];
export const forwarderKindLabels: Readonly<Record<ForwarderKind, EnumLabel>> = {
  detentionFacility: { zh: '监管场所', en: 'Detention facility', article: law('第三十九条第一款') },
  caseAuthority: { zh: '办案机关', en: 'Case-handling authority', article: law('第三十九条第一款') },
  dutyLawyer: { zh: '值班律师', en: 'Duty lawyer', article: law('第三十九条第二款') },
};

/** Who sends a mandatory-defence notice (第三十六条). */
export const noticeSenderKinds = ['court', 'procuratorate', 'police'] as const;
export const noticeSenderKindSchema = z.enum(noticeSenderKinds);
export type NoticeSenderKind = (typeof noticeSenderKinds)[number];
export const noticeSenderKindLabels: Readonly<Record<NoticeSenderKind, EnumLabel>> = {
  court: { zh: '人民法院', en: 'People’s court', article: law('第三十六条') },
  procuratorate: { zh: '人民检察院', en: 'People’s procuratorate', article: law('第三十六条') },
  police: { zh: '公安机关', en: 'Public security organ', article: law('第三十六条') },
};

/** Broad groups, for statistics (wage claims of migrant workers are counted separately). */
export const matterGroups = ['criminal', 'civil', 'administrative', 'appeal', 'notice', 'other'] as const;
export type MatterGroup = (typeof matterGroups)[number];
export const matterGroupLabels: Readonly<Record<MatterGroup, EnumLabel>> = {
  criminal: { zh: '刑事', en: 'Criminal' },
  civil: { zh: '民事', en: 'Civil' },
  administrative: { zh: '行政', en: 'Administrative' },
  appeal: { zh: '申诉、再审', en: 'Appeal or retrial' },
  notice: { zh: '通知辩护（代理）', en: 'Mandatory defence' },
  other: { zh: '其他（不属于法律援助事项范围）', en: 'Other (outside the scope)' },
};

export interface MatterKindLabel extends EnumLabel {
  readonly group: MatterGroup;
  /** Notice grounds only: a court, procuratorate or police organ must (or, 第二十五条第二款, may) notify. */
  readonly notice?: boolean;
  /** 第二十六条: a lawyer with ≥ 3 years' relevant practice is required. */
  readonly lifeOrDeath?: boolean;
}

/** What the matter is: application matters, notice grounds, or `other` (outside the scope, explained). */
export const matterKinds = [
  'criminalDefence',
  'criminalVictim',
  'privateProsecutor',
  'incidentalCivilPlaintiff',
  'stateCompensation',
  'socialInsurance',
  'pension',
  'maintenance',
  'wages',
  'legalCapacity',
  'personalInjury',
  'environmental',
  'otherByRegulation',
  'appealRetrial',
  'noticeMinor',
  'noticeDisabled',
  'noticeIncapacitated',
  'noticeLifeOrDeath',
  'noticeDeathReview',
  'noticeAbsentia',
  'noticeOtherByLaw',
  'noticeOrdinaryProcedure',
  'noticeCompulsoryTreatment',
  'other',
] as const;
export const matterKindSchema = z.enum(matterKinds);
export type MatterKind = (typeof matterKinds)[number];
export const matterKindLabels: Readonly<Record<MatterKind, MatterKindLabel>> = {
  criminalDefence: {
    group: 'criminal',
    zh: '犯罪嫌疑人、被告人申请刑事辩护',
    en: 'Criminal defence (suspect or defendant)',
    article: law('第二十四条'),
  },
  criminalVictim: { group: 'criminal', zh: '刑事公诉案件被害人', en: 'Victim in a public prosecution', article: law('第二十九条') },
  privateProsecutor: { group: 'criminal', zh: '刑事自诉案件自诉人', en: 'Private prosecutor', article: law('第二十九条') },
  incidentalCivilPlaintiff: {
    group: 'criminal',
    zh: '刑事附带民事诉讼原告人',
    en: 'Plaintiff in an incidental civil action',
    article: law('第二十九条'),
  },
  stateCompensation: { group: 'administrative', zh: '依法请求国家赔偿', en: 'State compensation', article: law('第三十一条第（一）项') },
  socialInsurance: {
    group: 'administrative',
    zh: '请求给予社会保险待遇或者社会救助',
    en: 'Social insurance benefits or social assistance',
    article: law('第三十一条第（二）项'),
  },
  pension: { group: 'administrative', zh: '请求发给抚恤金', en: 'Survivors’ or disability pension', article: law('第三十一条第（三）项') },
  maintenance: {
    group: 'civil',
    zh: '请求给付赡养费、抚养费、扶养费',
    en: 'Support for parents, children or spouse',
    article: law('第三十一条第（四）项'),
  },
  wages: {
    group: 'civil',
    zh: '请求确认劳动关系或者支付劳动报酬',
    en: 'Confirming an employment relation or paying wages',
    article: law('第三十一条第（五）项'),
  },
  legalCapacity: {
    group: 'civil',
    zh: '请求认定公民无民事行为能力或者限制民事行为能力',
    en: 'Declaring a person without or with limited legal capacity',
    article: law('第三十一条第（六）项'),
  },
  personalInjury: {
    group: 'civil',
    zh: '请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿',
    en: 'Personal injury from a work, traffic, food/drug or medical accident',
    article: law('第三十一条第（七）项'),
  },
  environmental: {
    group: 'civil',
    zh: '请求环境污染、生态破坏损害赔偿',
    en: 'Damages for pollution or ecological harm',
    article: law('第三十一条第（八）项'),
  },
  otherByRegulation: {
    group: 'civil',
    zh: '法律、法规、规章规定的其他情形',
    en: 'Other matters provided by laws, regulations or rules',
    article: law('第三十一条第（九）项'),
  },
  appealRetrial: {
    group: 'appeal',
    zh: '申诉、再审（法院决定再审或检察院抗诉）',
    en: 'Appeal against an effective judgment, retrial or protest',
    article: law('第三十三条'),
  },
  noticeMinor: { group: 'notice', notice: true, zh: '未成年人', en: 'Minor', article: law('第二十五条第一款第（一）项') },
  noticeDisabled: {
    group: 'notice',
    notice: true,
    zh: '视力、听力、言语残疾人',
    en: 'Person with a visual, hearing or speech disability',
    article: law('第二十五条第一款第（二）项'),
  },
  noticeIncapacitated: {
    group: 'notice',
    notice: true,
    zh: '不能完全辨认自己行为的成年人',
    en: 'Adult who cannot fully understand their conduct',
    article: law('第二十五条第一款第（三）项'),
  },
  noticeLifeOrDeath: {
    group: 'notice',
    notice: true,
    lifeOrDeath: true,
    zh: '可能被判处无期徒刑、死刑的人',
    en: 'Person who may be sentenced to life imprisonment or death',
    article: law('第二十五条第一款第（四）项、第二十六条'),
  },
  noticeDeathReview: {
    group: 'notice',
    notice: true,
    lifeOrDeath: true,
    zh: '申请法律援助的死刑复核案件被告人',
    en: 'Defendant in a death-sentence review who applies',
    article: law('第二十五条第一款第（五）项、第二十六条'),
  },
  noticeAbsentia: {
    group: 'notice',
    notice: true,
    zh: '缺席审判案件的被告人',
    en: 'Defendant tried in absentia',
    article: law('第二十五条第一款第（六）项'),
  },
  noticeOtherByLaw: {
    group: 'notice',
    notice: true,
    zh: '法律法规规定的其他人员',
    en: 'Other persons provided by laws and regulations',
    article: law('第二十五条第一款第（七）项'),
  },
  noticeOrdinaryProcedure: {
    group: 'notice',
    notice: true,
    zh: '其他适用普通程序审理的刑事案件被告人（人民法院可以通知）',
    en: 'Other defendant tried under the ordinary procedure (the court may notify)',
    article: law('第二十五条第二款'),
  },
  noticeCompulsoryTreatment: {
    group: 'notice',
    notice: true,
    zh: '强制医疗案件的被申请人或者被告人',
    en: 'Respondent or defendant in a compulsory-treatment case',
    article: law('第二十八条'),
  },
  other: { group: 'other', zh: '其他事项', en: 'Another matter' },
};
export const applicationMatterKinds = matterKinds.filter((k) => !matterKindLabels[k].notice);
export const noticeMatterKinds = matterKinds.filter((k) => matterKindLabels[k].notice === true);

/**
 * Exemptions: `art32:*` — no hardship condition at all (第三十二条); `art42:*` — hardship presumed,
 * the check is waived when the applicant proves the status (第四十二条).
 */
export const exemptions = [
  'none',
  'art32:heroRelative',
  'art32:braveAct',
  'art32:wrongfulConviction',
  'art32:domesticViolence',
  'art32:other',
  'art42:noIncomeGroup',
  'art42:socialAssistance',
  'art42:migrantWorker',
  'art42:other',
] as const;
export const exemptionSchema = z.enum(exemptions);
export type Exemption = (typeof exemptions)[number];
export const exemptionLabels: Readonly<Record<Exemption, EnumLabel>> = {
  none: { zh: '不适用', en: 'None' },
  'art32:heroRelative': {
    zh: '英雄烈士近亲属为维护英雄烈士的人格权益',
    en: 'Close relative of a hero or martyr protecting their personality rights',
    article: law('第三十二条第（一）项'),
  },
  'art32:braveAct': {
    zh: '因见义勇为行为主张相关民事权益',
    en: 'Civil claims arising from an act of bravery',
    article: law('第三十二条第（二）项'),
  },
  'art32:wrongfulConviction': {
    zh: '再审改判无罪请求国家赔偿',
    en: 'State compensation after acquittal on retrial',
    article: law('第三十二条第（三）项'),
  },
  'art32:domesticViolence': {
    zh: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益',
    en: 'Victim of abuse, abandonment or domestic violence',
    article: law('第三十二条第（四）项'),
  },
  'art32:other': {
    zh: '法律、法规、规章规定的其他情形（不受经济困难条件限制）',
    en: 'Other cases provided by law (no hardship condition)',
    article: law('第三十二条第（五）项'),
  },
  'art42:noIncomeGroup': {
    zh: '无固定生活来源的未成年人、老年人、残疾人等特定群体',
    en: 'Minor, elderly or disabled person without a fixed income',
    article: law('第四十二条第（一）项'),
  },
  'art42:socialAssistance': {
    zh: '社会救助、司法救助或者优抚对象',
    en: 'Recipient of social or judicial assistance, or of special care',
    article: law('第四十二条第（二）项'),
  },
  'art42:migrantWorker': {
    zh: '申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员',
    en: 'Migrant worker claiming wages or work-injury damages',
    article: law('第四十二条第（三）项'),
  },
  'art42:other': {
    zh: '法律、法规、规章规定的其他人员（免予核查经济困难状况）',
    en: 'Other persons provided by law (check waived)',
    article: law('第四十二条第（四）项'),
  },
};
export const isArt32 = (e: Exemption) => e.startsWith('art32:');
export const isArt42 = (e: Exemption) => e.startsWith('art42:');

/** How financial hardship was established (第四十一条 / 第四十二条 / notices). */
export const hardshipChecks = ['standard', 'pledge', 'sharedData', 'exempt'] as const;
export const hardshipCheckSchema = z.enum(hardshipChecks);
export type HardshipCheck = (typeof hardshipChecks)[number];
export const hardshipCheckLabels: Readonly<Record<HardshipCheck, EnumLabel>> = {
  standard: {
    zh: '按经济困难标准审查申报的家庭收入',
    en: 'Declared household income checked against the standard',
    article: law('第三十四条、第四十一条第一款'),
  },
  pledge: { zh: '申请人个人诚信承诺', en: 'Applicant’s signed pledge', article: law('第四十一条第二款') },
  sharedData: { zh: '信息共享查询', en: 'Data-sharing query', article: law('第四十一条第二款') },
  exempt: {
    zh: '免予核查或不受经济困难条件限制',
    en: 'Exempt from the check or from the condition',
    article: law('第三十二条、第四十二条'),
  },
};

// Urgent grounds, denial reasons, termination grounds, provider kinds and party roles.
export * from './decision-enums';
