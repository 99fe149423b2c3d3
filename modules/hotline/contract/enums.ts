import { z } from 'zod';

/**
 * Enumerations of the 12348 hotline: channels, the category tree of legal questions, call event
 * types, ticket states, transfer destinations and roster shifts. Each list has its codes, a zod
 * schema, a type and zh/en labels. The hotline has no statutory periods: its service levels are
 * local, configurable settings (contract/settings.ts).
 */

export interface EnumLabel {
  readonly zh: string;
  readonly en: string;
}

/** How a contact reached the service. */
export const channels = ['phone', 'online', 'walkIn', 'station'] as const;
export const channelSchema = z.enum(channels);
export type Channel = (typeof channels)[number];
export const channelLabels: Readonly<Record<Channel, EnumLabel>> = {
  phone: { zh: '12348热线电话', en: '12348 phone line' },
  online: { zh: '在线咨询', en: 'Online consultation' },
  walkIn: { zh: '公共法律服务中心来访', en: 'Walk-in at a legal service centre' },
  station: { zh: '公共法律服务站（室）', en: 'Legal service station' },
};

export interface CategoryDef extends EnumLabel {
  readonly code: string;
  readonly children?: readonly { code: string; zh: string; en: string }[];
}

/** The category tree of legal questions (first level fixed; sub-categories `<parent>.<child>`). */
export const categoryTree: readonly CategoryDef[] = [
  {
    code: 'family',
    zh: '婚姻家庭',
    en: 'Marriage and family',
    children: [
      { code: 'family.divorce', zh: '离婚', en: 'Divorce' },
      { code: 'family.custody', zh: '子女抚养', en: 'Child custody and support' },
      { code: 'family.support', zh: '赡养扶养', en: 'Support of parents and spouses' },
      { code: 'family.domesticViolence', zh: '家庭暴力', en: 'Domestic violence' },
    ],
  },
  { code: 'inheritance', zh: '继承', en: 'Inheritance' },
  {
    code: 'labour',
    zh: '劳动争议',
    en: 'Labour disputes',
    children: [
      { code: 'labour.wages', zh: '拖欠工资', en: 'Unpaid wages' },
      { code: 'labour.injury', zh: '工伤', en: 'Work injury' },
      { code: 'labour.dismissal', zh: '解除劳动合同', en: 'Dismissal' },
      { code: 'labour.socialInsurance', zh: '社会保险', en: 'Social insurance' },
    ],
  },
  { code: 'contract', zh: '合同', en: 'Contracts' },
  { code: 'property', zh: '房产物业', en: 'Housing and property management' },
  { code: 'traffic', zh: '交通事故', en: 'Traffic accidents' },
  { code: 'consumer', zh: '消费', en: 'Consumer rights' },
  { code: 'loan', zh: '借贷', en: 'Loans and debts' },
  { code: 'criminal', zh: '刑事', en: 'Criminal matters' },
  { code: 'administrative', zh: '行政', en: 'Administrative matters' },
  { code: 'company', zh: '公司企业', en: 'Companies and enterprises' },
  { code: 'ip', zh: '知识产权', en: 'Intellectual property' },
  { code: 'foreign', zh: '涉外', en: 'Foreign-related matters' },
  { code: 'other', zh: '其他', en: 'Other' },
];

export const topCategories = categoryTree.map((c) => c.code);

/** Every known category code (first level and sub-categories) with its label. */
export const categoryLabels: Readonly<Record<string, EnumLabel>> = Object.fromEntries(
  categoryTree.flatMap((c) => [
    [c.code, { zh: c.zh, en: c.en }] as const,
    ...(c.children ?? []).map((s) => [s.code, { zh: `${c.zh}·${s.zh}`, en: `${c.en}: ${s.en}` }] as const),
  ]),
);

export function isKnownCategory(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(categoryLabels, code);
}

/** The first-level category of a code (`labour.wages` → `labour`). */
export function topCategoryOf(code: string): string {
  return code.split('.')[0]!;
}

