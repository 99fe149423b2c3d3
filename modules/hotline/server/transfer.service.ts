import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import type { HandoffResult } from '@tianping/server/handoff/handoff.registry';
import { AppError, conflict, fail, notFound } from '@tianping/server/http/errors';
import { notify } from '@tianping/server/notifications/notification.service';
import { findOrgById } from '@tianping/server/org/org.repository';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { transferDestinationLabels, type TransferDestination } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import type { TransferCreateBody, TransferResultBody } from '../contract/transfer';
import { canTransfer } from './handling.policy';
import { findTransferInScope, type TransferRow } from './handling.repository';
import { findTicketInScope, updateTicket, type TicketRow } from './ticket.repository';

/** Destinations handled inside the platform by another module's hand-off handler. */
export const moduleDestinations: readonly TransferDestination[] = ['legalAid', 'mediation', 'reconsideration'];
/** Outbound referrals whose result is recorded later (PATCH …/result). */
const referralDestinations: readonly string[] = ['alliance12345', 'notary'];

interface Outcome {
  state: 'sent';
  targetOrgId: string | null;
  handoff: HandoffResult | null;
}

function notaryOfficeId(body: TransferCreateBody): string {
  const id = body.prefill?.orgId;
  if (typeof id !== 'string' || !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id))
    throw fail(hotlineErrors, 'HOTLINE_NOTARY_OFFICE_INVALID', { field: 'prefill.orgId' });
  return id;
}

async function deliver(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  actor: ScopedActor,
  t: TicketRow,
  body: TransferCreateBody,
): Promise<Outcome> {
  if (body.destination === 'alliance12345') return { state: 'sent', targetOrgId: null, handoff: null };
  if (body.destination === 'notary') {
    const office = await findOrgById(trx, notaryOfficeId(body));
    if (!office || office.type !== 'notaryOffice' || office.active !== 1)
      throw fail(hotlineErrors, 'HOTLINE_NOTARY_OFFICE_INVALID', { field: 'prefill.orgId' });
    await notify(trx, k.clock.now(), await activeStaffOf(trx, office.id), {
      kind: 'hotline.notaryReferral',
      titleZh: `12348热线转来公证咨询（${t.number}）`,
      titleEn: `Notary enquiry referred by the 12348 hotline (${t.number})`,
      body: t.question.slice(0, 200),
      dedupeKey: `hotline.notary:${t.id}:${office.id}`,
    });
    return { state: 'sent', targetOrgId: office.id, handoff: null };
  }
  const source = { module: 'hotline', entityType: 'hlTicket', entityId: t.id, reference: t.number, orgId: t.orgId, summary: t.question };
  const handoff = await k.handoffs.run(trx, k, ctx, body.destination, { actor, source, data: body.prefill ?? {} });
  return { state: 'sent', targetOrgId: null, handoff };
}

/**
 * One-click transfer (一键转接). Checks first (ticket in scope, state, destination available); then ONE
 * transaction: our reference allocated, the referral or the other module's pre-filled intake created
 * (`kernel.handoffs`), the transfer row, the ticket → transferred, the audit row. When the target
 * module rejects the data (its 4xx), all of that rolls back and the attempt is kept as a `failed`
 * transfer with the code and field (own transaction, audited); the error is passed through.
 */
