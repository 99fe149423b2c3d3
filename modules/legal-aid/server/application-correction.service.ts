import { addDays, localDateAt, parseLocalDate } from '@tianping/common/calendar/index';
import { systemContext, type CitizenActor, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import type { MaterialsAnswerBody } from '../contract/case';
import { legalAidErrors } from '../contract/errors';
import { reloadUnchanged, loadForStep, matterText, orgNameOf } from './application-review.service';
import { canCitizenUpload, canRecordMaterials, canRequestMaterials } from './case.policy';
import { findCaseById, findCaseOfCitizen, type CaseRow } from './case.repository';
import { moveCase } from './case.workflow-payload';
import { documentBase, withReviewDocument } from './review-documents';

/** 补充材料 (第四十三条第二款): one request listing everything at once; no answer by the date → deemed withdrawn. */

const MAX_DAYS = 30;

export async function findMaterialRequest(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidMaterialRequests').selectAll().where('caseId', '=', caseId).orderBy('createdAt', 'desc').executeTakeFirst();
}

export async function requestMaterials(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: { items: string[]; dueOn: string },
) {
  const c = await loadForStep(k.db, actor, id);
  const earlier = await findMaterialRequest(k.db, c.id);
  if (earlier) throw fail(legalAidErrors, 'AID_MATERIALS_ALREADY_REQUESTED', { field: 'items' });
  if (!canRequestMaterials(actor, c, false)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const items = body.items.filter((i) => i.length > 0);
  if (items.length === 0) throw fail(legalAidErrors, 'AID_MATERIALS_ITEMS_REQUIRED', { field: 'items' });
  const today = localDateAt(k.clock.now());
  if (body.dueOn <= today || body.dueOn > addDays(parseLocalDate(today), MAX_DAYS))
    throw fail(legalAidErrors, 'AID_MATERIALS_DUE_INVALID', { field: 'dueOn' });
  const data = { ...documentBase(c, await orgNameOf(k.db, c.orgId), today, matterText(c)), items, dueOn: body.dueOn };
  return withReviewDocument(k, ctx, 'legalAid.materialsNotice', data, async (trx, record) => {
    const fresh = await reloadUnchanged(trx, actor, c);
    const row = await moveCase(k, trx, ctx, fresh, 'requestMaterials', {});
    const documentId = await record(row);
    await trx
      .insertInto('aidMaterialRequests')
      .values({
        id: newId(),
        caseId: c.id,
        items: JSON.stringify(items),
        requestedOn: today,
        dueOn: body.dueOn,
        status: 'pending',
        answeredOn: null,
        answer: null,
        attachmentIds: null,
        documentAttachmentId: documentId,
        createdBy: actor.kind === 'staff' ? actor.userId : 'token',
        createdAt: k.clock.now().toISOString(),
      })
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.requestMaterials',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { items, dueOn: body.dueOn, documentId },
    });
    return row;
  });
}

async function requireCaseAttachments(trx: Trx, caseId: string, ids: readonly string[], uploader: { type: string; id: string } | null) {
  if (ids.length === 0) return;
  let q = trx
    .selectFrom('attachments')
    .select('id')
    .where('entityType', '=', 'aidCase')
    .where('entityId', '=', caseId)
    .where('id', 'in', [...ids]);
  if (uploader) q = q.where('createdByType', '=', uploader.type).where('createdById', '=', uploader.id);
  const have = new Set((await q.execute()).map((r) => r.id));
  const missing = ids.findIndex((x) => !have.has(x));
  if (missing >= 0) throw fail(legalAidErrors, 'AID_ATTACHMENT_INVALID', { field: `attachmentIds.${missing}` });
}

