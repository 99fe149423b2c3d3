import { PostgresAdapter, type Selectable } from 'kysely';
import type { Db, DbOrTrx } from '../db/database';
import { newId } from '../db/ids';
import type { JobTable } from './tables';

export type JobRow = Selectable<JobTable>;

export interface EnqueueInput {
  kind: string;
  payload?: unknown;
  runAt: string;
  maxAttempts: number;
  dedupeKey?: string | null;
}

/** Inserts a job; with a dedupe key already taken nothing is inserted. Returns whether it was. */
export async function insertJob(db: DbOrTrx, input: EnqueueInput, now: string): Promise<boolean> {
  const res = await db
    .insertInto('jobs')
    .values({
      id: newId(),
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? null),
      runAt: input.runAt,
      status: 'queued',
      attempts: 0,
      maxAttempts: input.maxAttempts,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      dedupeKey: input.dedupeKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/**
 * Claims up to `limit` jobs of the given kinds for `worker`: due queued jobs and running jobs whose
 * lock has expired (their process died). On PostgreSQL the inner select locks the rows with
 * `FOR UPDATE SKIP LOCKED`, so concurrent claimers in other processes pass over each other's rows
 * and a job is handed to exactly one of them. SQLite has one writer at a time, so the same
 * UPDATE … RETURNING in a transaction is already exclusive.
 */
export async function claimJobs(
  db: Db,
  worker: string,
  kinds: string[],
  limit: number,
  now: string,
  lockedUntil: string,
): Promise<JobRow[]> {
  if (kinds.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const isPg = trx.getExecutor().adapter instanceof PostgresAdapter;
    const due = trx
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'in', kinds)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('runAt', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', now)]),
        ]),
      )
      .orderBy('runAt')
      .limit(limit)
      .$call((q) => (isPg ? q.forUpdate().skipLocked() : q));
    return trx
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', lockedBy: worker, lockedUntil, attempts: eb('attempts', '+', 1), updatedAt: now }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
  });
}

/** Marks a job done, only while `worker` still holds it (a reclaimed job belongs to its new holder). */
export async function completeJob(db: DbOrTrx, id: string, worker: string, now: string): Promise<boolean> {
  const res = await db
    .updateTable('jobs')
    .set({ status: 'done', lockedBy: null, lockedUntil: null, lastError: null, updatedAt: now })
    .where('id', '=', id)
    .where('lockedBy', '=', worker)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** After a failed run: back to the queue at `retryAt`, or `failed` when no attempt is left. */
export async function failJob(db: DbOrTrx, id: string, worker: string, error: string, retryAt: string | null, now: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: retryAt ? 'queued' : 'failed',
      runAt: retryAt ?? now,
      lockedBy: null,
      lockedUntil: null,
      lastError: error.slice(0, 2000),
      updatedAt: now,
    })
    .where('id', '=', id)
    .where('lockedBy', '=', worker)
    .execute();
}

export async function findJob(db: DbOrTrx, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}
