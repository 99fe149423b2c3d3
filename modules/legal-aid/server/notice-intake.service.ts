import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import { startWorkflow, transition } from '@tianping/server/workflow/workflow.service';
import { caseStateLabels, matterKindLabels, type CaseState, type MatterKind } from '../contract/enums';
import { legalAidErrors } from '../contract/errors';
import type { NoticeBody, NoticeView, PaperNoticeBody } from '../contract/notice';
import { findCaseById, insertCase, insertParties, type CaseRow } from './case.repository';
import { aidCaseWorkflow } from './case.workflow';
import { syncDueDates, workflowPayload } from './case.workflow-payload';
import { indexCase } from './application-intake.service';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;

/** The centre notified: the one named, else the legal aid centre of the sender's district. */
async function centreFor(trx: Trx, centreOrgId: string | undefined, senderRegion: string | null) {
  if (centreOrgId) {
    const org = await findOrgById(trx, centreOrgId);
    if (!org || org.type !== 'legalAidCentre' || org.active !== 1)
      throw fail(legalAidErrors, 'AID_CENTRE_INVALID', { field: 'centreOrgId' });
    return org;
  }
  const org = senderRegion
    ? await trx
        .selectFrom('organisations')
        .selectAll()
        .where('type', '=', 'legalAidCentre')
        .where('active', '=', 1)
        .where('regionCode', 'like', `${senderRegion.slice(0, 6)}%`)
        .orderBy('depth')
        .orderBy('code')
        .executeTakeFirst()
    : undefined;
  if (!org) throw fail(legalAidErrors, 'AID_CENTRE_INVALID', { field: 'centreOrgId' });
  return org;
}

/** A paper notice is entered at a centre in the actor's scope (default: the actor's own). */
async function paperCentre(trx: Trx, actor: ScopedActor, centreOrgId: string | undefined) {
  const org = await findOrgInScope(trx, actor, centreOrgId ?? actor.orgId);
  if (!org || org.type !== 'legalAidCentre' || org.active !== 1) throw fail(legalAidErrors, 'AID_CENTRE_INVALID', { field: 'centreOrgId' });
  return org;
}

/**
 * Receives a mandatory-defence notice (第二十五、二十八、三十六条) from a token (the sender is the token's
 * organisation) or a paper notice entered by staff: a case of origin `notice` in `granted` at once (never
 * a hardship review), the 3-day assignment timer running from receipt. Duplicate document number of the
 * same sender → 409; nothing written on failure.
 */
