import { isAfter, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { matterKindLabels, type MatterKind } from '../contract/enums';
import type { AssignBody, AssignResult } from '../contract/assignment';
import { legalAidErrors } from '../contract/errors';
import { moveCase } from './case.workflow-payload';
import { findCaseById, findParties } from './case.repository';
import { candidateView, computeProposal, findCaseForAssignment } from './assignment-proposal.service';
import { assignmentViews, endOpenAssignment, insertAssignment, listAssignments } from './assignment.repository';
import { findProviderById, insertHistory } from './provider.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

/**
 * POST /cases/:id/assignment — 指派 within 3 days (第四十三条第一款; notices 第三十六条) or 更换 with
 * `replacing` (the recipient's request, 第五十五条; AC records the request). Hard rules first, nothing
 * written on failure: 第二十六条 seniority (no override), the kind the matter allows, and a blocking
 * conflict without an override reason (律师法 第三十九条). Then, in one transaction: the previous
 * assignment ended, the new one stored with the proposal it came from, the case updated (the lawyer's
 * scope follows `assigneeUserId`), the workflow moved (`assign` / `reassign`), the provider's history
 * fed with the recipient and the opponents, a notice marked replied, and the audit row.
 */
export async function assignCase(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  body: AssignBody,
): Promise<AssignResult> {
  const today = localDateAt(k.clock.now());
  return k.db.transaction().execute(async (trx) => {
    const c = await findCaseForAssignment(trx, actor, caseId);
    if (!c) throw notFound();
    if (body.replacing) {
      if (c.state !== 'assigned') throw fail(legalAidErrors, 'AID_INVALID_TRANSITION', { field: 'replacing' });
      if (!body.reason) throw fail(legalAidErrors, 'AID_REPLACEMENT_REASON_REQUIRED', { field: 'reason' });
      if (c.assigneeProviderId === body.providerId) throw fail(legalAidErrors, 'AID_REPLACEMENT_SAME_PROVIDER', { field: 'providerId' });
    } else if (c.state === 'assigned') throw fail(legalAidErrors, 'AID_ALREADY_ASSIGNED', { field: 'replacing' });
    else if (c.state !== 'granted') throw fail(legalAidErrors, 'AID_INVALID_TRANSITION');

    const proposal = await computeProposal(k, trx, actor, c, body.providerId);
    const chosen = proposal.ranked.find((r) => r.providerId === body.providerId);
    if (!chosen) {
      const exists = await findProviderById(trx, body.providerId);
      if (exists && exists.active === 0) throw fail(legalAidErrors, 'AID_PROVIDER_INACTIVE', { field: 'providerId' });
      throw fail(coreErrors, 'NOT_FOUND', { field: 'providerId' });
    }
    const provider = proposal.rows.get(chosen.providerId)!;
    if (provider.active !== 1) throw fail(legalAidErrors, 'AID_PROVIDER_INACTIVE', { field: 'providerId' });
    if (chosen.blockers.includes('seniority')) throw fail(legalAidErrors, 'AID_ASSIGNMENT_SENIORITY', { field: 'providerId' });
    if (chosen.blockers.includes('kind')) throw fail(legalAidErrors, 'AID_ASSIGNMENT_KIND', { field: 'providerId' });
    if (chosen.needsOverride && !body.overrideReason) throw fail(legalAidErrors, 'AID_ASSIGNMENT_CONFLICT', { field: 'providerId' });

    const now = k.clock.now().toISOString();
    const previous = body.replacing ? (await listAssignments(trx, c.id)).find((a) => a.endedOn === null) : undefined;
    if (body.replacing) await endOpenAssignment(trx, c.id, today, 'replaced');
    const assignmentId = newId();
    const onTime = body.replacing || !c.assignDueOn || !isAfter(today, c.assignDueOn as LocalDate);
    await insertAssignment(trx, {
      id: assignmentId,
      caseId: c.id,
      providerId: chosen.providerId,
      userId: provider.userId,
      proposal: JSON.stringify({
        chosen: candidateView(chosen, provider),
        top: proposal.ranked
          .slice(0, 5)
          .map((r) => ({ rank: r.rank, providerId: r.providerId, name: r.name, total: r.total, blockers: r.blockers })),
        seniorityRequired: proposal.seniorityRequired,
      }),
      proposedRank: chosen.rank,
      overrideReason: chosen.needsOverride ? body.overrideReason! : null,
      replacesAssignmentId: previous?.id ?? null,
      replacementReason: body.replacing ? body.reason! : null,
      assignedOn: today,
      assignedAt: now,
      onTime: onTime ? 1 : 0,
      assignedBy: actor.kind === 'staff' ? actor.userId : actor.tokenId,
      endedOn: null,
      endReason: null,
      createdAt: now,
    });
    await moveCase(
      k,
      trx,
      ctx,
      c,
      body.replacing ? 'reassign' : 'assign',
      {
        assigneeProviderId: chosen.providerId,
        assigneeUserId: provider.userId,
        assignedOn: today,
      },
      { effectiveDate: today },
    );

    // The provider's history grows with every case: the recipient as client, the opponents as opponents.
    const matter = matterKindLabels[c.matterKind as MatterKind]?.zh ?? c.matterKind;
    const parties = await findParties(trx, c.id);
    await insertHistory(
      trx,
      parties
        .filter((p) => ['applicant', 'recipient', 'opponent'].includes(p.role))
        .map((p) => ({
          id: newId(),
          providerId: chosen.providerId,
          side: p.role === 'opponent' ? 'opponent' : 'client',
          name: p.name,
          idNumberIndex: p.idNumberIndex,
          matter: `${c.caseNumber} ${matter}`.slice(0, 200),
          date: today,
          source: 'assignment',
          caseId: c.id,
          createdBy: actor.kind === 'staff' ? actor.userId : null,
          createdAt: now,
        })),
    );
    // 第三十六条: the notifying authority reads the reply (lawyer and contact) through its notice GET.
    if (c.origin === 'notice')
      await trx.updateTable('aidNotices').set({ repliedAt: now }).where('caseId', '=', c.id).where('repliedAt', 'is', null).execute();

    await k.audit.record(trx, ctx, {
      action: body.replacing ? 'legalAid.case.reassign' : 'legalAid.case.assign',
      entityType: 'aidCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { state: c.state, assigneeProviderId: c.assigneeProviderId, assigneeUserId: c.assigneeUserId },
      after: {
        state: 'assigned',
        assigneeProviderId: chosen.providerId,
        assigneeUserId: provider.userId,
        assignmentId,
        proposedRank: chosen.rank,
        score: chosen.total,
        conflicts: chosen.conflicts.length,
        onTime,
      },
      reason: body.replacing ? body.reason : (body.overrideReason ?? undefined),
    });

    const updated = (await findCaseById(trx, c.id))!;
    const mine = assignmentViews(await listAssignments(trx, c.id)).find((a) => a.id === assignmentId)!;
    return {
      caseId: c.id,
      state: updated.state,
      assignment: mine,
      noticeReply:
        c.origin === 'notice' ? { providerName: mine.providerName, firmName: mine.firmName, contactPhone: mine.contactPhone } : null,
    };
  });
}
