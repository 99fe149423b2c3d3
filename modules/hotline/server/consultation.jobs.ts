import type { Kernel } from '@tianping/server/core/module';
import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { notify } from '@tianping/server/notifications/notification.service';
import { onDutyAnswerers, queueCentre } from './consultation.service';
import { hotlineSupervisorsOf } from './supervisors';

/**
 * Overdue online consultations (在线咨询超时未答): every 15 minutes, each consultation still waiting or
 * claimed past its due time (the LOCAL `consultationAnswerWorkingHours`) notifies, once (flag
 * `overdue_notified`), the people on today's duty roster who may answer, the lawyer who claimed it, and
 * the supervisors of the centre holding it (the city 12348 centre until answered).
 */
export const CONSULTATION_OVERDUE_JOB = 'hotline.consultationOverdue';

export async function notifyOverdueConsultations(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const now = k.clock.now();
  const due = await k.db
    .selectFrom('hlConsultations')
    .select(['id', 'number', 'orgId', 'claimedBy', 'dueAt'])
    .where('state', 'in', ['waiting', 'claimed'])
    .where('overdueNotified', '=', 0)
    .where('dueAt', '<', now.toISOString())
    .orderBy('dueAt')
    .limit(500)
    .execute();
  for (const c of due) {
    await k.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('hlConsultations')
        .set({ overdueNotified: 1 })
        .where('id', '=', c.id)
        .where('overdueNotified', '=', 0)
        .where('state', 'in', ['waiting', 'claimed'])
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const centreId = c.orgId ?? (await queueCentre(trx)).id;
      const users = [
        ...(await onDutyAnswerers(trx, now)),
        ...(c.claimedBy ? [c.claimedBy] : []),
        ...(await hotlineSupervisorsOf(trx, centreId)),
      ];
      await notify(trx, now, [...new Set(users)], {
        kind: 'hotline.consultationOverdue',
        titleZh: `在线法律咨询${c.number}已超过答复时限，尚未答复`,
        titleEn: `Online consultation ${c.number} is past its answer time and unanswered`,
        link: `/workbench/hotline/consultations/${c.id}`,
        dedupeKey: `hotline.consultationOverdue:${c.id}`,
      });
    });
  }
  return due.length;
}

export const consultationOverdueJob: JobHandler = {
  kind: CONSULTATION_OVERDUE_JOB,
  async run(kernel) {
    await notifyOverdueConsultations(kernel);
  },
};

export const consultationOverdueSchedule: JobSchedule = { kind: CONSULTATION_OVERDUE_JOB, everyMs: 15 * 60_000, onStart: true };
