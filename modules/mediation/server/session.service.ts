import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import type { HandlingView, RecordSessionInput } from '../contract/handling';
import { listParties } from './case.repository';
import { findMediator } from './mediator.repository';
import { auditCase, checkDate, createdBy, handlingView, loadCase, medFail, requireState, touchCase } from './handling-steps';
import { caseAttachmentIds, insertSession } from './handling.repository';

/**
 * A mediation session and its record (人民调解法 第二十七条): time, place, mediator, the parties present,
 * persons invited with every party's consent (第二十条), public or private as the parties asked
 * (第二十三条), the record and photos (attachments of the case).
 */
export async function recordSession(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: RecordSessionInput,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['mediating']);
  checkDate(k, input.heldOn, 'heldOn', c.acceptedOn);
  const parties = await listParties(k.db, c.id);
  const known = new Set(parties.map((p) => p.id));
  input.partyIds.forEach((pid, i) => {
    if (!known.has(pid)) throw medFail('MED_PARTY_UNKNOWN', `partyIds.${i}`);
  });
  if (input.isPublic) {
    if (input.publicRequestedByPartyIds.length === 0) throw medFail('MED_SESSION_PUBLIC_NOT_REQUESTED', 'publicRequestedByPartyIds');
    input.publicRequestedByPartyIds.forEach((pid, i) => {
      if (!known.has(pid)) throw medFail('MED_PARTY_UNKNOWN', `publicRequestedByPartyIds.${i}`);
    });
  }
  input.participants.forEach((p, i) => {
    const agreed = new Set(p.consentPartyIds);
    if (parties.some((party) => !agreed.has(party.id)))
      throw medFail('MED_PARTICIPANT_CONSENT_MISSING', `participants.${i}.consentPartyIds`);
    p.consentPartyIds.forEach((pid, j) => {
      if (!known.has(pid)) throw medFail('MED_PARTY_UNKNOWN', `participants.${i}.consentPartyIds.${j}`);
    });
  });
  const owned = await caseAttachmentIds(k.db, c.id, input.attachmentIds);
  input.attachmentIds.forEach((aid, i) => {
    if (!owned.has(aid)) throw medFail('MED_ATTACHMENT_UNKNOWN', `attachmentIds.${i}`);
  });
  const mediator = c.mediatorId ? await findMediator(k.db, c.mediatorId) : undefined;
  const mediatorName = input.mediatorName ?? mediator?.name;
  if (!mediatorName) throw medFail('MED_MEDIATOR_UNKNOWN', 'mediatorName');

  const sessionId = newId();
  const participants = input.participants.map((p) => ({
    id: newId(),
    caseId: c.id,
    sessionId,
    name: p.name,
    relation: p.relation,
    affiliation: p.affiliation ?? null,
    consentPartyIds: JSON.stringify(p.consentPartyIds),
  }));
  const row = await k.db.transaction().execute(async (trx) => {
    await insertSession(
      trx,
      {
        id: sessionId,
        caseId: c.id,
        heldOn: input.heldOn,
        startTime: input.startTime ?? null,
        place: input.place,
        mediatorId: input.mediatorName ? null : (c.mediatorId ?? null),
        mediatorName,
        partyIds: JSON.stringify(input.partyIds),
        isPublic: input.isPublic ? 1 : 0,
        record: input.record,
        attachmentIds: JSON.stringify(input.attachmentIds),
        createdBy: createdBy(actor),
        createdAt: k.clock.now().toISOString(),
      },
      participants,
    );
    await auditCase(k, trx, ctx, c, 'mediation.session.record', {
      sessionId,
      heldOn: input.heldOn,
      place: input.place,
      mediatorName,
      partyIds: input.partyIds,
      isPublic: input.isPublic,
      publicRequestedByPartyIds: input.publicRequestedByPartyIds,
      participants: input.participants.map((p) => ({ name: p.name, relation: p.relation })),
      attachmentIds: input.attachmentIds,
    });
    return touchCase(k, trx, c, input.isPublic ? { publicSession: 1 } : {});
  });
  return handlingView(k, actor, row);
}
