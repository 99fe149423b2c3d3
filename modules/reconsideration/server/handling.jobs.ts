import type { Kernel } from '@tianping/server/core/module';
import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { todayOf } from '@tianping/server/workflow/workflow-timers.service';
import { lapsedSuspensions, updateSuspension } from './handling.repository';

/**
 * 第四十一条第（五）项: a suspension on 第三十九条第一款 items 1, 2 or 4 whose cause remains after 60
 * days ends in termination. The platform does not terminate by itself (whether the cause remains
 * is for the handler to judge): once the 60th day has passed it tells the handler — or every
 * staff member of the handling body when no handler is assigned — once per suspension.
 */
export const SUSPENSION_LAPSE_JOB = 'reconsideration.suspensionLapse';
const DAY_MS = 86_400_000;
const BATCH = 200;

export async function notifyLapsedSuspensions(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const today = todayOf(k);
  let notified = 0;
  for (;;) {
    const batch = await lapsedSuspensions(k.db, today, BATCH);
    for (const s of batch) {
      await k.db.transaction().execute(async (trx) => {
        const label = s.caseNumber ?? `${s.applicantName}诉${s.respondentName}`;
        const users = s.handlerId ? [s.handlerId] : await activeStaffOf(trx, s.orgId);
        const now = k.clock.now();
        await notify(trx, now, users, {
          kind: 'reconsideration.suspensionLapsed',
          titleZh: `中止已满六十日：${label}，中止原因仍未消除的，应依行政复议法第四十一条第（五）项决定终止`,
          titleEn: `Suspended for 60 days: ${label}; if the cause remains, terminate under Art. 41(5)`,
          link: `/workbench/reconsideration/cases/${s.caseId}`,
          dedupeKey: `recon:suspension:${s.id}:lapsed`,
        });
        await updateSuspension(trx, s.id, { lapseNotifiedAt: now.toISOString() });
      });
      notified++;
    }
    if (batch.length < BATCH) return notified;
  }
}

export const suspensionLapseJob: JobHandler = {
  kind: SUSPENSION_LAPSE_JOB,
  async run(kernel) {
    await notifyLapsedSuspensions(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts, like the workflow escalation. */
export const suspensionLapseSchedule: JobSchedule = { kind: SUSPENSION_LAPSE_JOB, everyMs: DAY_MS, onStart: true };
