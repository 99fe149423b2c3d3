import { sql, type Selectable } from 'kysely';
import type { TodoListQuery } from '@tianping/common/contract/workflow';
import type { DbOrTrx } from '../db/database';
import type { TodoItemTable } from './tables';

export type TodoRow = Selectable<TodoItemTable>;

/**
 * The caller's todo items: assigned to them, or to the organisation they act in. Each branch is
 * served by its own (assignee, status, due_date) index; the page is sorted by due date with
 * undated items last, then by id for a stable order.
 */
export async function listTodosFor(db: DbOrTrx, who: { userId: string; orgId: string }, q: TodoListQuery) {
  const base = db
    .selectFrom('todoItems')
    .where('status', '=', q.status)
    .where((eb) => eb.or([eb('assigneeUserId', '=', who.userId), eb('assigneeOrgId', '=', who.orgId)]));
  const dir = q.sort === '-dueDate' ? 'desc' : 'asc';
  const ordered =
    q.sort === 'createdAt'
      ? base.selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc')
      : base
          .selectAll()
          .orderBy(sql`case when ${sql.ref('due_date')} is null then 1 else 0 end`)
          .orderBy('dueDate', dir)
          .orderBy('id', dir);
  const [items, total] = await Promise.all([
    ordered
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
