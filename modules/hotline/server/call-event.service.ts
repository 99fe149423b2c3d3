import { maskMobile } from '@tianping/common/validation/phone';
import type { RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { isUniqueViolation, type Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import type { CallEventBatchResult, CallEventBody, CallEventResult } from '../contract/calls';
import type { CallEventType, CallState } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import { applyCallEvent, type CallSnapshot } from '../domain/call-events';
import { findCallByCallId, findEventsByIds, insertCall, insertCallEvent, updateCall, type CallRow } from './call.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

/** Who reports the events: the centre (the telephony token's organisation), the token, or the simulator. */
export interface CallReporter {
  orgId: string;
  tokenId: string | null;
  simulated: boolean;
}

function snapshotOf(c: CallRow): CallSnapshot {
  return { state: c.state as CallState, offeredAt: c.offeredAt, answeredAt: c.answeredAt, abandonedAt: c.abandonedAt, endedAt: c.endedAt };
}

function sameEvent(stored: { callId: string; type: string; at: string }, e: CallEventBody): boolean {
  return stored.callId === e.callId && stored.type === e.type && Date.parse(stored.at) === Date.parse(e.at);
}

async function agentId(trx: Trx, username: string | undefined, field: string): Promise<string> {
  if (!username) throw fail(hotlineErrors, 'HOTLINE_CALL_AGENT_REQUIRED', { field });
  const u = await trx.selectFrom('users').select(['id', 'active']).where('username', '=', username.trim().toLowerCase()).executeTakeFirst();
  if (!u || u.active !== 1) throw fail(hotlineErrors, 'HOTLINE_AGENT_UNKNOWN', { field });
  return u.id;
}

/**
 * Applies one event inside the caller's transaction. A repeated event id with the same content
 * answers as the first time and writes nothing; with different content → 409. Events out of
 * order → 409 HOTLINE_CALL_EVENT_ORDER with the field (`type` or `at`, prefixed for a batch).
 */
async function applyOne(
  k: Services,
  trx: Trx,
  reporter: CallReporter,
  e: CallEventBody,
  prefix: string,
): Promise<{ result: CallEventResult; duplicate: boolean; callRowId: string | null }> {
  const [stored] = await findEventsByIds(trx, [e.eventId]);
  if (stored) {
    if (!sameEvent(stored, e)) throw fail(hotlineErrors, 'HOTLINE_CALL_EVENT_ID_REUSED', { field: `${prefix}eventId` });
    const result = {
      eventId: stored.eventId,
      callId: stored.callId,
      type: stored.type as CallEventType,
      at: stored.at,
      callState: stored.resultState as CallState,
    };
    return { result, duplicate: true, callRowId: null };
  }
  const call = await findCallByCallId(trx, e.callId);
  if (call && call.orgId !== reporter.orgId) throw fail(hotlineErrors, 'HOTLINE_CALL_UNKNOWN', { field: `${prefix}callId` });
  const at = new Date(e.at).toISOString();
  const out = applyCallEvent(call ? snapshotOf(call) : undefined, { type: e.type, at });
  if (!out.ok) {
    const field = `${prefix}${out.field}`;
    const issue = { field, code: 'HOTLINE_CALL_EVENT_ORDER', message: out.reason, messageEn: out.reason };
    throw fail(hotlineErrors, 'HOTLINE_CALL_EVENT_ORDER', { field, issues: [issue] });
  }
  const agentUserId = e.type === 'answered' ? await agentId(trx, e.agentUsername, `${prefix}agentUsername`) : (call?.agentUserId ?? null);
  const now = k.clock.now().toISOString();
  const phone = e.callerPhone;
  const phoneCols =
    phone && !call?.callerPhoneEnc ? { callerPhoneEnc: k.pii.encrypt(phone), callerPhoneIndex: k.pii.blindIndex('phone', phone) } : {};
  const cols = {
    state: out.call.state,
    answeredAt: out.call.answeredAt,
    abandonedAt: out.call.abandonedAt,
    endedAt: out.call.endedAt,
    waitSeconds: out.waitSeconds,
    talkSeconds: out.talkSeconds,
    agentUserId,
    updatedAt: now,
    ...phoneCols,
  };
  let callRowId: string;
  if (call) {
    callRowId = call.id;
    await updateCall(trx, call.id, cols);
    // The ticket recorded during the call takes the talk time when the call ends.
    if (e.type === 'ended' && call.ticketId)
      await trx.updateTable('hlTickets').set({ durationSeconds: out.talkSeconds }).where('id', '=', call.ticketId).execute();
  } else {
    callRowId = newId();
    await insertCall(trx, {
      id: callRowId,
      callId: e.callId,
      orgId: reporter.orgId,
      queue: e.queue,
      offeredAt: out.call.offeredAt,
      callerPhoneEnc: null,
      callerPhoneIndex: null,
      ticketId: null,
      simulated: reporter.simulated ? 1 : 0,
      createdAt: now,
      ...cols,
    });
  }
  await insertCallEvent(trx, {
    id: newId(),
    eventId: e.eventId,
    callId: e.callId,
    type: e.type,
    at,
    queue: e.queue,
    orgId: reporter.orgId,
    resultState: out.call.state,
    raw: JSON.stringify({ ...e, ...(phone ? { callerPhone: maskMobile(phone) } : {}) }),
    tokenId: reporter.tokenId,
    receivedAt: now,
  });
  return { result: { eventId: e.eventId, callId: e.callId, type: e.type, at, callState: out.call.state }, duplicate: false, callRowId };
}

/** POST /api/hotline/call-events: one event, its own transaction; audited unless a duplicate. */
export async function submitCallEvent(
  k: Services,
  ctx: RequestContext,
  reporter: CallReporter,
  e: CallEventBody,
): Promise<CallEventResult> {
  return retryOnRace(() =>
    k.db.transaction().execute(async (trx) => {
      const r = await applyOne(k, trx, reporter, e, '');
      if (!r.duplicate)
        await k.audit.record(trx, ctx, {
          action: 'hotline.callEvent.receive',
          entityType: 'hlCall',
          entityId: r.callRowId!,
          orgId: reporter.orgId,
          after: { eventId: e.eventId, callId: e.callId, type: e.type, at: r.result.at, simulated: reporter.simulated },
        });
      return r.result;
    }),
  );
}

/**
 * Two deliveries of the same event (or two first events of one call) racing each other: the
 * loser hits a unique index and is replayed once, when it finds the winner's row (→ the duplicate
 * answer, or 409 if the sequence no longer fits) instead of a 500.
 */
async function retryOnRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return run();
  }
}

