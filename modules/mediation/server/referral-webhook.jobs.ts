import { createHmac } from 'node:crypto';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import type { JobHandler } from '@tianping/server/jobs/job.types';
import { presentReferral } from './referral.presenter';
import { findReferralViewById, findReferrerById, insertDelivery, updateReferral } from './referral.repository';
import { REFERRAL_WEBHOOK_JOB, REFERRAL_WEBHOOK_MAX_ATTEMPTS } from './referral-outcome';

/** A receiver that does not answer within this time counts as a failed attempt (retried). */
const TIMEOUT_MS = 10_000;
const ERROR_MAX = 500;

export const SIGNATURE_HEADER = 'x-tianping-signature';
export const TIMESTAMP_HEADER = 'x-tianping-timestamp';
export const EVENT_HEADER = 'x-tianping-event-id';

/**
 * The signature the receiver checks: HMAC-SHA256, keyed with the referrer's webhook secret, over
 * `<timestamp>.<raw body>` (the timestamp lets the receiver refuse replays), hex, as `sha256=<hex>`.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

interface WebhookPayload {
  referralId: string;
  eventId: string;
}

/**
 * Posts the outcome of a referral to the referring body's webhook (event `referral.outcome`). One
 * row in med_webhook_deliveries per attempt; a non-2xx answer, a network error or a timeout throws,
 * and the job runner retries with backoff (30 s × 2ⁿ⁻¹) up to REFERRAL_WEBHOOK_MAX_ATTEMPTS, then
 * the referral's webhook status is `failed` (the outcome stays available by pull). A delivered
 * event is not sent again; receivers deduplicate on `X-Tianping-Event-Id` should a crash repeat it.
 */
export const referralWebhookJob: JobHandler<WebhookPayload> = {
  kind: REFERRAL_WEBHOOK_JOB,
  maxAttempts: REFERRAL_WEBHOOK_MAX_ATTEMPTS,
  lockMs: 60_000,
  async run(kernel: Kernel, job) {
    const { referralId, eventId } = job.payload;
    const referral = await findReferralViewById(kernel.db, referralId);
    if (!referral || referral.webhookStatus === 'delivered') return;
    const referrer = await findReferrerById(kernel.db, referral.referrerId);
    if (!referrer?.webhookUrl || !referrer.webhookSecretEnc) {
      await updateReferral(kernel.db, referralId, { webhookStatus: 'none', updatedAt: kernel.clock.now().toISOString() });
      return;
    }
    const now = kernel.clock.now();
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const body = JSON.stringify({
      event: 'referral.outcome',
      eventId,
      referrerCode: referrer.code,
      referral: presentReferral(referral),
    });
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(referrer.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          [SIGNATURE_HEADER]: signWebhook(kernel.pii.decrypt(referrer.webhookSecretEnc), timestamp, body),
          [TIMESTAMP_HEADER]: timestamp,
          [EVENT_HEADER]: eventId,
          'user-agent': 'tianping-mediation-webhook',
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      statusCode = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
    } catch (err) {
      error = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, ERROR_MAX);
    }
    const ok = error === null;
    const at = kernel.clock.now().toISOString();
    await kernel.db.transaction().execute(async (trx) => {
      await insertDelivery(trx, {
        id: newId(),
        referralId,
        referrerId: referrer.id,
        eventId,
        attempt: job.attempt,
        url: referrer.webhookUrl!,
        statusCode,
        ok: ok ? 1 : 0,
        error,
        durationMs: Date.now() - started,
        attemptedAt: at,
      });
      const status = ok ? 'delivered' : job.attempt >= job.maxAttempts ? 'failed' : 'pending';
      await updateReferral(trx, referralId, { webhookStatus: status, updatedAt: at });
    });
    if (!ok) throw new Error(`webhook delivery failed: ${error}`);
  },
};
