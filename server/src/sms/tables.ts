import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    smsOutbox: SmsOutboxTable;
  }
}

/** Messages handed to the SMS gateway. The development gateway only writes here. */
export interface SmsOutboxTable {
  id: string;
  createdAt: Instant;
  /** Encrypted phone number and its blind index (lookup by phone without decrypting). */
  phoneEnc: string;
  phoneIndex: string;
  template: string;
  /** Rendered text; one-time codes stay readable here only in non-production outboxes. */
  body: string;
  status: 'queued' | 'sent' | 'failed';
}
