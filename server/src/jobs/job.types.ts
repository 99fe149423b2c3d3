import type { Kernel } from '../core/module';

/** A claimed job as a handler sees it. */
export interface RunningJob<P = unknown> {
  id: string;
  kind: string;
  payload: P;
  /** 1 on the first run, 2 on the first retry … */
  attempt: number;
  maxAttempts: number;
}

/**
 * Runs one kind of job. Delivery is once per claim: a second process never claims a job whose lock
 * is alive. A process that dies mid-run leaves the job to be reclaimed after `lockMs`, so handlers
 * with outside effects make them idempotent (a dedupe key, a state check).
 */
export interface JobHandler<P = unknown> {
  kind: string;
  run(kernel: Kernel, job: RunningJob<P>): Promise<void>;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** How long a claim lasts before another process may reclaim the job (default 5 minutes). */
  lockMs?: number;
}

/**
 * A recurring job: every `everyMs` (slots aligned to the Unix epoch, UTC) one job of `kind` is
 * enqueued with the dedupe key `<kind>@<slot start>`, so however many processes tick, the slot
 * fires once. `onStart` also enqueues one run when a process starts (deduplicated per minute).
 */
export interface JobSchedule {
  kind: string;
  everyMs: number;
  onStart?: boolean;
  payload?: unknown;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
