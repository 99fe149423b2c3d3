import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import type { CaseworkView } from '../contract/casework';
import { findCaseOfCitizen, type CaseRow } from './case.repository';
import { getCasework } from './casework.service';
import {
  decideReplacement as decideReplacementRow,
  findComplaint,
  findReplacement,
  handleComplaintRow,
  insertComplaint,
  insertReplacement,
  pendingReplacement,
} from './casework.repository';
import { aidFail, auditCase, createdBy, loadCase, nowIso, requireState, today } from './casework-support';

/**
 * 法律援助法 第五十五条: the recipient may ask the centre to replace the provider and may complain
 * (第五十六条: the bureau handles complaints and tells the complainant the result). Requests come from
 * the portal or are recorded by staff; the centre decides a replacement and, when it approves, re-assigns
 * through the assignment (POST /cases/:id/assignment with `replacing: true`).
 */

const link = (c: CaseRow) => `/workbench/legal-aid/cases/${c.id}`;

async function recordReplacement(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  source: 'citizen' | 'staff',
  reason: string,
  by: string | null,
) {
  const row = {
    id: newId(),
    caseId: c.id,
    source,
    reason,
    requestedOn: today(k),
    status: 'pending',
    decidedOn: null,
    decidedAt: null,
    decisionReason: null,
    decidedBy: null,
    createdAt: nowIso(k),
  };
  await insertReplacement(trx, row);
  await auditCase(k, trx, ctx, c, 'legalAid.replacement.request', { replacementId: row.id, source }, null, reason);
  const staff = await activeStaffOf(trx, c.orgId);
  await notify(
    trx,
    k.clock.now(),
    staff.filter((u) => u !== by),
    {
      kind: 'legalAid.replacementRequested',
      titleZh: `受援人要求更换法律援助人员：${c.caseNumber}`,
      titleEn: `The recipient asks for another provider: ${c.caseNumber}`,
      link: link(c),
      dedupeKey: `legalAid:replacement:${row.id}`,
    },
  );
  return row;
}

async function recordComplaint(k: Kernel, trx: Trx, ctx: RequestContext, c: CaseRow, source: 'citizen' | 'staff', content: string) {
  const row = {
    id: newId(),
    caseId: c.id,
    source,
    content,
    receivedOn: today(k),
    status: 'open',
    result: null,
    handledOn: null,
    handledBy: null,
    createdAt: nowIso(k),
  };
  await insertComplaint(trx, row);
  await auditCase(k, trx, ctx, c, 'legalAid.complaint.create', { complaintId: row.id, source });
  await notify(trx, k.clock.now(), await activeStaffOf(trx, c.orgId), {
    kind: 'legalAid.complaintReceived',
    titleZh: `收到法律援助投诉：${c.caseNumber}`,
    titleEn: `Complaint received: ${c.caseNumber}`,
    link: link(c),
    dedupeKey: `legalAid:complaint:${row.id}`,
  });
  return row;
}

async function replacementPreconditions(k: Kernel, c: CaseRow) {
  requireState(c, ['assigned']);
  if (await pendingReplacement(k.db, c.id)) throw aidFail('AID_REPLACEMENT_PENDING', 'reason');
}

export async function requestReplacementByStaff(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { reason: string },
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  await replacementPreconditions(k, c);
  await k.db.transaction().execute((trx) => recordReplacement(k, trx, ctx, c, 'staff', input.reason, createdBy(actor)));
  return getCasework(k, actor, id);
}

export async function requestReplacementByCitizen(
  k: Kernel,
  ctx: RequestContext,
  citizen: CitizenActor,
  id: string,
  input: { reason: string },
) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  await replacementPreconditions(k, c);
  const row = await k.db.transaction().execute((trx) => recordReplacement(k, trx, ctx, c, 'citizen', input.reason, null));
  return { id: row.id, caseId: c.id, status: row.status, requestedOn: row.requestedOn };
}

/** The centre decides; an approval tells the assignment manager to re-assign (the case stays `assigned`). */
export async function decideReplacement(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  rid: string,
  input: { approve: boolean; reason: string },
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  const r = await findReplacement(k.db, c.id, rid);
  if (!r) throw notFound();
  if (r.status !== 'pending') throw aidFail('AID_REPLACEMENT_NOT_PENDING', 'rid');
  await k.db.transaction().execute(async (trx) => {
    const status = input.approve ? 'approved' : 'rejected';
    if (
      !(await decideReplacementRow(trx, r.id, {
        status,
        decidedOn: today(k),
        decidedAt: nowIso(k),
        decisionReason: input.reason,
        decidedBy: createdBy(actor),
      }))
    )
      throw aidFail('AID_REPLACEMENT_NOT_PENDING', 'rid');
    await auditCase(
      k,
      trx,
      ctx,
      c,
      `legalAid.replacement.${input.approve ? 'approve' : 'reject'}`,
      { replacementId: r.id, status },
      { status: 'pending' },
      input.reason,
    );
  });
  return getCasework(k, actor, id);
}

const complainable = ['granted', 'assigned', 'closed', 'terminated', 'denied'];

export async function recordComplaintByStaff(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { content: string },
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, complainable);
  await k.db.transaction().execute((trx) => recordComplaint(k, trx, ctx, c, 'staff', input.content));
  return getCasework(k, actor, id);
}

export async function recordComplaintByCitizen(
  k: Kernel,
  ctx: RequestContext,
  citizen: CitizenActor,
  id: string,
  input: { content: string },
) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  requireState(c, complainable);
  const row = await k.db.transaction().execute((trx) => recordComplaint(k, trx, ctx, c, 'citizen', input.content));
  return { id: row.id, caseId: c.id, status: row.status, requestedOn: row.receivedOn };
}

export async function handleComplaint(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  cid: string,
  input: { result: string },
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  const row = await findComplaint(k.db, c.id, cid);
  if (!row) throw notFound();
  if (row.status !== 'open') throw aidFail('AID_COMPLAINT_HANDLED', 'cid');
  await k.db.transaction().execute(async (trx) => {
    if (
      !(await handleComplaintRow(trx, row.id, {
        status: 'handled',
        result: input.result,
        handledOn: today(k),
        handledBy: createdBy(actor),
      }))
    )
      throw aidFail('AID_COMPLAINT_HANDLED', 'cid');
    await auditCase(
      k,
      trx,
      ctx,
      c,
      'legalAid.complaint.handle',
      { complaintId: row.id, status: 'handled' },
      { status: 'open' },
      input.result,
    );
  });
  return getCasework(k, actor, id);
}