export async function receiveNotice(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  body: NoticeBody | PaperNoticeBody,
): Promise<CaseRow> {
  const now = k.clock.now().toISOString();
  const today = localDateAt(k.clock.now());
  if (body.issuedOn > today) throw fail(legalAidErrors, 'AID_DATE_IN_FUTURE', { field: 'issuedOn' });
  const paper = 'senderName' in body;
  if (!paper && actor.kind !== 'token') throw fail(legalAidErrors, 'AID_NOTICE_SENDER_INVALID');
  return k.db.transaction().execute(async (trx) => {
    const senderOrg = paper
      ? body.senderOrgId
        ? await findOrgById(trx, body.senderOrgId)
        : undefined
      : await findOrgById(trx, actor.orgId);
    if (paper && body.senderOrgId && !senderOrg) throw fail(legalAidErrors, 'AID_NOTICE_SENDER_INVALID', { field: 'senderOrgId' });
    const senderName = paper ? body.senderName : senderOrg!.name;
    const senderRegion = senderOrg?.regionCode ?? (paper ? ((await findOrgById(trx, actor.orgId))?.regionCode ?? null) : null);
    const centre = paper ? await paperCentre(trx, actor, body.centreOrgId) : await centreFor(trx, body.centreOrgId, senderRegion);
    const dup = await trx
      .selectFrom('aidNotices')
      .select('id')
      .where('senderName', '=', senderName)
      .where('documentNo', '=', body.documentNo)
      .executeTakeFirst();
    if (dup) throw fail(legalAidErrors, 'AID_NOTICE_DUPLICATE', { field: 'documentNo' });

    const label = matterKindLabels[body.ground as MatterKind];
    const { number } = await k.caseNumbers.allocate(trx, { orgId: centre.id, caseType: 'legalAid', year: Number(today.slice(0, 4)) });
    const id = newId();
    await insertCase(trx, {
      id,
      caseNumber: number,
      orgId: centre.id,
      regionCode: centre.regionCode.slice(0, 6),
      origin: 'notice',
      forwardedBy: null,
      forwarderKind: null,
      forwarderReceivedAt: null,
      forwardedAt: null,
      forwardedLate: 0,
      dutyServiceId: null,
      state: 'received',
      matterKind: body.ground,
      matterSummary: `${senderName}${body.documentNo}：${body.charge}`,
      litigation: 1,
      authorityName: senderName,
      authorityRegionCode: senderRegion?.slice(0, 6) ?? null,
      eventRegionCode: null,
      exemption: 'none',
      exemptionProof: null,
      householdSize: null,
      monthlyIncomeYuan: null,
      hardshipCheck: 'exempt',
      hardshipStandardId: null,
      eligibility: 'null',
      hardshipVerification: null,
      mayCarryLifeOrDeath: label.lifeOrDeath ? 1 : 0,
      urgent: 0,
      urgentGround: null,
      urgentReason: null,
      paperworkCompletedOn: null,
      applicantName: body.defendant.name,
      citizenId: null,
      receivedOn: today,
      receivedAt: now,
      reviewDueOn: null,
      decidedOn: today,
      decidedBy: null,
      decisionReasonKind: null,
      decisionReason: null,
      assignDueOn: null,
      assigneeProviderId: null,
      assigneeUserId: null,
      assignedOn: null,
      closedOn: null,
      transferredToCaseId: null,
      transferredFromCaseId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const idNo = body.defendant.idNumber || undefined;
    await insertParties(trx, [
      {
        id: newId(),
        caseId: id,
        role: 'recipient',
        name: body.defendant.name,
        idNumberEnc: k.pii.encrypt(idNo ?? null),
        idNumberIndex: idNo ? k.pii.blindIndex('idNumber', idNo) : null,
        phoneEnc: null,
        phoneIndex: null,
        addressEnc: null,
        note: body.defendant.detentionPlace ?? null,
        createdAt: now,
      },
      ...body.opponents.map((o) => ({
        id: newId(),
        caseId: id,
        role: 'opponent',
        name: o.name,
        idNumberEnc: k.pii.encrypt(o.idNumber || null),
        idNumberIndex: o.idNumber ? k.pii.blindIndex('idNumber', o.idNumber) : null,
        phoneEnc: null,
        phoneIndex: null,
        addressEnc: null,
        note: null,
        createdAt: now,
      })),
    ]);
    await trx
      .insertInto('aidNotices')
      .values({
        id: newId(),
        caseId: id,
        senderOrgId: senderOrg?.id ?? null,
        senderName,
        senderKind: body.senderKind,
        senderTokenId: actor.kind === 'token' ? actor.tokenId : null,
        documentNo: body.documentNo,
        senderCaseNumber: body.senderCaseNumber ?? null,
        stage: body.stage,
        issuedOn: body.issuedOn,
        receivedAt: now,
        contactName: body.contactName ?? null,
        contactPhone: body.contactPhone ?? null,
        repliedAt: null,
        createdAt: now,
      })
      .execute();
    const row = (await findCaseById(trx, id))!;
    const payload = workflowPayload(row, { effectiveDate: today });
    const inst = await startWorkflow(k, trx, ctx, aidCaseWorkflow, { entityId: id, orgId: centre.id, payload });
    await transition(k, trx, ctx, aidCaseWorkflow, inst, 'noticeReceived', payload);
    await trx.updateTable('aidCases').set({ state: 'granted' }).where('id', '=', id).execute();
    const granted = (await findCaseById(trx, id))!;
    await syncDueDates(trx, granted);
    await indexCase(trx, granted);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.notice.receive',
      entityType: 'aidCase',
      entityId: id,
      orgId: centre.id,
      after: {
        caseNumber: number,
        ground: body.ground,
        senderName,
        documentNo: body.documentNo,
        stage: body.stage,
        paper,
        defendant: body.defendant.name,
      },
    });
    return (await findCaseById(trx, id))!;
  });
}

