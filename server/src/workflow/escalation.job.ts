import { addDays, deadlineStatus, parseLocalDate, type HolidayCalendar, type LocalDate } from '@tianping/common/calendar/index';
import type { Kernel } from '../core/module';
import type { JobHandler, JobSchedule } from '../jobs/job.types';
import { notify } from '../notifications/notification.service';
import { platformHolidayCalendar } from './holiday-calendar.source';
import {
  activeStaffOf,
  listEscalationCandidates,
  openTodoOfInstance,
  setEscalatedStatus,
  supervisorsOf,
  userOrgId,
} from './escalation.repository';
import { todayOf } from './workflow-timers.service';

export const ESCALATION_JOB = 'workflow.escalate';
const DAY_MS = 86_400_000;
const BATCH = 200;
/** Longer than any run of rest days (the Spring Festival and National Day breaks last 8–9 days). */
const HORIZON_SEARCH_DAYS = 40;

/** The last due date that is already "due soon" today (≤ 3 working days left). */
export function dueSoonHorizon(today: LocalDate, calendar: HolidayCalendar): LocalDate {
  let horizon = today;
  for (let i = 0; i <= HORIZON_SEARCH_DAYS; i++) {
    const d = addDays(today, i);
    if (deadlineStatus(d, today, calendar).status === 'dueSoon') horizon = d;
  }
  return horizon;
}

/**
 * Notifies, once per timer and status, the handler of each open timer turning "due soon" or
 * "overdue" (overdue also by SMS to handlers with a mobile number) and, when overdue, their
 * supervisors (see `supervisorsOf`). The handler is the user the
 * open todo item is assigned to, or everyone of the organisation it is assigned to.
 * Returns the number of timers escalated.
 */
export async function escalateDeadlines(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const today = todayOf(k);
  const calendar = await platformHolidayCalendar(k.db);
  const horizon = dueSoonHorizon(today, calendar);
  let escalated = 0;
  for (;;) {
    const batch = await listEscalationCandidates(k.db, horizon, today, BATCH);
    for (const timer of batch) {
      const status = deadlineStatus(parseLocalDate(timer.dueDate), today, calendar).status;
      // Every due date up to the horizon is due soon or overdue (remaining working days only grow with it).
      const level = status === 'overdue' ? 'overdue' : 'dueSoon';
      await k.db.transaction().execute(async (trx) => {
        const todo = await openTodoOfInstance(trx, timer.instanceId);
        const handlerOrg = todo?.assigneeUserId ? await userOrgId(trx, todo.assigneeUserId) : (todo?.assigneeOrgId ?? timer.orgId);
        const handlers = todo?.assigneeUserId ? [todo.assigneeUserId] : await activeStaffOf(trx, handlerOrg ?? timer.orgId);
        const title = todo ? { zh: todo.titleZh, en: todo.titleEn } : { zh: timer.key, en: timer.key };
        const link = todo?.url ?? null;
        const due = timer.dueDate;
        const now = k.clock.now();
        await notify(trx, now, handlers, {
          kind: level === 'overdue' ? 'workflow.overdue' : 'workflow.dueSoon',
          titleZh: level === 'overdue' ? `已逾期：${title.zh}（期限 ${due}）` : `即将到期：${title.zh}（期限 ${due}）`,
          titleEn: level === 'overdue' ? `Overdue: ${title.en} (due ${due})` : `Due soon: ${title.en} (due ${due})`,
          link,
          dedupeKey: `timer:${timer.id}:${level}`,
          // Overdue also reaches the handler's phone; the text names only the due date.
          sms: level === 'overdue' ? { template: 'workflow.overdue', params: { dueDate: due } } : undefined,
        });
        if (level === 'overdue' && handlerOrg) {
          await notify(trx, now, await supervisorsOf(trx, handlerOrg), {
            kind: 'workflow.supervisorOverdue',
            titleZh: `下级办件已逾期：${title.zh}（期限 ${due}）`,
            titleEn: `Overdue at a subordinate office: ${title.en} (due ${due})`,
            link,
            dedupeKey: `timer:${timer.id}:supervisor`,
          });
        }
        await setEscalatedStatus(trx, timer.id, level);
      });
      escalated++;
    }
    if (batch.length < BATCH) return escalated;
  }
}

export const escalationJob: JobHandler = {
  kind: ESCALATION_JOB,
  async run(kernel) {
    await escalateDeadlines(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts. */
export const escalationSchedule: JobSchedule = { kind: ESCALATION_JOB, everyMs: DAY_MS, onStart: true };
