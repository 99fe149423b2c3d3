import type { Instant, LocalDate } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    serviceRecords: ServiceRecordTable;
  }
}

/**
 * One service (送达) of a document to one recipient: a registered citizen, or a name and an
 * encrypted mobile number (with its blind index, so the document appears in the portal inbox
 * once that person signs in with the number).
 */
export interface ServiceRecordTable {
  id: string;
  attachmentId: string;
  entityType: string;
  entityId: string;
  orgId: string | null;
  recipientCitizenId: string | null;
  recipientName: string | null;
  recipientPhoneEnc: string | null;
  recipientPhoneIndex: string | null;
  recipientPhoneMasked: string | null;
  /** portal | sms | inPerson | post */
  channel: string;
  /** sent | opened | acknowledged */
  status: string;
  sentAt: Instant;
  openedAt: Instant | null;
  acknowledgedAt: Instant | null;
  /** Not acknowledged by this day: serve again by another channel. */
  fallbackDueOn: LocalDate;
  /** When the issuing organisation was told that another channel is due (once per record). */
  fallbackRemindedAt: Instant | null;
  createdByType: string;
  createdById: string | null;
}
