import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { newId } from '@tianping/server/db/ids';
import { conflict, notFound } from '@tianping/server/http/errors';
import type { DecisionView, DraftInput, DraftPatch } from '../contract/decision';
import { findCaseById } from './case.repository';
import { findDecision, hearingHeld, insertApproval, insertDecision, listDecisions, updateDecision } from './decision.repository';
import { actorIdentity, editableDraftStatuses, openDraftStatuses } from './decision.policy';
import { draftAuditSnapshot } from './decision.presenter';
import { currentDraft, decisionView, loadCase, moveCase, reconFail, requireState, type DecisionServices } from './decision-support';

/**
 * Drafting a decision (拟办, 第六十一条第一款): the handler drafts the type (第六十三–七十二条), the
 * reasoning and the approval route, edits it while it is a draft or returned, and submits it —
 * the case enters `deciding` (workflow `submitDecision`). When a hearing was held the draft is
 * flagged as resting on the hearing record (第六十一条第二款).
 */

const audit = (action: string) => `reconsideration.decision.${action}`;

export async function createDraft(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  input: DraftInput,
): Promise<DecisionView> {
  return k.db.transaction().execute(async (trx) => {
    const c = await loadCase(trx, actor, caseId);
    requireState(c, ['accepted']);
    const existing = currentDraft(await listDecisions(trx, c.id));
    if (existing && openDraftStatuses.includes(existing.status as never)) throw reconFail('RECON_DECISION_DRAFT_EXISTS', 'decisionType');
    const now = k.clock.now().toISOString();
    const row = {
      id: newId(),
      caseId: c.id,
      decisionType: input.decisionType,
      withCompensation: input.withCompensation ? (1 as const) : (0 as const),
      reasoning: input.reasoning,
      operativeDetails: input.operativeDetails ?? null,
      approvalRoute: input.approvalRoute,
      basedOnHearingRecord: (await hearingHeld(trx, c.id)) ? (1 as const) : (0 as const),
      status: 'draft',
      draftedBy: actorIdentity(actor).id,
      issuedOn: null,
      documentAttachmentId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertDecision(trx, row);
    await k.audit.record(trx, ctx, {
      action: audit('draft'),
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { decisionId: row.id, ...draftAuditSnapshot(row) },
    });
    return decisionView(k, trx, actor, c);
  });
}

export async function editDraft(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  draftId: string,
  input: DraftPatch,
): Promise<DecisionView> {
  return k.db.transaction().execute(async (trx) => {
    const c = await loadCase(trx, actor, caseId);
    const d = await findDecision(trx, c.id, draftId);
    if (!d) throw notFound();
    if (!editableDraftStatuses.includes(d.status as never)) throw reconFail('RECON_DRAFT_NOT_EDITABLE', 'status');
    if (d.version !== input.version) throw conflict({ field: 'version' });
    const patch = {
      ...(input.decisionType !== undefined ? { decisionType: input.decisionType } : {}),
      ...(input.withCompensation !== undefined ? { withCompensation: input.withCompensation ? (1 as const) : (0 as const) } : {}),
      ...(input.reasoning !== undefined ? { reasoning: input.reasoning } : {}),
      ...(input.operativeDetails !== undefined ? { operativeDetails: input.operativeDetails } : {}),
      ...(input.approvalRoute !== undefined ? { approvalRoute: input.approvalRoute } : {}),
      basedOnHearingRecord: (await hearingHeld(trx, c.id)) ? (1 as const) : (0 as const),
      updatedAt: k.clock.now().toISOString(),
    };
    if (!(await updateDecision(trx, d.id, d.version, patch))) throw conflict();
    await k.audit.record(trx, ctx, {
      action: audit('edit'),
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { decisionId: d.id, ...draftAuditSnapshot(d) },
      after: { decisionId: d.id, ...draftAuditSnapshot({ ...d, ...patch }) },
    });
    return decisionView(k, trx, actor, c);
  });
}

/** 承办人拟办: submitting records the handler's step and starts a new approval round. */
export async function submitDraft(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  draftId: string,
): Promise<DecisionView> {
  return k.db.transaction().execute(async (trx) => {
    const c = await loadCase(trx, actor, caseId);
    const d = await findDecision(trx, c.id, draftId);
    if (!d) throw notFound();
    if (!editableDraftStatuses.includes(d.status as never)) throw reconFail('RECON_DRAFT_NOT_EDITABLE', 'status');
    requireState(c, ['accepted']);
    const now = k.clock.now().toISOString();
    const basedOnHearingRecord = (await hearingHeld(trx, c.id)) ? (1 as const) : (0 as const);
    if (!(await updateDecision(trx, d.id, d.version, { status: 'submitted', basedOnHearingRecord, updatedAt: now }))) throw conflict();
    const me = actorIdentity(actor);
    await insertApproval(trx, {
      id: newId(),
      decisionId: d.id,
      step: 'handler',
      verdict: 'approve',
      comment: null,
      actorId: me.id,
      actorName: me.name,
      at: now,
    });
    await moveCase(k, trx, ctx, c, 'submitDecision', { state: 'deciding' });
    await k.audit.record(trx, ctx, {
      action: audit('submit'),
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { decisionId: d.id, status: d.status, state: c.state },
      after: { decisionId: d.id, status: 'submitted', state: 'deciding' },
    });
    return decisionView(k, trx, actor, (await findCaseById(trx, c.id))!);
  });
}
