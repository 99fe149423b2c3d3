import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { claimJobs, completeJob, failJob, insertJob, type JobRow } from './job.repository';
import type { JobHandler, JobSchedule } from './job.types';

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_LOCK_MS = 5 * 60_000;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;
const ON_START_SLOT_MS = 60_000;

export interface RunnerOptions {
  /** How often an idle runner looks for due jobs. */
  pollMs?: number;
  /** Jobs claimed per round. */
  batch?: number;
  /** Identifies this process in `locked_by`. */
  workerId?: string;
}

export interface JobRunner {
  workerId: string;
  /** Enqueues due schedule slots, then claims and runs one batch. Returns the number of jobs run. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Exponential backoff after the n-th failed attempt: 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS);
}

function slotStart(nowMs: number, everyMs: number): string {
  return new Date(Math.floor(nowMs / everyMs) * everyMs).toISOString();
}

/** Enqueues a job for a module (e.g. a one-off reminder); `dedupeKey` makes it idempotent. */
export async function enqueueJob(
  db: DbOrTrx,
  now: Date,
  job: { kind: string; payload?: unknown; runAt?: Date; dedupeKey?: string; maxAttempts?: number },
): Promise<boolean> {
  return insertJob(
    db,
    {
      kind: job.kind,
      payload: job.payload,
      runAt: (job.runAt ?? now).toISOString(),
      maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      dedupeKey: job.dedupeKey ?? null,
    },
    now.toISOString(),
  );
}

/** Enqueues the current slot of each schedule; the dedupe key makes every slot fire once across processes. */
async function enqueueScheduleSlots(kernel: Kernel, schedules: readonly JobSchedule[], slotMs: (s: JobSchedule) => number, tag: string) {
  const now = kernel.clock.now();
  for (const s of schedules) {
    const slot = slotStart(now.getTime(), slotMs(s));
    await enqueueJob(kernel.db, now, { kind: s.kind, payload: s.payload, dedupeKey: `${s.kind}@${tag}${slot}` });
  }
}

export function createJobRunner(
  kernel: Kernel,
  handlers: readonly JobHandler[],
  schedules: readonly JobSchedule[],
  opts: RunnerOptions = {},
): JobRunner {
  const byKind = new Map(handlers.map((h) => [h.kind, h]));
  const kinds = [...byKind.keys()];
  const workerId = opts.workerId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const pollMs = opts.pollMs ?? 1000;
  const batch = opts.batch ?? 10;
  const lockMs = Math.max(...handlers.map((h) => h.lockMs ?? DEFAULT_LOCK_MS), DEFAULT_LOCK_MS);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  async function execute(row: JobRow): Promise<void> {
    const handler = byKind.get(row.kind)!;
    try {
      await handler.run(kernel, {
        id: row.id,
        kind: row.kind,
        payload: JSON.parse(row.payload) as unknown,
        attempt: row.attempts,
        maxAttempts: row.maxAttempts,
      });
      await completeJob(kernel.db, row.id, workerId, kernel.clock.now().toISOString());
    } catch (err) {
      const now = kernel.clock.now();
      const retryAt = row.attempts < row.maxAttempts ? new Date(now.getTime() + retryDelayMs(row.attempts)).toISOString() : null;
      kernel.log.warn({ err, jobId: row.id, kind: row.kind, attempt: row.attempts }, 'job failed');
      await failJob(kernel.db, row.id, workerId, err instanceof Error ? err.message : String(err), retryAt, now.toISOString());
    }
  }

  async function runOnce(): Promise<number> {
    await enqueueScheduleSlots(kernel, schedules, (s) => s.everyMs, '');
    const now = kernel.clock.now();
    const rows = await claimJobs(kernel.db, workerId, kinds, batch, now.toISOString(), new Date(now.getTime() + lockMs).toISOString());
    for (const row of rows) await execute(row);
    return rows.length;
  }

  function loop() {
    if (stopped) return;
    running = runOnce()
      .catch((err: unknown) => {
        kernel.log.error({ err }, 'job runner round failed');
        return 0;
      })
      .then((n) => {
        // A full batch suggests more work is waiting: go again at once.
        if (!stopped) timer = setTimeout(loop, n >= batch ? 0 : pollMs);
      });
  }

  return {
    workerId,
    runOnce,
    start() {
      stopped = false;
      const onStart = schedules.filter((s) => s.onStart);
      running = enqueueScheduleSlots(kernel, onStart, () => ON_START_SLOT_MS, 'start@')
        .catch((err: unknown) => kernel.log.error({ err }, 'start-up jobs not enqueued'))
        .then(loop);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      // The start chain hands over to the loop's promise: wait until no newer round was started.
      for (let seen = running; seen; seen = seen === running ? undefined : running) await seen;
    },
  };
}
