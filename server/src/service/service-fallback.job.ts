import { localDateAt } from '@tianping/common/calendar/local-date';
import { serviceChannelLabels, type ServiceChannel } from '@tianping/common/contract/service';
import type { Kernel } from '../core/module';
import type { JobHandler, JobSchedule } from '../jobs/job.types';
import { notify } from '../notifications/notification.service';
import { activeStaffOf } from '../workflow/escalation.repository';
import { findServiceFallbacksDue } from './serve-document.service';
import { findAttachmentTitle, markFallbackReminded } from './service-record.repository';

export const SERVICE_FALLBACK_JOB = 'service.fallbackReminder';
const DAY_MS = 86_400_000;
const BATCH = 200;

/**
 * Tells the staff of the issuing organisation, once per record, that an electronic service was not
 * acknowledged by its fallback day, so the document must be served by post or in person instead.
 * The reminder names the document and the channel tried, not the recipient. Returns the number of
 * records reminded of.
 */
export async function remindServiceFallbacks(k: Pick<Kernel, 'db' | 'clock'>): Promise<number> {
  const today = localDateAt(k.clock.now());
  let reminded = 0;
  for (;;) {
    const batch = await findServiceFallbacksDue(k.db, k.clock, { today, limit: BATCH, unremindedOnly: true });
    for (const record of batch) {
      await k.db.transaction().execute(async (trx) => {
        const now = k.clock.now();
        // Another process got there first, or the citizen acknowledged meanwhile: nothing to say.
        if (!(await markFallbackReminded(trx, record.id, now.toISOString()))) return;
        const recipients = record.orgId ? await activeStaffOf(trx, record.orgId) : [];
        const title = (await findAttachmentTitle(trx, record.attachmentId))?.fileName ?? record.attachmentId;
        const channel = serviceChannelLabels[record.channel as ServiceChannel] ?? { zh: record.channel, en: record.channel };
        await notify(trx, now, recipients, {
          kind: 'service.fallbackDue',
          titleZh: `送达未获签收，请改用邮寄或直接送达：${title}`,
          titleEn: `Service not acknowledged, serve by post or in person: ${title}`,
          body: `${channel.zh}（${channel.en}）· ${record.sentAt.slice(0, 10)} → ${record.fallbackDueOn}`,
          dedupeKey: `service:${record.id}:fallback`,
        });
        reminded++;
      });
    }
    if (batch.length < BATCH) return reminded;
  }
}

export const serviceFallbackJob: JobHandler = {
  kind: SERVICE_FALLBACK_JOB,
  async run(kernel) {
    await remindServiceFallbacks(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts. */
export const serviceFallbackSchedule: JobSchedule = { kind: SERVICE_FALLBACK_JOB, everyMs: DAY_MS, onStart: true };
