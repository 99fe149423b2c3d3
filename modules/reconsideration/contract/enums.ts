import { z } from 'zod';

/**
 * Case enumerations of administrative reconsideration (行政复议法, 2023, in force 2024-01-01):
 * workflow states, application channels, applicants, kinds of act, procedures, rejection kinds.
 * Suspension, termination, decisions and approval are in decision-enums.ts. Each list has its
 * codes, a zod schema, a type and zh/en labels; `article` cites the provision the value comes from.
 */

/** A label of an enumerated value, with the article it rests on. */
export interface EnumLabel {
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
}

const law = (article: string) => `行政复议法 ${article}`;

/** Workflow states. Ordinary or simplified is the separate `procedure` field. */
export const caseStates = [
  'received',
  'correcting',
  'accepted',
  'suspended',
  'deciding',
  'decided',
  'mediated',
  'terminated',
  'rejected',
  'abandoned',
  'dismissed',
  'transferred',
] as const;
export const caseStateSchema = z.enum(caseStates);
export type CaseState = (typeof caseStates)[number];
export const caseStateLabels: Readonly<Record<CaseState, EnumLabel>> = {
  received: { zh: '待审查', en: 'Received, under review', article: law('第三十条第一款') },
  correcting: { zh: '补正中', en: 'Awaiting correction', article: law('第三十一条') },
  accepted: { zh: '审理中', en: 'Accepted, under hearing', article: law('第三十条') },
  suspended: { zh: '中止', en: 'Suspended', article: law('第三十九条') },
  deciding: { zh: '决定审批中', en: 'Decision awaiting approval', article: law('第六十一条第一款') },
  decided: { zh: '已决定', en: 'Decided', article: law('第六十一条、第七十五条') },
  mediated: { zh: '调解结案', en: 'Closed by mediation', article: law('第七十三条') },
  terminated: { zh: '终止', en: 'Terminated', article: law('第四十一条') },
  rejected: { zh: '不予受理', en: 'Not accepted', article: law('第三十条第二款') },
  abandoned: { zh: '视为放弃', en: 'Deemed abandoned', article: law('第三十一条第二款') },
  dismissed: { zh: '驳回申请', en: 'Application dismissed', article: law('第三十三条') },
  transferred: { zh: '告知有管辖权机关', en: 'Referred to the competent authority', article: law('第三十条第二款') },
};
/** States in which the case is closed: no further step but the record (and litigation response). */
export const closedCaseStates = [
  'decided',
  'mediated',
  'terminated',
  'rejected',
  'abandoned',
  'dismissed',
  'transferred',
] as const satisfies readonly CaseState[];

/** How the application arrived (第二十二条; 第三十二条: through the agency that imposed an on-the-spot penalty). */
export const applicationChannels = ['online', 'walkIn', 'oral', 'post', 'forwarded'] as const;
export const applicationChannelSchema = z.enum(applicationChannels);
export type ApplicationChannel = (typeof applicationChannels)[number];
export const applicationChannelLabels: Readonly<Record<ApplicationChannel, EnumLabel>> = {
  online: { zh: '互联网渠道提交', en: 'Online', article: law('第二十二条第二款') },
  walkIn: { zh: '当面提交', en: 'In person', article: law('第二十二条第二款') },
  oral: { zh: '口头申请', en: 'Oral application (recorded)', article: law('第二十二条第一款、第三款') },
  post: { zh: '邮寄', en: 'By post', article: law('第二十二条第二款') },
  forwarded: { zh: '作出处罚决定的机关转送', en: 'Forwarded by the penalty agency', article: law('第三十二条') },
};

export const applicantKinds = ['person', 'organisation'] as const;
export const applicantKindSchema = z.enum(applicantKinds);
export type ApplicantKind = (typeof applicantKinds)[number];
export const applicantKindLabels: Readonly<Record<ApplicantKind, EnumLabel>> = {
  person: { zh: '公民', en: 'Natural person', article: law('第二条') },
  organisation: { zh: '法人或者其他组织', en: 'Legal person or other organisation', article: law('第二条') },
};

/** Kinds of administrative act, for statistics and the procedure proposal (scope: 第十一条). */
export const actKinds = [
  'penalty',
  'coercion',
  'licensing',
  'confirmation',
  'informationDisclosure',
  'nonPerformance',
  'expropriation',
  'agreement',
  'workInjury',
  'naturalResources',
  'other',
] as const;
export const actKindSchema = z.enum(actKinds);
export type ActKind = (typeof actKinds)[number];
export const actKindLabels: Readonly<Record<ActKind, EnumLabel>> = {
  penalty: { zh: '行政处罚', en: 'Administrative penalty', article: law('第十一条第（一）项') },
  coercion: { zh: '行政强制', en: 'Administrative coercion', article: law('第十一条第（二）项') },
  licensing: { zh: '行政许可', en: 'Administrative licensing', article: law('第十一条第（三）项') },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  informationDisclosure: { zh: '政府信息公开', en: 'Government information disclosure', article: law('第十一条第（十四）项') },
  nonPerformance: { zh: '不履行法定职责', en: 'Failure to perform a statutory duty', article: law('第十一条第（十一）项') },
  expropriation: { zh: '行政征收征用', en: 'Expropriation and requisition', article: law('第十一条第（五）项') },
  agreement: { zh: '行政协议', en: 'Administrative agreement', article: law('第十一条第（十三）项') },
  workInjury: { zh: '工伤认定', en: 'Work-injury determination', article: law('第十一条第（七）项') },
  naturalResources: { zh: '自然资源确权', en: 'Natural-resource rights determination', article: law('第十一条第（四）项') },
  other: { zh: '其他', en: 'Other', article: law('第十一条第（十五）项') },
};

export const procedures = ['ordinary', 'simplified'] as const;
export const procedureSchema = z.enum(procedures);
export type Procedure = (typeof procedures)[number];
export const procedureLabels: Readonly<Record<Procedure, EnumLabel>> = {
  ordinary: { zh: '普通程序', en: 'Ordinary procedure', article: law('第三十六条、第四十八条至第五十二条') },
  simplified: { zh: '简易程序', en: 'Simplified procedure', article: law('第五十三条至第五十五条') },
};

/** Refusal at the acceptance review (第三十条第二款). */
export const rejectionKinds = ['notAccepted', 'notJurisdiction'] as const;
export const rejectionKindSchema = z.enum(rejectionKinds);
export type RejectionKind = (typeof rejectionKinds)[number];
export const rejectionKindLabels: Readonly<Record<RejectionKind, EnumLabel>> = {
  notAccepted: { zh: '不予受理', en: 'Not accepted (reasons stated)', article: law('第三十条第二款') },
  notJurisdiction: {
    zh: '不属本机关管辖（告知有管辖权机关）',
    en: 'Outside this authority’s jurisdiction (competent authority named)',
    article: law('第三十条第二款'),
  },
};
