import { z } from 'zod';
import type { PermissionDef } from '../access/permission';
import { idSchema, mobileSchema, pageQuerySchema, pageSchema } from '../validation/schemas';

export const smsPermissions: PermissionDef[] = [
  { key: 'sms.outbox.read', category: 'system', zh: '查看短信发件箱', en: 'Read the SMS outbox' },
];

export const smsStatuses = ['queued', 'sent', 'failed'] as const;
export type SmsStatus = (typeof smsStatuses)[number];

export const outboxQuerySchema = pageQuerySchema.extend({
  /** Exact phone number; matched through its blind index, never by decrypting rows. */
  phone: mobileSchema.optional(),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;

export const outboxItemSchema = z.object({
  id: idSchema,
  createdAt: z.string(),
  phoneMasked: z.string(),
  template: z.string(),
  body: z.string(),
  status: z.enum(smsStatuses),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxPageSchema = pageSchema(outboxItemSchema);
export type OutboxPage = z.infer<typeof outboxPageSchema>;
