import { z } from 'zod';

/**
 * Case enumerations of people's mediation (人民调解法, 2011): workflow states, source channels,
 * dispute kinds, party roles, consent, risk levels. Each list has its codes, a zod schema, a type
 * and zh/en labels; `article` cites the provision the value comes from.
 */

/** A label of an enumerated value, with the article it rests on. */
export interface EnumLabel {
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
}

const law = (article: string) => `人民调解法 ${article}`;

/** Workflow states (server/case.workflow.ts). */
export const caseStates = ['received', 'accepted', 'mediating', 'succeeded', 'failed', 'refused', 'withdrawn', 'declined'] as const;
export const caseStateSchema = z.enum(caseStates);
export type CaseState = (typeof caseStates)[number];
export const caseStateLabels: Readonly<Record<CaseState, EnumLabel>> = {
  received: { zh: '已登记，待受理', en: 'Registered, awaiting acceptance', article: law('第十七条、第十八条') },
  accepted: { zh: '已受理，征询当事人意见', en: 'Accepted, collecting consent', article: law('第十七条') },
  mediating: { zh: '调解中', en: 'Mediating', article: law('第二十一条、第二十二条') },
  succeeded: { zh: '调解成功', en: 'Agreement reached', article: law('第二十八条') },
  failed: { zh: '调解不成', en: 'Mediation failed', article: law('第二十六条') },
  refused: { zh: '当事人拒绝调解', en: 'A party refused mediation', article: law('第十七条、第二十六条') },
  withdrawn: { zh: '当事人撤回', en: 'Withdrawn', article: law('第二十三条第（二）项') },
  declined: { zh: '不予受理（告知其他途径）', en: 'Declined (other channels named)', article: law('第二条、第三条') },
};
/** States in which the case is closed (后续的履行、回访、司法确认是案件上的记录，不是状态). */
export const closedCaseStates = ['succeeded', 'failed', 'refused', 'withdrawn', 'declined'] as const satisfies readonly CaseState[];
export const openCaseStates = ['received', 'accepted', 'mediating'] as const satisfies readonly CaseState[];

/** How the dispute came to the committee (第十七条: 申请调解 or 主动调解; 第十八条: 移送). */
export const caseSources = ['portal', 'walkIn', 'initiative', 'court', 'police', 'petition', 'procuratorate', 'hotline', 'module'] as const;
export const caseSourceSchema = z.enum(caseSources);
export type CaseSource = (typeof caseSources)[number];
export const caseSourceLabels: Readonly<Record<CaseSource, EnumLabel>> = {
  portal: { zh: '当事人网上申请', en: 'Party’s online request', article: law('第十七条') },
  walkIn: { zh: '当事人来访申请', en: 'Walk-in request', article: law('第十七条') },
  initiative: { zh: '主动调解', en: 'Committee’s own initiative', article: law('第十七条') },
  court: { zh: '法院委托（诉调对接）', en: 'Court referral', article: law('第十八条') },
  police: { zh: '公安移送（公调对接）', en: 'Police referral', article: law('第十八条') },
  petition: { zh: '信访移送（访调对接）', en: 'Petition-office referral', article: '信访工作条例 第三十三条' },
  procuratorate: { zh: '检察机关移送（检调对接）', en: 'Procuratorate referral', article: '本市检调对接机制（本地规则）' },
  hotline: { zh: '12348热线转办', en: '12348 hotline' },
  module: { zh: '其他业务转办', en: 'Another module of the platform' },
};
/** Sources that are referrals by another body (the referrer and its reference are recorded). */
export const referralSources = [
  'court',
  'police',
  'petition',
  'procuratorate',
  'hotline',
  'module',
] as const satisfies readonly CaseSource[];
/** Sources a staff member may enter at intake (portal requests come from the portal). */
export const staffIntakeSources = [
  'walkIn',
  'initiative',
  'court',
  'police',
  'petition',
  'procuratorate',
  'hotline',
  'module',
] as const satisfies readonly CaseSource[];
export const staffIntakeSourceSchema = z.enum(staffIntakeSources);

/** Dispute kinds (矛盾纠纷类型), for statistics and time targets. */
export const disputeKinds = [
  'marriageFamily',
  'neighbour',
  'housingHomestead',
  'contract',
  'business',
  'damages',
  'labour',
  'medical',
  'property',
  'traffic',
  'forestLand',
  'landAcquisition',
  'other',
] as const;
export const disputeKindSchema = z.enum(disputeKinds);
export type DisputeKind = (typeof disputeKinds)[number];
export const disputeKindLabels: Readonly<Record<DisputeKind, EnumLabel>> = {
  marriageFamily: { zh: '婚姻家庭纠纷', en: 'Marriage and family' },
  neighbour: { zh: '邻里纠纷', en: 'Neighbours' },
  housingHomestead: { zh: '房屋宅基地纠纷', en: 'Housing and homestead' },
  contract: { zh: '合同纠纷', en: 'Contract' },
  business: { zh: '生产经营纠纷', en: 'Production and business' },
  damages: { zh: '损害赔偿纠纷', en: 'Damages' },
  labour: { zh: '劳动争议纠纷', en: 'Labour dispute', article: '劳动争议调解仲裁法 第十四条' },
  medical: { zh: '医疗纠纷', en: 'Medical' },
  property: { zh: '物业纠纷', en: 'Property management' },
  traffic: { zh: '道路交通事故纠纷', en: 'Road traffic' },
  forestLand: { zh: '山林土地纠纷', en: 'Forest and land' },
  landAcquisition: { zh: '征地拆迁纠纷', en: 'Land acquisition and demolition' },
  other: { zh: '其他纠纷', en: 'Other' },
};