/** The notices a token's organisation sent (a court sees only its own), with the reply: the assigned lawyer. */
function noticesQuery(db: DbOrTrx) {
  return db
    .selectFrom('aidNotices as n')
    .innerJoin('aidCases as c', 'c.id', 'n.caseId')
    .innerJoin('organisations as o', 'o.id', 'c.orgId')
    .leftJoin('aidProviders as p', 'p.id', 'c.assigneeProviderId')
    .leftJoin('organisations as f', 'f.id', 'p.firmOrgId')
    .select([
      'n.id',
      'n.caseId',
      'c.caseNumber',
      'o.name as centreName',
      'c.matterKind as ground',
      'n.documentNo',
      'n.senderName',
      'n.stage',
      'n.issuedOn',
      'n.receivedAt',
      'c.state',
      'c.assignDueOn',
      'c.assignedOn',
      'p.name as lawyerName',
      'p.contactPhone as lawyerPhone',
      'f.name as firmName',
    ]);
}

type NoticeRow = Awaited<ReturnType<ReturnType<typeof noticesQuery>['executeTakeFirstOrThrow']>>;

function presentNotice(r: NoticeRow): NoticeView {
  const l = matterKindLabels[r.ground as MatterKind];
  const s = caseStateLabels[r.state as CaseState];
  return {
    id: r.id,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    centreName: r.centreName,
    ground: r.ground,
    groundLabel: { zh: l?.zh ?? r.ground, en: l?.en ?? r.ground, ...(l?.article ? { article: l.article } : {}) },
    documentNo: r.documentNo,
    senderName: r.senderName,
    stage: r.stage,
    issuedOn: r.issuedOn,
    receivedAt: r.receivedAt,
    state: r.state,
    stateLabel: { zh: s?.zh ?? r.state, en: s?.en ?? r.state },
    assignDueOn: r.state === 'granted' ? r.assignDueOn : null,
    assignedLawyer:
      r.lawyerName && r.assignedOn
        ? { name: r.lawyerName, phone: r.lawyerPhone ?? null, firmName: r.firmName ?? null, assignedOn: r.assignedOn }
        : null,
  };
}

export async function listOwnNotices(k: Pick<Kernel, 'db'>, actor: ScopedActor, page: number, pageSize: number) {
  const base = noticesQuery(k.db).where('n.senderOrgId', '=', actor.orgId);
  const rows = await base
    .orderBy('n.receivedAt', 'desc')
    .orderBy('n.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const total = await k.db
    .selectFrom('aidNotices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('senderOrgId', '=', actor.orgId)
    .executeTakeFirstOrThrow();
  return { items: rows.map(presentNotice), total: Number(total.n) };
}

/** One notice of the token's organisation (404 for another sender's). */
export async function getOwnNotice(k: Pick<Kernel, 'db'>, actor: ScopedActor, id: string): Promise<NoticeView> {
  const row = await noticesQuery(k.db)
    .where('n.senderOrgId', '=', actor.orgId)
    .where((eb) => eb.or([eb('n.id', '=', id), eb('n.caseId', '=', id)]))
    .executeTakeFirst();
  if (!row) throw notFound();
  return presentNotice(row);
}

/** The notice of a case (detail view), if the case came by notice. */
export async function noticeOfCase(db: DbOrTrx, caseId: string) {
  return db.selectFrom('aidNotices').selectAll().where('caseId', '=', caseId).executeTakeFirst();
}