export async function transferTicket(k: Kernel, ctx: RequestContext, actor: ScopedActor, ticketId: string, body: TransferCreateBody) {
  const t = await findTicketInScope(k.db, actor, ticketId);
  if (!t) throw notFound();
  if (!canTransfer(actor, t)) throw fail(hotlineErrors, 'HOTLINE_TICKET_NOT_TRANSFERABLE', { field: 'destination' });
  if (moduleDestinations.includes(body.destination) && !k.handoffs.get(body.destination))
    throw fail(hotlineErrors, 'HOTLINE_TRANSFER_TARGET_UNAVAILABLE', { field: 'destination' });
  if (body.destination === 'notary') notaryOfficeId(body);
  const createdBy = actor.kind === 'staff' ? actor.userId : null;
  const prefillFields = body.prefill ? JSON.stringify(Object.keys(body.prefill).sort()) : null;
  try {
    return await k.db.transaction().execute(async (trx) => {
      const now = k.clock.now().toISOString();
      const year = Number(localDateAt(k.clock.now()).slice(0, 4));
      const { number: reference } = await k.caseNumbers.allocate(trx, { orgId: t.orgId, caseType: 'hotlineTransfer', year });
      const out = await deliver(k, trx, ctx, actor, t, body);
      const row: TransferRow = {
        id: newId(),
        ticketId: t.id,
        orgId: t.orgId,
        destination: body.destination,
        state: out.state,
        reference,
        targetReference: out.handoff?.reference ?? null,
        targetOrgId: out.targetOrgId,
        entityType: out.handoff?.entityType ?? null,
        entityId: out.handoff?.entityId ?? null,
        path: out.handoff?.path ?? null,
        note: body.note ?? null,
        prefillFields,
        result: null,
        resultAt: null,
        resultBy: null,
        errorCode: null,
        errorField: null,
        createdBy,
        createdAt: now,
        updatedAt: now,
      };
      await trx.insertInto('hlTransfers').values(row).execute();
      if (!(await updateTicket(trx, t.id, t.version, { state: 'transferred', updatedAt: now }))) throw conflict({ field: 'version' });
      await k.audit.record(trx, ctx, {
        action: 'hotline.transfer.create',
        entityType: 'hlTicket',
        entityId: t.id,
        orgId: t.orgId,
        before: { state: t.state },
        after: {
          transferId: row.id,
          destination: body.destination,
          reference,
          targetReference: row.targetReference,
          entityType: row.entityType,
          entityId: row.entityId,
          state: 'transferred',
        },
      });
      return row;
    });
  } catch (err) {
    if (err instanceof AppError && err.status >= 400 && err.status < 500 && err.code !== 'CONFLICT')
      await keepFailedAttempt(k, ctx, t, body, createdBy, prefillFields, err);
    throw err;
  }
}

async function keepFailedAttempt(
  k: Kernel,
  ctx: RequestContext,
  t: TicketRow,
  body: TransferCreateBody,
  createdBy: string | null,
  prefillFields: string | null,
  err: AppError,
) {
  await k.db.transaction().execute(async (trx) => {
    const now = k.clock.now().toISOString();
    const id = newId();
    await trx
      .insertInto('hlTransfers')
      .values({
        id,
        ticketId: t.id,
        orgId: t.orgId,
        destination: body.destination,
        state: 'failed',
        reference: `${t.number}·${transferDestinationLabels[body.destination].zh}·未成功`,
        targetReference: null,
        targetOrgId: null,
        entityType: null,
        entityId: null,
        path: null,
        note: body.note ?? null,
        prefillFields,
        result: null,
        resultAt: null,
        resultBy: null,
        errorCode: err.code,
        errorField: err.extra.field ?? null,
        createdBy,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.transfer.fail',
      entityType: 'hlTicket',
      entityId: t.id,
      orgId: t.orgId,
      after: { transferId: id, destination: body.destination, errorCode: err.code, errorField: err.extra.field ?? null },
    });
  });
}

/**
 * The later result of an outbound referral (12345 alliance, notary office): accepted, completed or
 * rejected, with the target's reference; by staff who handle or supervise, or by the alliance's API token
 * (`hotline.transfer.report`). Not for module hand-offs (their record lives in the other module).
 */
export async function recordTransferResult(
  k: Pick<Kernel, 'db' | 'audit' | 'clock'>,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: TransferResultBody,
) {
  await k.db.transaction().execute(async (trx) => {
    const r = await findTransferInScope(trx, actor, id);
    if (!r) throw notFound();
    if (!referralDestinations.includes(r.destination) || !['sent', 'accepted'].includes(r.state))
      throw fail(hotlineErrors, 'HOTLINE_TRANSFER_NOT_REPORTABLE', { field: 'state' });
    const now = k.clock.now().toISOString();
    const by = actor.kind === 'staff' ? actor.userId : actor.kind === 'token' ? actor.tokenId : null;
    const patch = {
      state: body.state,
      targetReference: body.targetReference ?? r.targetReference,
      result: body.result,
      resultAt: now,
      resultBy: by,
      updatedAt: now,
    };
    await trx.updateTable('hlTransfers').set(patch).where('id', '=', r.id).execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.transfer.result',
      entityType: 'hlTicket',
      entityId: r.ticketId,
      orgId: r.orgId,
      before: { transferId: r.id, state: r.state },
      after: { transferId: r.id, state: body.state, targetReference: patch.targetReference, result: body.result },
    });
  });
}
