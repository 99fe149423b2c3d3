import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { conflict, forbidden, invalid } from '@tianping/server/http/errors';
import type { ApprovalInput, DecisionView, IssueInput } from '../contract/decision';
import type { DecisionType } from '../contract/decision-enums';
import { recordCaseDocument, withCaseDocument } from './case-documents';
import { findCaseById } from './case.repository';
import { issuerName } from './case-extension.service';
import { actDescription, decisionTemplate } from './decision-documents';
import { listApprovals, updateDecision, type DecisionRow } from './decision.repository';
import { decisionAccess, tookPartInRound } from './decision.policy';
import {
  auditDecision,
  decisionView,
  loadDecision,
  moveCase,
  reconFail,
  recordApprovalStep,
  requireState,
  today,
  type DecisionServices,
} from './decision-support';

/**
 * The approval chain of a decision (第六十一条第一款): the office head reviews (复议机构提出意见),
 * then the head of the authority approves or a collective discussion adopts it, in that order,
 * each step by a different person (分级审批). A return sends the case back to handling while the
 * decision timer keeps running. Issuing (第七十五条) needs the complete chain.
 */

/** The draft status a step needs, and the status an approval at that step leads to. */
function stepRule(step: ApprovalInput['step'], d: DecisionRow): { needs: string; next: string; permission: string } | null {
  if (step === 'officeHead') return { needs: 'submitted', next: 'officeApproved', permission: decisionAccess.review };
  if (step !== d.approvalRoute) return null;
  return { needs: 'officeApproved', next: 'approved', permission: decisionAccess.approve };
}

export async function recordApproval(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  draftId: string,
  input: ApprovalInput,
): Promise<DecisionView> {
  return k.db.transaction().execute(async (trx) => {
    const { c, d } = await loadDecision(trx, actor, caseId, draftId);
    const rule = stepRule(input.step, d);
    if (rule && !actor.permissions.has(rule.permission)) throw forbidden({ field: 'step' });
    if (!rule || d.status !== rule.needs || c.state !== 'deciding') throw reconFail('RECON_APPROVAL_OUT_OF_ORDER', 'step');
    if (tookPartInRound(actor, await listApprovals(trx, [d.id]))) throw reconFail('RECON_APPROVAL_SAME_PERSON', 'step');
    // Returning moves the case back to handling (workflow `returnDecision`, an office step).
    if (input.verdict === 'return' && !actor.permissions.has(decisionAccess.review)) throw forbidden({ field: 'verdict' });
    const now = k.clock.now().toISOString();
    const status = input.verdict === 'approve' ? rule.next : 'returned';
    if (!(await updateDecision(trx, d.id, d.version, { status, updatedAt: now }))) throw conflict();
    await recordApprovalStep(trx, actor, d.id, { step: input.step, verdict: input.verdict, comment: input.comment ?? null }, now);
    if (input.verdict === 'return') await moveCase(k, trx, ctx, c, 'returnDecision', { state: 'accepted' });
    await auditDecision(k, trx, ctx, c, {
      action: input.verdict === 'approve' ? 'approve' : 'return',
      before: { decisionId: d.id, status: d.status, state: c.state },
      after: { decisionId: d.id, status, step: input.step, state: input.verdict === 'return' ? 'accepted' : c.state },
      reason: input.comment ?? null,
    });
    return decisionView(k, trx, actor, (await findCaseById(trx, c.id))!);
  });
}

/**
 * Issues the approved decision: generates the 行政复议决定书 (case number, parties, requests,
 * reasoning, the type's operative wording, the right to sue within 15 days), serves it on the
 * applicant (it takes effect on service, 第七十五条第二款) and closes the case as decided.
 */
export async function issueDecision(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  draftId: string,
  input: IssueInput,
): Promise<DecisionView> {
  const { c, d } = await loadDecision(k.db, actor, caseId, draftId);
  if (d.status !== 'approved') throw reconFail('RECON_DECISION_NOT_APPROVED', 'status');
  requireState(c, ['deciding']);
  if (input.issuedOn > today(k)) throw reconFail('RECON_DATE_IN_FUTURE', 'issuedOn');
  if (c.acceptedOn && input.issuedOn < c.acceptedOn) throw invalid('issuedOn');
  return withCaseDocument(
    k,
    decisionTemplate.id,
    {
      issuer: await issuerName(k, c.orgId),
      docNumber: c.caseNumber ?? undefined,
      date: input.issuedOn,
      applicant: c.applicantName,
      respondent: c.respondentName,
      act: actDescription(c),
      acceptedOn: c.acceptedOn ?? c.receivedOn,
      requests: c.requests,
      facts: c.factsAndReasons,
      reasoning: d.reasoning,
      decisionType: d.decisionType as DecisionType,
      withCompensation: d.withCompensation === 1,
      operativeDetails: d.operativeDetails,
      hearingHeld: d.basedOnHearingRecord === 1,
    },
    async (trx, doc) => {
      const fresh = await findCaseById(trx, c.id);
      if (!fresh || fresh.version !== c.version) throw conflict();
      const decided = await moveCase(
        k,
        trx,
        ctx,
        fresh,
        'issueDecision',
        { state: 'decided', decisionType: d.decisionType, outcome: 'decided', closedOn: input.issuedOn },
        { effectiveDate: input.issuedOn },
      );
      const served = await recordCaseDocument(trx, k, ctx, decided, doc, { serve: true });
      const patch = {
        status: 'issued',
        issuedOn: input.issuedOn,
        documentAttachmentId: served.attachment.id,
        updatedAt: k.clock.now().toISOString(),
      };
      if (!(await updateDecision(trx, d.id, d.version, patch))) throw conflict();
      await auditDecision(k, trx, ctx, c, {
        action: 'issue',
        before: { decisionId: d.id, status: d.status, state: c.state },
        after: {
          decisionId: d.id,
          status: 'issued',
          state: 'decided',
          decisionType: d.decisionType,
          issuedOn: input.issuedOn,
          documentAttachmentId: served.attachment.id,
          served: served.service !== null,
        },
      });
      return decisionView(k, trx, actor, (await findCaseById(trx, c.id))!);
    },
  );
}
