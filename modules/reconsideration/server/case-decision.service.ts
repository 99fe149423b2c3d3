import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { newId } from '@tianping/server/db/ids';
import { conflict } from '@tianping/server/http/errors';
import type { DecisionView, DraftInput, DraftPatch } from '../contract/decision';
import { findCaseById } from './case.repository';
import { insertDecision, listDecisions, updateDecision } from './decision.repository';
import { actorIdentity, openDraftStatuses } from './decision.policy';
import { draftAuditSnapshot } from './decision.presenter';
import {
  auditDecision,
  currentDraft,
  decisionView,
  hearingFlag,
  loadCase,
  loadDecision,
  moveCase,
  reconFail,
  recordApprovalStep,
  requireEditable,
  requireState,
  type DecisionServices,
} from './decision-support';

/**
 * Drafting a decision (拟办, 第六十一条第一款): the handler drafts the type (第六十三–七十二条), the
 * reasoning and the approval route, edits it while it is a draft or returned, and submits it —
 * the case enters `deciding` (workflow `submitDecision`). When a hearing was held the draft is
 * flagged as resting on the hearing record (第六十一条第二款).
 */

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
      basedOnHearingRecord: await hearingFlag(trx, c.id),
      status: 'draft',
      draftedBy: actorIdentity(actor).id,
      issuedOn: null,
      documentAttachmentId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertDecision(trx, row);
    await auditDecision(k, trx, ctx, c, { action: 'draft', after: { decisionId: row.id, ...draftAuditSnapshot(row) } });
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
    const { c, d } = await loadDecision(trx, actor, caseId, draftId);
    requireEditable(d);
    if (d.version !== input.version) throw conflict({ field: 'version' });
    const patch = {
      ...(input.decisionType !== undefined ? { decisionType: input.decisionType } : {}),
      ...(input.withCompensation !== undefined ? { withCompensation: input.withCompensation ? (1 as const) : (0 as const) } : {}),
      ...(input.reasoning !== undefined ? { reasoning: input.reasoning } : {}),
      ...(input.operativeDetails !== undefined ? { operativeDetails: input.operativeDetails } : {}),
      ...(input.approvalRoute !== undefined ? { approvalRoute: input.approvalRoute } : {}),
      basedOnHearingRecord: await hearingFlag(trx, c.id),
      updatedAt: k.clock.now().toISOString(),
    };
    if (!(await updateDecision(trx, d.id, d.version, patch))) throw conflict();
    await auditDecision(k, trx, ctx, c, {
      action: 'edit',
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
    const { c, d } = await loadDecision(trx, actor, caseId, draftId);
    requireEditable(d);
    requireState(c, ['accepted']);
    const now = k.clock.now().toISOString();
    const basedOnHearingRecord = await hearingFlag(trx, c.id);
    if (!(await updateDecision(trx, d.id, d.version, { status: 'submitted', basedOnHearingRecord, updatedAt: now }))) throw conflict();
    await recordApprovalStep(trx, actor, d.id, { step: 'handler', verdict: 'approve', comment: null }, now);
    await moveCase(k, trx, ctx, c, 'submitDecision', { state: 'deciding' });
    await auditDecision(k, trx, ctx, c, {
      action: 'submit',
      before: { decisionId: d.id, status: d.status, state: c.state },
      after: { decisionId: d.id, status: 'submitted', state: 'deciding' },
    });
    return decisionView(k, trx, actor, (await findCaseById(trx, c.id))!);
  });
}
