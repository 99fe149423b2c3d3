import type { Instant } from '../db/schema';
import type { JobStatus } from './job.types';

declare module '../db/schema' {
  interface Database {
    jobs: JobTable;
  }
}

/** The one job table of both profiles (in-process on SQLite, several processes on PostgreSQL). */
export interface JobTable {
  id: string;
  kind: string;
  /** JSON text. */
  payload: string;
  runAt: Instant;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  lockedBy: string | null;
  lockedUntil: Instant | null;
  lastError: string | null;
  /** Optional: a second enqueue with the same key is ignored (recurring slots, one-off reminders). */
  dedupeKey: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}
