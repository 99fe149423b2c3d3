import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    notifications: NotificationTable;
  }
}

/** In-app notifications of staff users (the workbench bell). */
export interface NotificationTable {
  id: string;
  userId: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  body: string | null;
  link: string | null;
  /** Per user: a second notification with the same key is not created (escalation once per timer and status). */
  dedupeKey: string | null;
  createdAt: Instant;
  readAt: Instant | null;
}
