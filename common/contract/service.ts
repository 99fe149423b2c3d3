import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { idSchema } from '../validation/schemas';
import { entityIdSchema, entityTypeSchema } from './attachments';

export const servicePermissions = [
  { key: 'service.record.read', category: 'business', zh: '查看送达记录', en: 'View service records' },
] as const satisfies readonly PermissionDef[];

/** 送达方式: portal inbox (电子送达), SMS link, in person (直接送达), post (邮寄送达). */
export const serviceChannels = ['portal', 'sms', 'inPerson', 'post'] as const;
export type ServiceChannel = (typeof serviceChannels)[number];
export const serviceChannelLabels: Record<ServiceChannel, { zh: string; en: string }> = {
  portal: { zh: '门户电子送达', en: 'Portal inbox' },
  sms: { zh: '短信链接送达', en: 'SMS link' },
  inPerson: { zh: '直接送达', en: 'In person' },
  post: { zh: '邮寄送达', en: 'By post' },
};

/** The portal page of the citizen's served documents (the SMS of channel `sms` links here). */
export const citizenInboxPath = '/portal/inbox';

export const serviceStatuses = ['sent', 'opened', 'acknowledged'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const serviceErrors = defineErrorCodes({
  SERVICE_RECIPIENT_MISSING: {
    kind: 'Invalid',
    zh: '受送达人须为已登记的群众，或提供姓名和手机号码',
    en: 'The recipient must be a registered citizen, or a name and a mobile number',
  },
  SERVICE_FALLBACK_DAYS_INVALID: { kind: 'Invalid', zh: '补充送达期限须为 1 至 90 日', en: 'The fallback period must be 1 to 90 days' },
  SERVICE_NOT_ACKNOWLEDGED: {
    kind: 'Conflict',
    zh: '请先签收该文书，再查看内容',
    en: 'Acknowledge receipt of the document before reading it',
  },
});

export const serviceRecordQuerySchema = z.object({ entityType: entityTypeSchema, entityId: entityIdSchema });
export const serviceRecordIdParamsSchema = z.object({ id: idSchema });

export const serviceRecordSchema = z.object({
  id: idSchema,
  attachmentId: idSchema,
  fileName: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  recipientCitizenId: z.string().nullable(),
  recipientName: z.string().nullable(),
  recipientPhoneMasked: z.string().nullable(),
  channel: z.enum(serviceChannels),
  status: z.enum(serviceStatuses),
  sentAt: z.string(),
  openedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  fallbackDueOn: z.string(),
  /** Not acknowledged and past the fallback date: another channel (post, in person) is due. */
  fallbackDue: z.boolean(),
});
export type ServiceRecordView = z.infer<typeof serviceRecordSchema>;
export const serviceRecordListSchema = z.object({ items: z.array(serviceRecordSchema) });

/** What a citizen sees in the portal inbox. */
export const inboxItemSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  fileType: z.string(),
  size: z.number().int(),
  issuer: z.string().nullable(),
  channel: z.enum(serviceChannels),
  status: z.enum(serviceStatuses),
  sentAt: z.string(),
  openedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;
export const inboxListSchema = z.object({ items: z.array(inboxItemSchema) });