/** Events the telephony system reports for a call. */
export const callEventTypes = ['offered', 'answered', 'abandoned', 'ended'] as const;
export const callEventTypeSchema = z.enum(callEventTypes);
export type CallEventType = (typeof callEventTypes)[number];
export const callEventTypeLabels: Readonly<Record<CallEventType, EnumLabel>> = {
  offered: { zh: '呼入排队', en: 'Offered (queued)' },
  answered: { zh: '接通', en: 'Answered' },
  abandoned: { zh: '放弃（未接通挂机）', en: 'Abandoned' },
  ended: { zh: '通话结束', en: 'Ended' },
};

/** The state of a call after its latest event. */
export const callStates = ['offered', 'answered', 'abandoned', 'ended'] as const;
export const callStateSchema = z.enum(callStates);
export type CallState = (typeof callStates)[number];
export const callStateLabels: Readonly<Record<CallState, EnumLabel>> = {
  offered: { zh: '排队中', en: 'Waiting' },
  answered: { zh: '通话中', en: 'In conversation' },
  abandoned: { zh: '未接通', en: 'Abandoned' },
  ended: { zh: '已结束', en: 'Ended' },
};

export const ticketStates = ['open', 'answered', 'transferred', 'callbackPending', 'closed', 'reopened'] as const;
export const ticketStateSchema = z.enum(ticketStates);
export type TicketState = (typeof ticketStates)[number];
export const ticketStateLabels: Readonly<Record<TicketState, EnumLabel>> = {
  open: { zh: '待解答', en: 'Open' },
  answered: { zh: '已解答', en: 'Answered' },
  transferred: { zh: '已转接', en: 'Transferred' },
  callbackPending: { zh: '待回拨', en: 'Callback pending' },
  closed: { zh: '已办结', en: 'Closed' },
  reopened: { zh: '已重开（待监督处理）', en: 'Reopened (to the supervisor)' },
};

/** States in which the answer may still be written or corrected. */
export const answerableStates: readonly TicketState[] = ['open', 'answered', 'callbackPending', 'reopened'];

export const transferDestinations = ['alliance12345', 'legalAid', 'mediation', 'reconsideration', 'notary'] as const;
export const transferDestinationSchema = z.enum(transferDestinations);
export type TransferDestination = (typeof transferDestinations)[number];
export const transferDestinationLabels: Readonly<Record<TransferDestination, EnumLabel>> = {
  alliance12345: { zh: '12345政务服务便民热线（热线联盟）', en: 'City hotline alliance (12345)' },
  legalAid: { zh: '法律援助申请', en: 'Legal aid application' },
  mediation: { zh: '人民调解申请', en: 'People’s mediation request' },
  reconsideration: { zh: '行政复议申请', en: 'Administrative reconsideration intake' },
  notary: { zh: '公证咨询', en: 'Notary enquiry' },
};

/** Duty shifts of the seats (值班班次); times are the centre's usual ones. */
export const shifts = ['morning', 'afternoon', 'evening', 'night'] as const;
export const shiftSchema = z.enum(shifts);
export type Shift = (typeof shifts)[number];
export const shiftLabels: Readonly<Record<Shift, EnumLabel & { from: string; to: string }>> = {
  morning: { zh: '上午班', en: 'Morning', from: '08:30', to: '12:00' },
  afternoon: { zh: '下午班', en: 'Afternoon', from: '13:00', to: '17:30' },
  evening: { zh: '晚班', en: 'Evening', from: '17:30', to: '21:00' },
  night: { zh: '夜班', en: 'Night', from: '21:00', to: '08:30' },
};

/** Who sits on a seat. */
export const seatRoles = ['agent', 'lawyer'] as const;
export const seatRoleSchema = z.enum(seatRoles);
export type SeatRole = (typeof seatRoles)[number];
export const seatRoleLabels: Readonly<Record<SeatRole, EnumLabel>> = {
  agent: { zh: '话务坐席', en: 'Agent' },
  lawyer: { zh: '值班律师', en: 'Lawyer on duty' },
};