/** The answer (citizen in the portal, or staff recording a paper answer): back to review, a fresh 7-day period. */
async function answer(
  k: Kernel,
  ctx: RequestContext,
  c: CaseRow,
  body: MaterialsAnswerBody,
  uploader: { type: string; id: string } | null,
) {
  if (!body.answer && body.attachmentIds.length === 0) throw fail(legalAidErrors, 'AID_MATERIALS_EMPTY', { field: 'answer' });
  const today = localDateAt(k.clock.now());
  return k.db.transaction().execute(async (trx) => {
    const fresh = await findCaseById(trx, c.id);
    if (!fresh || fresh.version !== c.version) throw conflict();
    if (fresh.state !== 'correcting') throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
    const req = await findMaterialRequest(trx, c.id);
    if (!req || req.status !== 'pending') throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
    await requireCaseAttachments(trx, c.id, body.attachmentIds, uploader);
    const row = await moveCase(k, trx, ctx, fresh, 'submitMaterials', {}, { effectiveDate: today });
    await trx
      .updateTable('aidMaterialRequests')
      .set({ status: 'answered', answeredOn: today, answer: body.answer ?? null, attachmentIds: JSON.stringify(body.attachmentIds) })
      .where('id', '=', req.id)
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.submitMaterials',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { answeredOn: today, attachments: body.attachmentIds.length, hasAnswer: !!body.answer, reviewDueOn: row.reviewDueOn },
    });
    return row;
  });
}

export async function citizenSubmitMaterials(k: Kernel, ctx: RequestContext, citizen: CitizenActor, id: string, body: MaterialsAnswerBody) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  if (!canCitizenUpload(c) || c.state !== 'correcting') throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  return answer(k, ctx, c, body, { type: 'citizen', id: citizen.citizenId });
}

export async function staffRecordMaterials(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, body: MaterialsAnswerBody) {
  const c = await loadForStep(k.db, actor, id);
  if (!canRecordMaterials(actor, c)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  return answer(k, ctx, c, body, null);
}

/**
 * Job `legalAid.materialsLapse` (daily): every pending request whose date has passed → the application is
 * deemed withdrawn (第四十三条第二款), one transaction per case, audited as the system.
 */
export async function lapseMaterialRequests(k: Kernel): Promise<number> {
  const today = localDateAt(k.clock.now());
  const due = await k.db
    .selectFrom('aidMaterialRequests')
    .select(['id', 'caseId'])
    .where('status', '=', 'pending')
    .where('dueOn', '<', today)
    .orderBy('dueOn')
    .limit(500)
    .execute();
  let lapsed = 0;
  const ctx = systemContext('legalAid.materialsLapse');
  for (const r of due) {
    try {
      await k.db.transaction().execute(async (trx) => {
        const c = await findCaseById(trx, r.caseId);
        if (!c || c.state !== 'correcting') return;
        await moveCase(k, trx, ctx, c, 'deemWithdrawn', { closedOn: today });
        await trx.updateTable('aidMaterialRequests').set({ status: 'lapsed' }).where('id', '=', r.id).execute();
        await k.audit.record(trx, ctx, {
          action: 'legalAid.case.deemWithdrawn',
          entityType: 'aidCase',
          entityId: c.id,
          orgId: c.orgId,
          after: { state: 'withdrawn', closedOn: today, requestId: r.id },
        });
        lapsed += 1;
      });
    } catch (err) {
      k.log.error({ err, caseId: r.caseId }, 'deemed withdrawal failed');
    }
  }
  return lapsed;
}

/** The applicant withdraws while the application is reviewed (portal). */
export async function citizenWithdraw(k: Kernel, ctx: RequestContext, citizen: CitizenActor, id: string) {
  const c = await findCaseOfCitizen(k.db, citizen.citizenId, id);
  if (!c) throw notFound();
  if (!['received', 'correcting'].includes(c.state)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const today = localDateAt(k.clock.now());
  return k.db.transaction().execute(async (trx) => {
    const fresh = await findCaseById(trx, c.id);
    if (!fresh || fresh.version !== c.version) throw conflict();
    const row = await moveCase(k, trx, ctx, fresh, 'withdraw', { closedOn: today });
    await trx
      .updateTable('aidMaterialRequests')
      .set({ status: 'lapsed' })
      .where('caseId', '=', c.id)
      .where('status', '=', 'pending')
      .execute();
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.withdraw',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { closedOn: today },
    });
    return row;
  });
}