export const partyRoles = ['applicant', 'respondent', 'third'] as const;
export const partyRoleSchema = z.enum(partyRoles);
export type PartyRole = (typeof partyRoles)[number];
export const partyRoleLabels: Readonly<Record<PartyRole, EnumLabel>> = {
  applicant: { zh: '申请人', en: 'Applicant' },
  respondent: { zh: '被申请人', en: 'Respondent' },
  third: { zh: '其他当事人', en: 'Other party' },
};

export const partyKinds = ['person', 'org'] as const;
export const partyKindSchema = z.enum(partyKinds);
export type PartyKind = (typeof partyKinds)[number];
export const partyKindLabels: Readonly<Record<PartyKind, EnumLabel>> = {
  person: { zh: '自然人', en: 'Natural person' },
  org: { zh: '法人或者其他组织', en: 'Legal person or other organisation' },
};

export const genders = ['male', 'female', 'unknown'] as const;
export const genderSchema = z.enum(genders);
export type Gender = (typeof genders)[number];
export const genderLabels: Readonly<Record<Gender, EnumLabel>> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
  unknown: { zh: '未填写', en: 'Not stated' },
};

/** 第十七条: mediation needs every party's consent; a party who clearly refuses may not be mediated. */
export const consentStates = ['pending', 'given', 'refused'] as const;
export const consentStateSchema = z.enum(consentStates);
export type ConsentState = (typeof consentStates)[number];
export const consentStateLabels: Readonly<Record<ConsentState, EnumLabel>> = {
  pending: { zh: '待征询', en: 'Not yet asked' },
  given: { zh: '同意调解', en: 'Consented', article: law('第十七条') },
  refused: { zh: '明确拒绝调解', en: 'Clearly refused', article: law('第十七条') },
};
export const consentAnswers = ['given', 'refused'] as const;
export const consentAnswerSchema = z.enum(consentAnswers);
export type ConsentAnswer = (typeof consentAnswers)[number];

export const consentWays = ['written', 'oral', 'online'] as const;
export const consentWaySchema = z.enum(consentWays);
export type ConsentWay = (typeof consentWays)[number];
export const consentWayLabels: Readonly<Record<ConsentWay, EnumLabel>> = {
  written: { zh: '书面', en: 'In writing' },
  oral: { zh: '口头（记录在案）', en: 'Orally (recorded)' },
  online: { zh: '网上确认', en: 'Online (portal)' },
};

/** 第二十五条: disputes that may escalate; `riskReportedToPolice` is a separate flag. */
export const riskLevels = ['none', 'low', 'medium', 'high'] as const;
export const riskLevelSchema = z.enum(riskLevels);
export type RiskLevel = (typeof riskLevels)[number];
export const riskLevelLabels: Readonly<Record<RiskLevel, EnumLabel>> = {
  none: { zh: '无风险', en: 'None' },
  low: { zh: '低', en: 'Low', article: law('第二十五条') },
  medium: { zh: '中', en: 'Medium', article: law('第二十五条') },
  high: { zh: '高（可能激化）', en: 'High (may escalate)', article: law('第二十五条') },
};

/** How a closed case ended (med_cases.outcome). */
export const caseOutcomes = ['agreementWritten', 'agreementOral', 'failed', 'refused', 'withdrawn', 'declined'] as const;
export const caseOutcomeSchema = z.enum(caseOutcomes);
export type CaseOutcome = (typeof caseOutcomes)[number];
export const caseOutcomeLabels: Readonly<Record<CaseOutcome, EnumLabel>> = {
  agreementWritten: { zh: '达成书面调解协议', en: 'Written agreement', article: law('第二十八条、第二十九条') },
  agreementOral: { zh: '达成口头调解协议', en: 'Oral agreement', article: law('第二十八条、第三十条') },
  failed: { zh: '调解不成，告知其他途径', en: 'Failed; other channels named', article: law('第二十六条') },
  refused: { zh: '当事人拒绝调解，告知其他途径', en: 'Refused; other channels named', article: law('第十七条、第二十六条') },
  withdrawn: { zh: '当事人撤回申请', en: 'Withdrawn', article: law('第二十三条') },
  declined: { zh: '不予受理', en: 'Declined', article: law('第二条、第三条') },
};

/** Deadline status of the time target in lists and the detail (like reconsideration's). */
export const deadlineStatuses = ['normal', 'dueSoon', 'overdue'] as const;
export const deadlineStatusSchema = z.enum(deadlineStatuses);
export type DeadlineStatus = (typeof deadlineStatuses)[number];
