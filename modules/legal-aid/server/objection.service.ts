import type { z } from 'zod';
import { computeDeadline, deadlineInputFor, explain, parseLocalDate } from '@tianping/common/calendar/index';
import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { getHolidayCalendar } from '@tianping/server/calendar/calendar.service';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, notFound } from '@tianping/server/http/errors';
import { notify } from '@tianping/server/notifications/notification.service';
import { activeStaffOf } from '@tianping/server/workflow/escalation.repository';
import { objectionTargetLabels, type objectionDecisionSchema, type ObjectionView } from '../contract/objection';
import { checkObjection, reopeningTransition, type ObjectionTargetKind } from '../domain/objection';
import { reopenTerminatedAssignment } from './assignment.repository';
import { findCaseById, findCaseOfCitizen, type CaseRow } from './case.repository';
import { lastTermination } from './casework.repository';
import {
  aidFail,
  auditCase,
  bureauOf,
  createdBy,
  fireTransition,
  notBefore,
  notInFuture,
  nowIso,
  orgName,
  today,
} from './casework-support';
import { objectionCorrectionTemplate, objectionUpheldTemplate, withCaseworkDocument } from './casework-documents';
import { presentCitizenObjection, presentObjection } from './objection.presenter';
import {
  decideObjectionRow,
  findCaseForObjection,
  findObjectionById,
  findObjectionInScope,
  insertObjection,
  listObjections,
  objectionsOfCase,
  type ObjectionRow,
} from './objection.repository';

/**
 * 异议 (法律援助法 第四十九条): filed in the portal or recorded by staff, to the justice bureau that set up
 * the centre; reviewed within 5 natural days of receipt (period `legalAid.objectionReview`, with its
 * explanation); uphold (维持: reconsideration or litigation remain, 第四十九条第三款) or order correction
 * (责令改正: a denied case goes back to review, a terminated one back to its provider).
 */

async function dueOf(db: DbOrTrx, receivedOn: string) {
  const { calendar } = await getHolidayCalendar(db);
  const result = computeDeadline(deadlineInputFor('legalAid.objectionReview', parseLocalDate(receivedOn)), calendar);
  return { dueOn: result.dueDate, explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') } };
}

async function view(k: Kernel, actor: ScopedActor, row: ObjectionRow): Promise<ObjectionView> {
  return presentObjection(row, actor, today(k), (await dueOf(k.db, row.receivedOn)).explanation);
}

async function file(
  k: Kernel,
  ctx: RequestContext,
  c: CaseRow,
  source: 'portal' | 'staff',
  reason: string,
  receivedOn: string,
  by: string | null,
) {
  const check = checkObjection(c.state, await objectionsOfCase(k.db, c.id));
  if (!check.ok) throw aidFail(check.code, 'state');
  const contestedOn =
    check.against === 'denial' ? (c.decidedOn ?? receivedOn) : ((await lastTermination(k.db, c.id))?.decidedOn ?? c.closedOn ?? receivedOn);
  notBefore(receivedOn, contestedOn, 'receivedOn');
  const { dueOn } = await dueOf(k.db, receivedOn);
  const now = nowIso(k);
  const row = {
    id: newId(),
    caseId: c.id,
    orgId: c.orgId,
    against: check.against,
    contestedOn,
    source,
    reason,
    receivedOn,
    dueOn,
    status: 'open',
    decidedOn: null,
    decisionReason: null,
    decidedBy: null,
    documentAttachmentId: null,
    openKey: c.id,
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  const bureau = await bureauOf(k.db, c.orgId);
  await k.db.transaction().execute(async (trx) => {
    await insertObjection(trx, row);
    await auditCase(
      k,
      trx,
      ctx,
      c,
      'legalAid.objection.file',
      { objectionId: row.id, against: row.against, receivedOn, dueOn, source },
      null,
      reason,
    );
    const staff = bureau ? await activeStaffOf(trx, bureau.id) : [];
    await notify(
      trx,
      k.clock.now(),
      staff.filter((u) => u !== by),
      {
        kind: 'legalAid.objectionFiled',
        titleZh: `法律援助异议（${objectionTargetLabels[check.against].zh}）须于${dueOn}前审查：${c.caseNumber}`,
        titleEn: `Legal aid objection to review by ${dueOn}: ${c.caseNumber}`,
        link: `/workbench/legal-aid/objections/${row.id}`,
        dedupeKey: `legalAid:objection:${row.id}`,
      },
    );
  });
  return (await findObjectionById(k.db, row.id))!;
}

export async function fileCitizenObjection(k: Kernel, ctx: RequestContext, citizen: CitizenActor, id: string, input: { reason: string }) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  return presentCitizenObjection(await file(k, ctx, c, 'portal', input.reason, today(k), null));
}

export async function citizenObjections(k: Kernel, citizen: CitizenActor, id: string) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  return { items: (await objectionsOfCase(k.db, c.id)).map(presentCitizenObjection) };
}

