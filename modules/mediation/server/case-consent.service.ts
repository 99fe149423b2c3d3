import type { CitizenActor, RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { fail, notFound } from '@tianping/server/http/errors';
import type { ConsentAnswer, ConsentState, ConsentWay } from '../contract/enums';
import { mediationErrors } from '../contract/errors';
import { recordConsent } from '../domain/consent';
import { citizenPhoneIndex, findCaseInScope, findCaseOfCitizen, listParties, updateParty, type CaseRow } from './case.repository';
import { recordCaseDocument, withDocument, type RenderedCaseDocument } from './case-documents';
import { fire, save, todayOf } from './case-step';
import { noticeBase } from './consent-documents';
import { ownParty } from './case.policy';
import { recordReferralOutcome } from './referral-outcome';

interface ConsentInput {
  partyId: string;
  answer: ConsentAnswer;
  way: ConsentWay;
  refusalReason?: string;
  /** The user who recorded it (staff) or null (the citizen online). */
  recordedBy: string | null;
  /** The citizen answering online: their account is linked to the party row. */
  citizenId?: string;
}

/**
 * 第十七条: one party's answer. The opposite of a recorded answer → 409 MED_CONSENT_ALREADY_RECORDED
 * (nothing written); the same again changes nothing. All parties consenting starts mediation
 * (`mediating`); a clear refusal ends the case (`refused`) with the 不予调解告知书 naming the other
 * channels (第二十六条), served to every party through the electronic service.
 */
async function applyConsent(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  input: ConsentInput,
  render: (id: string, data: unknown) => Promise<RenderedCaseDocument>,
): Promise<CaseRow> {
  const parties = await listParties(trx, c.id);
  const decision = recordConsent(
    parties.map((p) => ({ id: p.id, consent: p.consent as ConsentState })),
    input.partyId,
    input.answer,
  );
  if (!decision.ok) throw fail(mediationErrors, decision.code, { field: decision.field });
  if (!decision.changed) return c;
  if (c.state !== 'accepted') throw fail(mediationErrors, 'MED_CONSENT_NOT_OPEN');
  const today = todayOf(k);
  const now = k.clock.now().toISOString();
  const party = parties.find((p) => p.id === input.partyId)!;
  await updateParty(trx, c.id, party.id, {
    consent: input.answer,
    consentWay: input.way,
    consentAt: now,
    consentRecordedBy: input.recordedBy,
    ...(input.citizenId ? { citizenId: input.citizenId } : {}),
    refusalReason: input.answer === 'refused' ? (input.refusalReason ?? null) : null,
  });
  await k.audit.record(trx, ctx, {
    action: 'mediation.case.consent',
    entityType: 'medCase',
    entityId: c.id,
    orgId: c.orgId,
    before: { partyId: party.id, consent: party.consent },
    after: { partyId: party.id, name: party.name, consent: input.answer, way: input.way },
    reason: input.refusalReason ?? null,
  });
  if (decision.outcome === 'collecting') {
    await fire(k, trx, ctx, c, 'recordConsent', today);
    return save(trx, c, {}, now);
  }
  if (decision.outcome === 'allGiven') {
    await fire(k, trx, ctx, c, 'startMediation', today);
    const saved = await save(trx, c, { state: 'mediating' }, now);
    await k.audit.record(trx, ctx, {
      action: 'mediation.case.startMediation',
      entityType: 'medCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { state: c.state },
      after: { state: 'mediating' },
    });
    return saved;
  }
  await fire(k, trx, ctx, c, 'refuse', today);
  const reason = `${party.name}明确拒绝调解${input.refusalReason ? `：${input.refusalReason}` : ''}`;
  const saved = await save(trx, c, { state: 'refused', closedOn: today, outcome: 'refused', closingReason: reason }, now);
  const after = await listParties(trx, c.id);
  const rendered = await render('mediation.refusalNotice', {
    ...(await noticeBase(trx, saved, after, today)),
    refusingParty: party.name,
    refusedOn: today,
    ...(input.refusalReason ? { reason: input.refusalReason } : {}),
  });
  await recordCaseDocument(trx, k, ctx, saved, rendered, { serve: true, parties: after });
  await recordReferralOutcome(trx, k, saved, ctx);
  await k.audit.record(trx, ctx, {
    action: 'mediation.case.refuse',
    entityType: 'medCase',
    entityId: c.id,
    orgId: c.orgId,
    before: { state: c.state },
    after: { state: 'refused', closedOn: today },
    reason,
  });
  return saved;
}

/** POST /api/mediation/cases/:id/parties/:partyId/consent — recorded by staff (written or oral). */
export async function recordPartyConsent(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  partyId: string,
  input: { answer: ConsentAnswer; way: ConsentWay; refusalReason?: string },
) {
  return withDocument(k, (render) =>
    k.db.transaction().execute(async (trx) => {
      const c = await findCaseInScope(trx, actor, id);
      if (!c) throw notFound();
      const recordedBy = actor.kind === 'staff' ? actor.userId : actor.tokenId;
      return applyConsent(k, trx, ctx, c, { ...input, partyId, recordedBy }, render);
    }),
  );
}

/** POST /api/citizen/mediation/cases/:id/consent — the citizen answers for their own party row (online). */
export async function recordCitizenConsent(
  k: Kernel,
  ctx: RequestContext,
  actor: CitizenActor,
  id: string,
  input: { answer: ConsentAnswer; refusalReason?: string },
) {
  return withDocument(k, (render) =>
    k.db.transaction().execute(async (trx) => {
      const c = await findCaseOfCitizen(trx, actor.citizenId, id);
      if (!c) throw notFound();
      const me = ownParty(actor, await listParties(trx, c.id), await citizenPhoneIndex(trx, actor.citizenId));
      if (!me) throw fail(mediationErrors, 'MED_NOT_OWN_PARTY');
      return applyConsent(
        k,
        trx,
        ctx,
        c,
        { ...input, partyId: me.id, way: 'online', recordedBy: null, citizenId: actor.citizenId },
        render,
      );
    }),
  );
}
