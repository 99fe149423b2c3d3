import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { orgPathInScope } from '@tianping/server/access/scope';
import type { Kernel } from '@tianping/server/core/module';
import { isUniqueViolation, type Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import { isKnownCategory, topCategoryOf } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import type { TicketAnswerBody, TicketCreateBody, TicketDetail } from '../contract/tickets';
import { findCallByCallId, updateCall, type CallRow } from './call.repository';
import { surveySummary } from './handling.presenter';
import { ticketDetail } from './ticket.presenter';
import { canUpdateAnswer } from './ticket.policy';
import { findTicketInScope, insertTicket, updateTicket, type TicketRow } from './ticket.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;

/** Organisation types that run a hotline desk: the district legal service centres and the city's 12348 centre. */
export const centreTypes = ['legalServiceCentre', 'cityBureau'] as const;

/** Where a contact of each channel is recorded: stations (公共法律服务站, or the 司法所 hosting one) record their own visitors. */
export function orgTypesFor(channel: TicketCreateBody['channel']): readonly string[] {
  return channel === 'station' ? ['legalServiceStation', 'justiceOffice'] : centreTypes;
}

/** `labour.wages` → category `labour`, sub-category `labour.wages`; unknown → 400 with field. */
export function splitCategory(code: string, field = 'category') {
  if (!isKnownCategory(code)) throw fail(hotlineErrors, 'HOTLINE_CATEGORY_UNKNOWN', { field });
  const top = topCategoryOf(code);
  return { category: top, subCategory: top === code ? null : code };
}

/**
 * The call a desk ticket records: one the agent answered (whichever switch reported it — the city
 * 12348 platform routes calls to district seats), or one of a centre in the actor's scope.
 */
async function callForTicket(trx: Trx, actor: ScopedActor & { kind: 'staff' }, callId: string) {
  const call = await findCallByCallId(trx, callId);
  const org = call ? await findOrgById(trx, call.orgId) : undefined;
  const reachable = call && org && (call.agentUserId === actor.userId || orgPathInScope(actor, org.id, org.path));
  if (!call || !reachable) throw fail(hotlineErrors, 'HOTLINE_CALL_UNKNOWN', { field: 'callId' });
  if (call.state !== 'answered' && call.state !== 'ended') throw fail(hotlineErrors, 'HOTLINE_CALL_NOT_ANSWERED', { field: 'callId' });
  if (call.ticketId) throw fail(hotlineErrors, 'HOTLINE_CALL_ALREADY_LINKED', { field: 'callId' });
  return call;
}

/** The portal account of a caller's mobile number, when there is one (issue 7: 群众账号 when known). */
async function citizenByPhone(k: Pick<Kernel, 'pii'>, trx: Trx, phone: string | null): Promise<string | null> {
  if (!phone) return null;
  const found = await trx
    .selectFrom('citizens')
    .select('id')
    .where('phoneIndex', 'in', k.pii.blindIndexCandidates('phone', phone))
    .executeTakeFirst();
  return found?.id ?? null;
}

async function centreFor(trx: Trx, actor: ScopedActor, orgId: string, channel: TicketCreateBody['channel']) {
  const org = await findOrgInScope(trx, actor, orgId);
  if (!org || org.active !== 1 || !orgTypesFor(channel).includes(org.type))
    throw fail(hotlineErrors, 'HOTLINE_CENTRE_INVALID', { field: 'orgId' });
  return org;
}

/**
 * Records a contact (工单) from the desk (phone: `callId` links the call, its centre, caller and
 * talk time), a walk-in or a station visit. Everything is checked before anything is written;
 * one transaction with the audit row. A ticket with an answer starts `answered`, else `open`.
 * Answers the ticket's detail from what was just written (a new ticket has no transfer, callback
 * or survey yet; its centre is in the actor's scope) instead of re-reading it: the six queries of
 * the detail were a third of a request's statements (HP3 profile).
 */
export async function createTicket(k: Services, ctx: RequestContext, actor: ScopedActor, body: TicketCreateBody): Promise<TicketDetail> {
  if (actor.kind !== 'staff') throw notFound();
  const cat = splitCategory(body.category);
  if (body.callId && body.channel !== 'phone') throw fail(hotlineErrors, 'HOTLINE_CHANNEL_CALL_MISMATCH', { field: 'callId' });
  const now = k.clock.now().toISOString();
  try {
    const { row, orgName, call } = await insertNewTicket(k, ctx, actor, body, cat, now);
    const answeredByName = row.answeredBy ? actor.displayName : null;
    const handling = { transfers: [], callbacks: [], survey: surveySummary(undefined, k.clock.now()), surveyResend: null };
    return ticketDetail(k.pii, actor, { ...row, orgName, answeredByName }, call, handling);
  } catch (err) {
    // Two agents saving a ticket for the same call at once: the loser gets the clear 409.
    if (body.callId && isUniqueViolation(err)) throw fail(hotlineErrors, 'HOTLINE_CALL_ALREADY_LINKED', { field: 'callId' });
    throw err;
  }
}

async function insertNewTicket(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor & { kind: 'staff' },
  body: TicketCreateBody,
  cat: ReturnType<typeof splitCategory>,
  now: string,
): Promise<{ row: TicketRow; orgName: string; call: CallRow | undefined }> {
  return k.db.transaction().execute(async (trx) => {
    const call = body.callId ? await callForTicket(trx, actor, body.callId) : undefined;
    // The centre: the one named, else the answering agent's own, else the call's (a supervisor recording it).
    const callCentre = call && call.agentUserId !== actor.userId ? call.orgId : undefined;
    const centre = await centreFor(trx, actor, body.orgId ?? callCentre ?? actor.orgId, body.channel);
    if (body.citizenId && !(await trx.selectFrom('citizens').select('id').where('id', '=', body.citizenId).executeTakeFirst()))
      throw fail(hotlineErrors, 'HOTLINE_CITIZEN_UNKNOWN', { field: 'citizenId' });
    const year = Number(localDateAt(k.clock.now()).slice(0, 4));
    const { number } = await k.caseNumbers.allocate(trx, { orgId: centre.id, caseType: 'hotline', year });
    const phone = body.callerPhone
      ? { callerPhoneEnc: k.pii.encrypt(body.callerPhone), callerPhoneIndex: k.pii.blindIndex('phone', body.callerPhone) }
      : { callerPhoneEnc: call?.callerPhoneEnc ?? null, callerPhoneIndex: call?.callerPhoneIndex ?? null };
    const citizenId =
      body.citizenId ??
      (await citizenByPhone(k, trx, body.callerPhone ?? (call?.callerPhoneEnc ? k.pii.decrypt(call.callerPhoneEnc) : null)));
    const row: TicketRow = {
      id: newId(),
      number,
      orgId: centre.id,
      channel: body.channel,
      callId: call?.id ?? null,
      callerName: body.callerName ?? null,
      ...phone,
      citizenId,
      ...cat,
      question: body.question,
      answer: body.answer ?? null,
      answeredBy: body.answer ? actor.userId : null,
      answeredAt: body.answer ? now : null,
      durationSeconds: call ? call.talkSeconds : (body.durationSeconds ?? null),
      state: body.answer ? 'answered' : 'open',
      createdBy: actor.userId,
      createdAt: now,
      closedAt: null,
      updatedAt: now,
      version: 1,
    };
    await insertTicket(trx, row);
    if (call) await updateCall(trx, call.id, { ticketId: row.id, updatedAt: now });
    await k.audit.record(trx, ctx, {
      action: 'hotline.ticket.create',
      entityType: 'hlTicket',
      entityId: row.id,
      orgId: centre.id,
      after: { number, channel: row.channel, callId: body.callId ?? null, category: body.category, state: row.state },
    });
    return { row, orgName: centre.name, call };
  });
}

/**
 * Writes or corrects the answer (and optionally the category) of a ticket in scope while it is
 * open, answered, awaiting a callback or reopened; an open ticket becomes answered.
 */
export async function updateTicketAnswer(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: TicketAnswerBody,
): Promise<void> {
  const cat = body.category ? splitCategory(body.category) : undefined;
  await k.db.transaction().execute(async (trx) => {
    const t = await findTicketInScope(trx, actor, id);
    if (!t) throw notFound();
    if (actor.kind !== 'staff' || !canUpdateAnswer(actor, t))
      throw fail(hotlineErrors, 'HOTLINE_TICKET_NOT_ANSWERABLE', { field: 'answer' });
    if (t.version !== body.version) throw conflict({ field: 'version' });
    const now = k.clock.now().toISOString();
    // open → answered; reopened → answered (the agent answers again, HT's transitions).
    const state = t.state === 'open' || t.state === 'reopened' ? 'answered' : t.state;
    const ok = await updateTicket(trx, t.id, t.version, {
      answer: body.answer,
      ...(cat ?? {}),
      answeredBy: actor.userId,
      answeredAt: now,
      state,
      updatedAt: now,
    });
    if (!ok) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'hotline.ticket.answer',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      before: { answer: t.answer, category: t.subCategory ?? t.category, state: t.state },
      after: { answer: body.answer, category: body.category ?? t.subCategory ?? t.category, state },
    });
  });
}
