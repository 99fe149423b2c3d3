import { addDays } from '@tianping/common/calendar/index';
import type { Kernel } from '@tianping/server/core/module';
import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { todayOf } from '@tianping/server/workflow/workflow-timers.service';
import { mediatorUserIdOf } from './case.workflow-payload';
import { readReminderDays } from './handling-settings';
import { agreementsToRemind, markReminded } from './handling.repository';

/**
 * 人民调解法 第三十三条: the parties may apply jointly for judicial confirmation within 30 days of the
 * agreement taking effect. N days before the last day (local setting, default 5) the mediator — or,
 * without a login, the committee's staff — is reminded once per agreement, while no application exists.
 */
export const CONFIRMATION_REMINDER_JOB = 'mediation.confirmationReminder';
const DAY_MS = 86_400_000;
const BATCH = 200;

export async function remindConfirmationWindows(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const { daysBefore } = await readReminderDays(k.db);
  const today = todayOf(k);
  const until = addDays(today, daysBefore);
  let reminded = 0;
  for (;;) {
    const batch = await agreementsToRemind(k.db, today, until, BATCH);
    for (const a of batch) {
      await k.db.transaction().execute(async (trx) => {
        const mediatorUser = await mediatorUserIdOf(trx, a.mediatorId);
        const users = mediatorUser ? [mediatorUser] : await activeStaffOf(trx, a.orgId);
        const now = k.clock.now();
        await notify(trx, now, users, {
          kind: 'mediation.confirmationReminder',
          titleZh: `司法确认申请期限将于${a.confirmationDueOn}届满：${a.caseNumber}，当事人如需申请司法确认，请告知其共同向人民法院申请（人民调解法第三十三条）`,
          titleEn: `Judicial confirmation window closes on ${a.confirmationDueOn}: ${a.caseNumber}; the parties apply jointly (Art. 33)`,
          link: `/workbench/mediation/cases/${a.caseId}`,
          dedupeKey: `mediation:confirmation:${a.id}:reminder`,
        });
        await markReminded(trx, a.id, now.toISOString());
      });
      reminded++;
    }
    if (batch.length < BATCH) return reminded;
  }
}

export const confirmationReminderJob: JobHandler = {
  kind: CONFIRMATION_REMINDER_JOB,
  async run(kernel) {
    await remindConfirmationWindows(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts, like the workflow escalation. */
export const confirmationReminderSchedule: JobSchedule = { kind: CONFIRMATION_REMINDER_JOB, everyMs: DAY_MS, onStart: true };
