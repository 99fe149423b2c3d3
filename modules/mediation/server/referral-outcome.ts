import { isAfter, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { maskPiiInText } from '@tianping/common/validation/pii-text';
import { systemContext, type RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { enqueueJob } from '@tianping/server/jobs/job-runner';
import { closedCaseStates } from '../contract/enums';
import type { CaseRow } from './case.repository';
import { recordPaperReferral } from './paper-referral';
import { listReferralsOfCase, updateReferral } from './referral.repository';

/** Job kind of the outcome webhook (referral-webhook.jobs.ts). */
export const REFERRAL_WEBHOOK_JOB = 'mediation.referralWebhook';
/** Attempts before a delivery is given up (backoff 30 s × 2ⁿ⁻¹: the last try ≈ 1 h 4 min after the first). */
export const REFERRAL_WEBHOOK_MAX_ATTEMPTS = 8;
const SUMMARY_MAX = 1000;

const clip = (s: string) => (s.length > SUMMARY_MAX ? `${s.slice(0, SUMMARY_MAX - 1)}…` : s);

/**
 * What the referring body is told about the result: the agreement's terms and manner of
 * performance (人民调解法 第二十九条) or why mediation ended, with ID numbers and phones masked.
 */
async function summaryOf(trx: Trx, c: CaseRow): Promise<string | null> {
  if (c.state === 'succeeded') {
    const a = await trx
      .selectFrom('medAgreements')
      .select(['form', 'terms', 'performanceManner', 'performanceDueOn', 'effectiveOn'])
      .where('caseId', '=', c.id)
      .orderBy('createdAt', 'desc')
      .executeTakeFirst();
    if (!a) return null;
    const form = a.form === 'oral' ? '口头调解协议（人民调解法第三十条）' : '书面调解协议（人民调解法第二十九条）';
    const due = a.performanceDueOn ? `，履行期限${a.performanceDueOn}` : '';
    return clip(maskPiiInText(`${form}，${a.effectiveOn}生效。协议内容：${a.terms}。履行方式：${a.performanceManner}${due}。`));
  }
  const ended = await trx
    .selectFrom('medOutcomes')
    .select(['reason'])
    .where('caseId', '=', c.id)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  const reason = ended?.reason ?? c.closingReason;
  return reason ? clip(maskPiiInText(reason)) : null;
}

/**
 * Records the outcome of a referred case for each body that referred it (诉调、公调、访调、检调对接
 * — "a dispute referred by a court or the police must come back to them with a result"), inside
 * the caller's transaction: the result is stored on the referral (pull: GET /api/mediation/referrals/:id),
 * whether it came back on time (by the referral's `returnBy`, else the case's local time target),
 * and a signed webhook delivery is queued for bodies that configured one (transactional outbox:
 * a rollback sends nothing). Idempotent: a referral already returned is left alone.
 *
 * Call it in every service that puts a case into a final state (succeeded, failed, refused,
 * withdrawn, declined), after the case row holds its final state, outcome and closedOn.
 */
export async function recordReferralOutcome(
  trx: Trx,
  kernel: Pick<Kernel, 'audit' | 'clock'>,
  caseRow: CaseRow,
  ctx: RequestContext = systemContext(),
): Promise<number> {
  if (!(closedCaseStates as readonly string[]).includes(caseRow.state)) return 0;
  // A paper referral by a registered body that intake did not record yet is recorded now.
  await recordPaperReferral(trx, kernel, ctx, caseRow, { atClosure: true });
  const referrals = (await listReferralsOfCase(trx, caseRow.id)).filter((r) => r.returnedAt === null);
  if (!referrals.length) return 0;
  const now = kernel.clock.now();
  const closedOn = (caseRow.closedOn ?? localDateAt(now)) as LocalDate;
  const summary = await summaryOf(trx, caseRow);
  for (const r of referrals) {
    const due = (r.returnBy ?? caseRow.targetDueOn) as LocalDate | null;
    const returnedOnTime = due ? (isAfter(closedOn, due) ? 0 : 1) : null;
    const webhook = r.webhookUrl !== null;
    await updateReferral(trx, r.id, {
      outcomeState: caseRow.state,
      outcome: caseRow.outcome ?? (caseRow.state === 'succeeded' ? null : caseRow.state),
      agreementSummary: summary,
      closedOn,
      returnedAt: now.toISOString(),
      returnedOnTime,
      webhookStatus: webhook ? 'pending' : 'none',
      updatedAt: now.toISOString(),
    });
    if (webhook) {
      await enqueueJob(trx, now, {
        kind: REFERRAL_WEBHOOK_JOB,
        payload: { referralId: r.id, eventId: newId() },
        dedupeKey: `${REFERRAL_WEBHOOK_JOB}:${r.id}`,
        maxAttempts: REFERRAL_WEBHOOK_MAX_ATTEMPTS,
      });
    }
    await kernel.audit.record(trx, ctx, {
      action: 'mediation.referral.return',
      entityType: 'medReferral',
      entityId: r.id,
      orgId: caseRow.orgId,
      before: { returnedAt: null },
      after: { outcomeState: caseRow.state, outcome: caseRow.outcome, closedOn, returnBy: due, returnedOnTime, webhook },
    });
  }
  return referrals.length;
}
