import { deadlineStatus, parseLocalDate, type HolidayCalendar, type LocalDate } from '@tianping/common/calendar/index';
import type { TodoItem, TodoListQuery, TodoPage } from '@tianping/common/contract/workflow';
import type { StaffActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { platformHolidayCalendar } from './holiday-calendar.source';
import { listTodosFor, type TodoRow } from './todo.repository';
import { todayOf } from './workflow-timers.service';

export function presentTodo(r: TodoRow, actor: StaffActor, today: LocalDate, calendar: HolidayCalendar): TodoItem {
  const d = r.dueDate && r.status === 'open' ? deadlineStatus(parseLocalDate(r.dueDate), today, calendar) : null;
  return {
    id: r.id,
    entityType: r.entityType,
    entityId: r.entityId,
    titleZh: r.titleZh,
    titleEn: r.titleEn,
    url: r.url,
    assignedTo: r.assigneeUserId === actor.userId ? 'personal' : 'organisation',
    dueDate: r.dueDate,
    deadline: d
      ? {
          status: d.status,
          remainingWorkdays: d.remainingWorkdays,
          remainingDays: d.remainingDays,
          overdueWorkdays: d.overdueWorkdays,
          provisional: d.provisional,
        }
      : null,
    status: r.status,
    createdAt: r.createdAt,
    closedAt: r.closedAt,
  };
}

/** GET /api/todos: the caller's own and their organisation's todo items with deadline status. */
export async function listMyTodos(k: Pick<Kernel, 'db' | 'clock'>, actor: StaffActor, q: TodoListQuery): Promise<TodoPage> {
  const [res, calendar] = await Promise.all([listTodosFor(k.db, actor, q), platformHolidayCalendar(k.db)]);
  const today = todayOf(k);
  return { items: res.items.map((r) => presentTodo(r, actor, today, calendar)), total: res.total, page: q.page, pageSize: q.pageSize };
}
