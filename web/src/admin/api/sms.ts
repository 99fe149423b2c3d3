import { api } from '../../api/client';
import type { Page, SmsMessage } from '../../api/types';

export const smsApi = {
  /** GET /sms/outbox?phone&page&pageSize — newest first; `phone` is the full number. */
  outbox: (q: { phone?: string; page: number; pageSize: number }) => api<Page<SmsMessage>>('/sms/outbox', { query: { ...q } }),
};
