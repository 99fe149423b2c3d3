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