/**
 * POST /api/hotline/call-events/batch: up to 500 events in arrival order, all or nothing — one
 * event out of order rejects the batch (field `events.N.…`) and nothing is written; duplicates
 * (also within the batch) are answered as before. One audit row for the batch.
 */
export async function submitCallEventBatch(
  k: Services,
  ctx: RequestContext,
  reporter: CallReporter,
  events: readonly CallEventBody[],
): Promise<CallEventBatchResult> {
  return retryOnRace(() =>
    k.db.transaction().execute(async (trx) => {
      const results: CallEventBatchResult['results'] = [];
      for (const [i, e] of events.entries()) {
        const r = await applyOne(k, trx, reporter, e, `events.${i}.`);
        results.push({ ...r.result, duplicate: r.duplicate });
      }
      const accepted = results.filter((r) => !r.duplicate).length;
      if (accepted)
        await k.audit.record(trx, ctx, {
          action: 'hotline.callEvent.batch',
          entityType: 'hlCallEventBatch',
          entityId: newId(),
          orgId: reporter.orgId,
          after: { accepted, duplicates: results.length - accepted, firstEventId: events[0]!.eventId, lastEventId: events.at(-1)!.eventId },
        });
      return { accepted, duplicates: results.length - accepted, results };
    }),
  );
}
