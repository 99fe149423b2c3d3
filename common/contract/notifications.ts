import { z } from 'zod';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, pageSchema } from '../validation/schemas';

/** Kinds of in-app notification (工作台消息). Modules add theirs here with a zh/en label. */
export const notificationKinds = {
  'workflow.dueSoon': { zh: '期限即将届满', en: 'Deadline approaching' },
  'workflow.overdue': { zh: '期限已逾期', en: 'Deadline overdue' },
  'workflow.supervisorOverdue': { zh: '下级办件逾期', en: 'Overdue at a subordinate office' },
  'service.fallbackDue': { zh: '送达需改用其他方式', en: 'Service needs another channel' },
  'reconsideration.replyRequested': { zh: '行政复议答复通知', en: 'Reconsideration: reply requested' },
  'reconsideration.withdrawalRequested': { zh: '行政复议撤回申请', en: 'Reconsideration: withdrawal requested' },
  'reconsideration.suspensionLapsed': { zh: '中止满六十日应终止', en: 'Reconsideration: suspension lapsed' },
  'mediation.riskEscalated': { zh: '人民调解：纠纷可能引发治安或刑事案件', en: 'Mediation: dispute may become a police or criminal case' },
  'mediation.confirmationReminder': { zh: '人民调解：司法确认申请期限将届满', en: 'Mediation: judicial confirmation window closing' },
  'mediation.committeeTermEnding': { zh: '人民调解委员会委员任期即将届满', en: 'Mediation committee: member terms ending' },
  'legalAid.objectionFiled': { zh: '法律援助：收到异议（五日内审查）', en: 'Legal aid: objection received (review within 5 days)' },
  'legalAid.terminationReported': { zh: '法律援助：承办人员报告终止情形', en: 'Legal aid: provider reports a ground of termination' },
  'legalAid.replacementRequested': { zh: '法律援助：受援人要求更换援助人员', en: 'Legal aid: recipient asks for another provider' },
  'legalAid.complaintReceived': { zh: '法律援助：收到投诉', en: 'Legal aid: complaint received' },
  'hotline.ticketReopened': { zh: '12348热线：工单因不满意评价重开', en: 'Hotline: ticket reopened after a dissatisfied rating' },
  'hotline.callbackOverdue': { zh: '12348热线：回拨已逾期', en: 'Hotline: callback overdue' },
  'hotline.notaryReferral': { zh: '12348热线：转来公证咨询', en: 'Hotline: notary enquiry referred' },
  'hotline.consultationQueued': { zh: '12348热线：新的在线咨询待解答', en: 'Hotline: new online consultation waiting' },
  'hotline.consultationOverdue': { zh: '12348热线：在线咨询超时未答', en: 'Hotline: online consultation overdue' },
} as const;
export type NotificationKind = keyof typeof notificationKinds;

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  unreadOnly: z.enum(['true', 'false']).default('false'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});

export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.number().int() });
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationIdParamsSchema = z.strictObject({ id: idSchema });
export const notificationReadAllSchema = z.object({ updated: z.number().int(), unread: z.number().int() });

export const notificationErrors = defineErrorCodes({
  NOTIFICATION_ALREADY_READ: { kind: 'Conflict', zh: '该消息已读', en: 'The notification is already read' },
});
