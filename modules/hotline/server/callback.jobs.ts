import type { Kernel } from '@tianping/server/core/module';
import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { notify } from '@tianping/server/notifications/notification.service';
import { hotlineSupervisorsOf } from './supervisors';

/**
 * Overdue callbacks (回拨逾期): every 15 minutes, each pending callback past its due time (the LOCAL
 * `callbackDueHours` or the promised time) notifies its assignee and the centre's supervisors once.
 */
export const CALLBACK_OVERDUE_JOB = 'hotline.callbackOverdue';

export async function notifyOverdueCallbacks(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const now = k.clock.now();
  const due = await k.db
    .selectFrom('hlCallbacks')
    .innerJoin('hlTickets', 'hlTickets.id', 'hlCallbacks.ticketId')
    .select([
      'hlCallbacks.id',
      'hlCallbacks.ticketId',
      'hlCallbacks.orgId',
      'hlCallbacks.assigneeUserId',
      'hlCallbacks.dueAt',
      'hlTickets.number',
    ])
    .where('hlCallbacks.state', '=', 'pending')
    .where('hlCallbacks.overdueNotified', '=', 0)
    .where('hlCallbacks.dueAt', '<', now.toISOString())
    .orderBy('hlCallbacks.dueAt')
    .limit(500)
    .execute();
  for (const c of due) {
    await k.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('hlCallbacks')
        .set({ overdueNotified: 1 })
        .where('id', '=', c.id)
        .where('overdueNotified', '=', 0)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const users = [c.assigneeUserId, ...(await hotlineSupervisorsOf(trx, c.orgId))];
      await notify(trx, now, users, {
        kind: 'hotline.callbackOverdue',
        titleZh: `12348热线工单${c.number}的回拨已逾期`,
        titleEn: `Callback of hotline ticket ${c.number} is overdue`,
        link: `/workbench/hotline/tickets/${c.ticketId}`,
        dedupeKey: `hotline.callbackOverdue:${c.id}`,
      });
    });
  }
  return due.length;
}

export const callbackOverdueJob: JobHandler = {
  kind: CALLBACK_OVERDUE_JOB,
  async run(kernel) {
    await notifyOverdueCallbacks(kernel);
  },
};

export const callbackOverdueSchedule: JobSchedule = { kind: CALLBACK_OVERDUE_JOB, everyMs: 15 * 60_000, onStart: true };
