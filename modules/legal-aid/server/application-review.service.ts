import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import type { EligibilityResultView } from '../contract/application';
import { denialReasonLabels, matterKindLabels, type DenialReason, type MatterKind } from '../contract/enums';
import { legalAidErrors } from '../contract/errors';
import { statedLifeOrDeath } from './application-intake.service';
import { canCompletePaperwork, canDeny, canGrant } from './case.policy';
import { findCaseInScope, type CaseRow } from './case.repository';
import { moveCase } from './case.workflow-payload';
import { documentBase, withReviewDocument } from './review-documents';

type Services = Kernel;

export const matterText = (c: CaseRow) => matterKindLabels[c.matterKind as MatterKind]?.zh ?? c.matterKind;
export const parseEligibility = (c: CaseRow) => JSON.parse(c.eligibility) as EligibilityResultView | null;

export async function orgNameOf(db: DbOrTrx, id: string): Promise<string> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
}

/** 第四十九条: the justice bureau that set up the centre (the centre's parent organisation). */
export async function bureauNameOf(db: DbOrTrx, centreId: string): Promise<string> {
  const centre = await db.selectFrom('organisations').select('parentId').where('id', '=', centreId).executeTakeFirst();
  return (centre?.parentId ? await orgNameOf(db, centre.parentId) : '') || '设立本机构的司法行政部门';
}

export async function loadForStep(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow> {
  const c = await findCaseInScope(db, actor, id);
  if (!c) throw notFound();
  return c;
}

/** Inside the transaction: the case as loaded before rendering, unchanged since (else 409). */
export async function reloadUnchanged(trx: Trx, actor: ScopedActor, c: CaseRow): Promise<CaseRow> {
  const now = await findCaseInScope(trx, actor, c.id);
  if (!now) throw notFound();
  if (now.version !== c.version) throw conflict();
  return now;
}

const deciderId = (a: ScopedActor) => (a.kind === 'staff' ? a.userId : null);

/**
 * Grant (第四十三条第一款): the 给予法律援助决定书 is served and the 3-day assignment timer starts. When the
 * pre-check found the conditions unmet, the reviewer states why aid is given anyway (409 without).
 */
export async function grantCase(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: { reason?: string; mayCarryLifeOrDeath?: boolean },
) {
  const c = await loadForStep(k.db, actor, id);
  if (!canGrant(actor, c)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  // 第二十六条: the reviewer confirms or corrects what intake stated (criminal defence only).
  const lifeOrDeath = statedLifeOrDeath(c.matterKind, body.mayCarryLifeOrDeath, c.mayCarryLifeOrDeath === 1);
  const result = parseEligibility(c);
  if (result && result.outcome !== 'eligible' && !body.reason)
    throw fail(legalAidErrors, 'AID_GRANT_CONDITIONS_UNMET', { field: 'reason' });
  const today = localDateAt(k.clock.now());
  const data = { ...documentBase(c, await orgNameOf(k.db, c.orgId), today, matterText(c)), urgent: c.urgent === 1 };
  return withReviewDocument(k, ctx, 'legalAid.grantDecision', data, async (trx, record) => {
    const fresh = await reloadUnchanged(trx, actor, c);
    const row = await moveCase(k, trx, ctx, fresh, 'grant', {
      decidedOn: today,
      decidedBy: deciderId(actor),
      decisionReasonKind: null,
      decisionReason: body.reason ?? null,
      mayCarryLifeOrDeath: lifeOrDeath ? 1 : 0,
    });
    const documentId = await record(row);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.grant',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { state: c.state, mayCarryLifeOrDeath: c.mayCarryLifeOrDeath === 1 },
      after: {
        state: row.state,
        decidedOn: today,
        assignDueOn: row.assignDueOn,
        documentId,
        overrideReason: body.reason ?? null,
        mayCarryLifeOrDeath: lifeOrDeath,
      },
    });
    return row;
  });
}

/** Deny with written reasons (第四十三条第一款): the 不予法律援助决定书 names the objection right (第四十九条). */
export async function denyCase(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  body: { reasonKind: DenialReason; reason: string },
) {
  const c = await loadForStep(k.db, actor, id);
  if (!canDeny(actor, c)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  if (!body.reason.trim()) throw fail(legalAidErrors, 'AID_DENIAL_REASON_REQUIRED', { field: 'reason' });
  const today = localDateAt(k.clock.now());
  const data = {
    ...documentBase(c, await orgNameOf(k.db, c.orgId), today, matterText(c)),
    reasonKind: denialReasonLabels[body.reasonKind].zh,
    reason: body.reason,
    bureau: await bureauNameOf(k.db, c.orgId),
  };
  return withReviewDocument(k, ctx, 'legalAid.denialDecision', data, async (trx, record) => {
    const fresh = await reloadUnchanged(trx, actor, c);
    const row = await moveCase(k, trx, ctx, fresh, 'deny', {
      decidedOn: today,
      decidedBy: deciderId(actor),
      decisionReasonKind: body.reasonKind,
      decisionReason: body.reason,
      closedOn: today,
    });
    const documentId = await record(row);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.deny',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { state: c.state },
      after: { state: row.state, decidedOn: today, reasonKind: body.reasonKind, documentId },
      reason: body.reason,
    });
    return row;
  });
}

/** 第四十四条第二款: the paperwork of aid given first, completed afterwards (closes the todo). */
export async function completePaperwork(k: Services, ctx: RequestContext, actor: ScopedActor, id: string, note: string | undefined) {
  const c = await loadForStep(k.db, actor, id);
  if (!canCompletePaperwork(actor, c)) throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'state' });
  const today = localDateAt(k.clock.now());
  return k.db.transaction().execute(async (trx) => {
    const fresh = await reloadUnchanged(trx, actor, c);
    const name = fresh.state === 'granted' ? 'completePaperwork' : 'completePaperworkAssigned';
    const row = await moveCase(k, trx, ctx, fresh, name, { paperworkCompletedOn: today });
    await k.audit.record(trx, ctx, {
      action: 'legalAid.case.completePaperwork',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { paperworkCompletedOn: today, note: note ?? null },
    });
    return row;
  });
}
