import { localDateAt, parseLocalDate } from '@tianping/common/calendar/index';
import { systemContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { discardCaseDocument, renderCaseDocument, type RenderedCaseDocument } from './case-documents';
import { acceptInTrx } from './case-acceptance.service';
import { abandonInTrx } from './case-correction.service';
import { findCaseById } from './case.repository';

export const LAPSE_JOB = 'reconsideration.intakeLapses';
const DAY_MS = 86_400_000;
const BATCH = 200;

/** Cases whose open review (or correction) timer lapsed before today, still in the state it runs in. */
async function lapsed(k: Pick<Kernel, 'db'>, key: 'review' | 'correction', state: string, today: string) {
  return k.db
    .selectFrom('workflowTimers')
    .innerJoin('workflowInstances', 'workflowInstances.id', 'workflowTimers.instanceId')
    .innerJoin('reconCases', 'reconCases.id', 'workflowInstances.entityId')
    .select(['reconCases.id', 'workflowTimers.dueDate'])
    .where('workflowInstances.entityType', '=', 'reconCase')
    .where('workflowTimers.key', '=', key)
    .where('workflowTimers.status', '=', 'open')
    .where('workflowTimers.dueDate', '<', today)
    .where('reconCases.state', '=', state)
    .orderBy('workflowTimers.dueDate')
    .limit(BATCH)
    .execute();
}

/**
 * 第三十条第三款: a review period that lapsed without a decision — the application is deemed
 * accepted from the last day of the period (ordinary procedure; the handler may convert it),
 * numbered, audited, and the handling organisation gets the todo item of the accepted state.
 * 第三十一条第二款: a correction period that lapsed without a correction — deemed abandoned.
 * Each case in its own transaction, re-checked inside it: running twice changes nothing.
 */
export async function applyIntakeLapses(k: Kernel): Promise<{ accepted: number; abandoned: number }> {
  const today = localDateAt(k.clock.now());
  const ctx = systemContext('reconsideration.intakeLapses');
  let accepted = 0;
  let abandoned = 0;
  // A case that failed stays in its state and would come back in every batch: stop when a batch makes no progress.
  for (let batch = await lapsed(k, 'review', 'received', today), progress = true; batch.length > 0 && progress;) {
    const before = accepted;
    await acceptBatch(batch);
    progress = batch.length === BATCH && accepted > before;
    if (progress) batch = await lapsed(k, 'review', 'received', today);
  }
  for (let batch = await lapsed(k, 'correction', 'correcting', today), progress = true; batch.length > 0 && progress;) {
    const before = abandoned;
    await abandonBatch(batch);
    progress = batch.length === BATCH && abandoned > before;
    if (progress) batch = await lapsed(k, 'correction', 'correcting', today);
  }
  return { accepted, abandoned };

  async function acceptBatch(rows: Awaited<ReturnType<typeof lapsed>>) {
    for (const row of rows) {
      let rendered: RenderedCaseDocument | undefined;
      try {
        const done = await k.db.transaction().execute(async (trx) => {
          const c = await findCaseById(trx, row.id);
          if (!c || c.state !== 'received') return false;
          const acceptedOn = parseLocalDate(row.dueDate);
          await acceptInTrx(k, trx, ctx, c, { procedure: 'ordinary', acceptedOn, deemed: true }, async (id, data) => {
            rendered = await renderCaseDocument(k, id, data);
            return rendered;
          });
          return true;
        });
        if (done) accepted++;
      } catch (err) {
        await discardCaseDocument(k, rendered);
        k.log.error({ err, caseId: row.id }, 'deemed acceptance failed');
      }
    }
  }

  async function abandonBatch(rows: Awaited<ReturnType<typeof lapsed>>) {
    for (const row of rows) {
      try {
        const done = await k.db.transaction().execute(async (trx) => {
          const c = await findCaseById(trx, row.id);
          if (!c || c.state !== 'correcting') return false;
          await abandonInTrx(k, trx, ctx, c, row.dueDate);
          return true;
        });
        if (done) abandoned++;
      } catch (err) {
        k.log.error({ err, caseId: row.id }, 'deemed abandonment failed');
      }
    }
  }
}

export const intakeLapsesJob: JobHandler = {
  kind: LAPSE_JOB,
  async run(kernel) {
    await applyIntakeLapses(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts, like the escalation job. */
export const intakeLapsesSchedule: JobSchedule = { kind: LAPSE_JOB, everyMs: DAY_MS, onStart: true };
