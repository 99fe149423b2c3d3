import type { DbOrTrx } from '../db/database';
import { enqueueJob } from '../jobs/job-runner';
import type { JobHandler } from '../jobs/job.types';
import { renderSms } from './templates';

export const SMS_DELIVERY_JOB = 'sms.deliver';

/** The job payload: the number stays encrypted at rest, the text is rendered only when sent. */
export interface QueuedSms {
  phoneEnc: string;
  template: string;
  params: Record<string, string>;
}

export interface QueueSmsInput extends QueuedSms {
  /** One message per key, ever (e.g. `notification:<id>`, `service:<id>`). */
  dedupeKey: string;
}

/**
 * Queues an SMS inside the caller's transaction (transactional outbox): the message exists exactly
 * when the caller's change commits, so a rolled-back change never texts anyone, and the gateway is
 * called by the job runner after the commit, with retries. Returns false when the key was used.
 */
export async function queueSms(trx: DbOrTrx, now: Date, input: QueueSmsInput): Promise<boolean> {
  // An unknown template or a missing parameter fails the caller's transaction, not the job later.
  renderSms(input.template, input.params, { strict: true });
  const payload: QueuedSms = { phoneEnc: input.phoneEnc, template: input.template, params: input.params };
  return enqueueJob(trx, now, { kind: SMS_DELIVERY_JOB, payload, dedupeKey: `sms:${input.dedupeKey}` });
}

/**
 * Hands a queued message to the gateway. Delivery is at least once: a process dying between the
 * gateway's answer and the job's completion sends the message again when the job is reclaimed.
 */
export const smsDeliveryJob: JobHandler<QueuedSms> = {
  kind: SMS_DELIVERY_JOB,
  async run(kernel, job) {
    const { phoneEnc, template, params } = job.payload;
    await kernel.sms.send({ phone: kernel.pii.decrypt(phoneEnc), template, params });
  },
};
