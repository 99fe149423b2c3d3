import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { TodoItemTable, WorkflowInstanceTable, WorkflowTimerTable } from './tables';

export type InstanceRow = Selectable<WorkflowInstanceTable>;
export type TimerRow = Selectable<WorkflowTimerTable>;

export async function insertInstance(db: DbOrTrx, row: Insertable<WorkflowInstanceTable>): Promise<void> {
  await db.insertInto('workflowInstances').values(row).execute();
}

export async function findInstanceByEntity(db: DbOrTrx, workflowId: string, entityType: string, entityId: string) {
  return db
    .selectFrom('workflowInstances')
    .selectAll()
    .where('workflowId', '=', workflowId)
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .executeTakeFirst();
}

/** Optimistic: applies only while the stored version is still `version`. */
export async function updateInstance(db: DbOrTrx, id: string, version: number, patch: Pick<InstanceRow, 'state' | 'events' | 'updatedAt'>) {
  const res = await db
    .updateTable('workflowInstances')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertTimer(db: DbOrTrx, row: Insertable<WorkflowTimerTable>): Promise<void> {
  await db.insertInto('workflowTimers').values(row).execute();
}

/** Timers of an instance that are still running or suspended. */
export async function listLiveTimers(db: DbOrTrx, instanceId: string): Promise<TimerRow[]> {
  return db
    .selectFrom('workflowTimers')
    .selectAll()
    .where('instanceId', '=', instanceId)
    .where('status', 'in', ['open', 'suspended'])
    .orderBy('dueDate')
    .execute();
}

export async function listTimers(db: DbOrTrx, instanceId: string): Promise<TimerRow[]> {
  return db.selectFrom('workflowTimers').selectAll().where('instanceId', '=', instanceId).orderBy('openedAt').orderBy('id').execute();
}

export async function updateTimer(db: DbOrTrx, id: string, patch: Updateable<WorkflowTimerTable>): Promise<void> {
  await db.updateTable('workflowTimers').set(patch).where('id', '=', id).execute();
}

/** Closes the running timers of an instance except those whose key is in `keep` (they run on). */
export async function closeLiveTimers(db: DbOrTrx, instanceId: string, now: string, keep: readonly string[] = []): Promise<number> {
  const res = await db
    .updateTable('workflowTimers')
    .set({ status: 'closed', closedAt: now })
    .where('instanceId', '=', instanceId)
    .where('status', 'in', ['open', 'suspended'])
    .$call((q) => (keep.length ? q.where('key', 'not in', keep) : q))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function insertTodo(db: DbOrTrx, row: Insertable<TodoItemTable>): Promise<void> {
  await db.insertInto('todoItems').values(row).execute();
}

export async function closeOpenTodos(db: DbOrTrx, instanceId: string, now: string): Promise<number> {
  const res = await db
    .updateTable('todoItems')
    .set({ status: 'done', closedAt: now })
    .where('instanceId', '=', instanceId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Keeps the open todo of an instance in step with its earliest running timer. */
export async function setOpenTodoDueDate(db: DbOrTrx, instanceId: string, dueDate: string | null): Promise<void> {
  await db.updateTable('todoItems').set({ dueDate }).where('instanceId', '=', instanceId).where('status', '=', 'open').execute();
}