async function loadForObjection(k: Kernel, actor: ScopedActor, id: string): Promise<CaseRow> {
  const c = await findCaseForObjection(k.db, actor, id);
  if (!c) throw notFound();
  return c;
}

export async function recordStaffObjection(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { reason: string; receivedOn: string },
) {
  const c = await loadForObjection(k, actor, id);
  notInFuture(k, input.receivedOn, 'receivedOn');
  return view(k, actor, await file(k, ctx, c, 'staff', input.reason, input.receivedOn, createdBy(actor)));
}

export async function caseObjections(k: Kernel, actor: ScopedActor, id: string) {
  const c = await loadForObjection(k, actor, id);
  const rows = await objectionsOfCase(k.db, c.id);
  return { items: await Promise.all(rows.map((r) => view(k, actor, r))), total: rows.length, page: 1, pageSize: Math.max(rows.length, 1) };
}

export async function getObjections(k: Kernel, actor: ScopedActor, q: { status?: string; page: number; pageSize: number }) {
  const { rows, total } = await listObjections(k.db, actor, q);
  return { items: await Promise.all(rows.map((r) => view(k, actor, r))), total, page: q.page, pageSize: q.pageSize };
}

async function loadObjection(k: Kernel, actor: ScopedActor, oid: string) {
  const row = await findObjectionInScope(k.db, actor, oid);
  if (!row) throw notFound();
  return row;
}

export async function getObjection(k: Kernel, actor: ScopedActor, oid: string) {
  return view(k, actor, await loadObjection(k, actor, oid));
}

export async function decideObjection(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  oid: string,
  input: z.infer<typeof objectionDecisionSchema>,
) {
  const o = await loadObjection(k, actor, oid);
  if (o.status !== 'open') throw aidFail('AID_OBJECTION_DECIDED', 'outcome');
  if (o.version !== input.version) throw conflict({ field: 'version' });
  const c = (await findCaseById(k.db, o.caseId))!;
  const against = o.against as ObjectionTargetKind;
  const on = today(k);
  const centre = await orgName(k.db, c.orgId);
  const issuer = (await bureauOf(k.db, c.orgId))?.name ?? (await orgName(k.db, actor.orgId));
  const base = {
    issuer,
    recipient: c.applicantName,
    date: on,
    caseNumber: c.caseNumber,
    centre,
    against: objectionTargetLabels[against].zh,
    receivedOn: o.receivedOn,
    reason: input.reason,
  };
  const correct = input.outcome === 'correct';
  const remedy =
    against === 'denial'
      ? '重新审查该法律援助申请，并依法作出决定。'
      : '恢复对该案的法律援助，由原法律援助人员继续承办（受援人要求更换的，依照第五十五条处理）。';
  const [templateId, data] = correct ? [objectionCorrectionTemplate.id, { ...base, remedy }] : [objectionUpheldTemplate.id, base];
  if (correct && !['denied', 'terminated'].includes(c.state)) throw aidFail('AID_INVALID_TRANSITION', 'state');
  let reviewDueOn: string | null = null;
  if (correct && against === 'denial') {
    const { calendar } = await getHolidayCalendar(k.db);
    reviewDueOn = computeDeadline(deadlineInputFor('legalAid.review', parseLocalDate(on)), calendar).dueDate;
  }
  await withCaseworkDocument(k, ctx, templateId, data, async (trx, record) => {
    const next = correct
      ? await fireTransition(
          k,
          trx,
          ctx,
          c,
          reopeningTransition(against),
          against === 'denial'
            ? { decidedOn: null, decidedBy: null, decisionReasonKind: null, decisionReason: null, reviewDueOn }
            : { closedOn: null },
        )
      : c;
    if (correct && against !== 'denial') await reopenTerminatedAssignment(trx, c.id);
    const documentAttachmentId = await record(next);
    const status = correct ? 'corrected' : 'upheld';
    const patch = {
      status,
      decidedOn: on,
      decisionReason: input.reason,
      decidedBy: createdBy(actor),
      documentAttachmentId,
      openKey: null,
      updatedAt: nowIso(k),
    };
    if (!(await decideObjectionRow(trx, o.id, o.version, patch))) throw conflict({ field: 'version' });
    await auditCase(
      k,
      trx,
      ctx,
      next,
      `legalAid.objection.${correct ? 'correct' : 'uphold'}`,
      { objectionId: o.id, status, state: next.state, documentAttachmentId },
      { objectionStatus: 'open', state: c.state },
      input.reason,
    );
  });
  return getObjection(k, actor, oid);
}
