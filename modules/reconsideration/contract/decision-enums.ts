import { z } from 'zod';
import type { EnumLabel } from './enums';

/**
 * Suspension (第三十九条), termination (第四十一条), decision types (第六十三条至第七十二条) and the
 * approval chain of a decision (第六十一条第一款) of 行政复议法 (2023).
 */

const law = (article: string) => `行政复议法 ${article}`;

/** The ten grounds of 第三十九条第一款, in the order of its items. */
export const suspensionGrounds = [
  'applicantDied',
  'lostCapacity',
  'missing',
  'organisationEnded',
  'forceMajeure',
  'mediationOrSettlement',
  'lawInterpretation',
  'dependsOnOtherCase',
  'normativeDocumentReview',
  'other',
] as const;
export const suspensionGroundSchema = z.enum(suspensionGrounds);
export type SuspensionGround = (typeof suspensionGrounds)[number];

export interface SuspensionGroundLabel extends EnumLabel {
  /** Item number in 第三十九条第一款. */
  readonly item: number;
  /** 第四十一条第（五）项: a suspension on items 1, 2 or 4 still unresolved after 60 days ends in termination. */
  readonly terminateAfter60Days: boolean;
}

const item = (n: number, numeral: string, zh: string, en: string, terminateAfter60Days = false): SuspensionGroundLabel => ({
  zh,
  en,
  item: n,
  terminateAfter60Days,
  article: law(`第三十九条第一款第（${numeral}）项`),
});

export const suspensionGroundLabels: Readonly<Record<SuspensionGround, SuspensionGroundLabel>> = {
  applicantDied: item(1, '一', '申请人死亡，近亲属尚未确定是否参加', 'Applicant died; next of kin undecided', true),
  lostCapacity: item(2, '二', '申请人丧失行为能力，尚未确定法定代理人', 'Applicant lost capacity; no legal representative yet', true),
  missing: item(3, '三', '申请人下落不明', 'Applicant missing'),
  organisationEnded: item(4, '四', '法人或其他组织终止，尚未确定权利义务承受人', 'Organisation ended; no successor yet', true),
  forceMajeure: item(5, '五', '因不可抗力或其他正当理由不能参加', 'Force majeure or other good reason'),
  mediationOrSettlement: item(6, '六', '调解、和解中，双方同意中止', 'Mediation or settlement, both sides agree'),
  lawInterpretation: item(7, '七', '法律适用问题需有权机关解释或确认', 'Awaiting an authoritative interpretation'),
  dependsOnOtherCase: item(8, '八', '需以其他案件审理结果为依据', 'Depends on another case'),
  normativeDocumentReview: item(
    9,
    '九',
    '规范性文件附带审查（第五十六、五十七条）',
    'Incidental review of a normative document (Arts. 56, 57)',
  ),
  other: item(10, '十', '需要中止的其他情形', 'Other grounds'),
};

/** The five grounds of 第四十一条, in the order of its items. */
export const terminationGrounds = [
  'withdrawn',
  'applicantDiedNoHeir',
  'organisationEndedNoSuccessor',
  'criminalCoercion',
  'suspensionLapsed',
] as const;
export const terminationGroundSchema = z.enum(terminationGrounds);
export type TerminationGround = (typeof terminationGrounds)[number];
export const terminationGroundLabels: Readonly<Record<TerminationGround, EnumLabel>> = {
  withdrawn: { zh: '申请人撤回申请，准予撤回', en: 'Application withdrawn with leave', article: law('第四十一条第（一）项') },
  applicantDiedNoHeir: {
    zh: '申请人死亡，没有近亲属或近亲属放弃',
    en: 'Applicant died without next of kin, or they waived',
    article: law('第四十一条第（二）项'),
  },
  organisationEndedNoSuccessor: {
    zh: '法人或其他组织终止，没有承受人或承受人放弃',
    en: 'Organisation ended without a successor, or it waived',
    article: law('第四十一条第（三）项'),
  },
  criminalCoercion: {
    zh: '因同一违法行为涉嫌犯罪被采取刑事强制措施',
    en: 'Criminal coercive measures for the same conduct',
    article: law('第四十一条第（四）项'),
  },
  suspensionLapsed: {
    zh: '中止满六十日，中止原因仍未消除',
    en: 'Suspended 60 days and the cause remains',
    article: law('第四十一条第（五）项'),
  },
};

/** Decision types. Compensation or return of property (第七十二条) is the separate flag `withCompensation`. */
export const decisionTypes = [
  'alter',
  'revoke',
  'revokePartly',
  'revokeAndRedo',
  'confirmIllegal',
  'orderPerformance',
  'confirmInvalid',
  'uphold',
  'dismissRequest',
  'agreementPerformance',
] as const;
export const decisionTypeSchema = z.enum(decisionTypes);
export type DecisionType = (typeof decisionTypes)[number];
export const decisionTypeLabels: Readonly<Record<DecisionType, EnumLabel>> = {
  alter: { zh: '变更', en: 'Alter', article: law('第六十三条') },
  revoke: { zh: '撤销', en: 'Revoke', article: law('第六十四条') },
  revokePartly: { zh: '部分撤销', en: 'Revoke in part', article: law('第六十四条') },
  revokeAndRedo: { zh: '撤销并责令重作', en: 'Revoke and order a new act', article: law('第六十四条') },
  confirmIllegal: { zh: '确认违法', en: 'Confirm illegal', article: law('第六十五条') },
  orderPerformance: { zh: '责令履行', en: 'Order performance', article: law('第六十六条') },
  confirmInvalid: { zh: '确认无效', en: 'Confirm invalid', article: law('第六十七条') },
  uphold: { zh: '维持', en: 'Uphold', article: law('第六十八条') },
  dismissRequest: { zh: '驳回复议请求', en: 'Dismiss the request', article: law('第六十九条') },
  agreementPerformance: { zh: '行政协议类决定', en: 'Administrative-agreement decision', article: law('第七十一条') },
};
export const withCompensationLabel: EnumLabel = {
  zh: '一并决定赔偿或返还财产',
  en: 'With compensation or return of property',
  article: law('第七十二条'),
};

/** Decisions that correct the act (纠错), counted in the correction rate. */
export const correctiveDecisionTypes = [
  'alter',
  'revoke',
  'revokePartly',
  'revokeAndRedo',
  'confirmIllegal',
  'orderPerformance',
  'confirmInvalid',
] as const satisfies readonly DecisionType[];

export function isCorrectiveDecision(type: DecisionType): boolean {
  return (correctiveDecisionTypes as readonly DecisionType[]).includes(type);
}

/** Approval of a decision: the handler drafts, the office head reviews, then the head of the authority or a collective discussion (第六十一条第一款). */
export const approvalSteps = ['handler', 'officeHead', 'authorityHead', 'collective'] as const;
export const approvalStepSchema = z.enum(approvalSteps);
export type ApprovalStep = (typeof approvalSteps)[number];
export const approvalStepLabels: Readonly<Record<ApprovalStep, EnumLabel>> = {
  handler: { zh: '承办人拟办', en: 'Handler’s draft', article: law('第六十一条第一款') },
  officeHead: { zh: '复议机构负责人审核', en: 'Review by the head of the reconsideration office', article: law('第六十一条第一款') },
  authorityHead: { zh: '复议机关负责人同意', en: 'Approval by the head of the authority', article: law('第六十一条第一款') },
  collective: { zh: '集体讨论通过', en: 'Adopted by collective discussion', article: law('第六十一条第一款') },
};
/** Either of these completes the approval. */
export const finalApprovalSteps = ['authorityHead', 'collective'] as const satisfies readonly ApprovalStep[];
