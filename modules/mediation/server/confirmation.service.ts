import type { z } from 'zod';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import type { HandlingView } from '../contract/handling';
import type { applyConfirmationSchema, courtAcceptanceSchema, courtRulingSchema } from '../contract/outcome';
import { checkConfirmationApplication, competentCourt } from '../domain/confirmation';
import { listParties } from './case.repository';
import { blocksNewApplication } from './handling.presenter';
import {
  auditCase,
  checkDate,
  createdBy,
  fixedCourtOf,
  handlingView,
  loadCase,
  medFail,
  requireState,
  touchCase,
  windowOf,
} from './handling-steps';
import {
  findAgreement,
  findConfirmation,
  findCourtReferrer,
  insertConfirmation,
  loadHandlingRows,
  updateConfirmation,
} from './handling.repository';
import { confirmationApplicationTemplate, issuerOf, withOutcomeDocument } from './outcome-documents';

/**
 * Judicial confirmation (人民调解法 第三十三条; 民事诉讼法 第二百零五、二百零六条): the parties' JOINT
 * application within 30 days of the agreement taking effect, to the competent court (the referring
 * court for a court referral, else a basic court — of the committee's location by default); the
 * court's acceptance and its ruling (confirmed valid / rejected) recorded on the case.
 */

export async function applyConfirmation(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof applyConfirmationSchema>,
): Promise<HandlingView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['succeeded']);
  const agreement = await findAgreement(k.db, c.id);
  if (!agreement) throw medFail('MED_NO_AGREEMENT');
  const rows = await loadHandlingRows(k.db, c.id);
  if (rows.confirmations.some(blocksNewApplication)) throw medFail('MED_CONFIRMATION_PENDING');
  const parties = await listParties(k.db, c.id);
  const known = new Set(parties.map((p) => p.id));
  input.applicantPartyIds.forEach((pid, i) => {
    if (!known.has(pid)) throw medFail('MED_PARTY_UNKNOWN', `applicantPartyIds.${i}`);
  });
  const window = await windowOf(k.db, agreement.effectiveOn);
  const sides = (['applicant', 'respondent'] as const).map((role) => ({
    role,
    partyIds: parties.filter((p) => p.role === role).map((p) => p.id),
  }));
  const breach = checkConfirmationApplication({ window, appliedOn: input.appliedOn, sides, applicantPartyIds: input.applicantPartyIds });
  if (breach) {
    const detail = breach.code === 'MED_CONFIRMATION_WINDOW_CLOSED' ? `期限至${window.lastDay} / last day ${window.lastDay}` : undefined;
    throw medFail(breach.code, breach.field, detail);
  }
  checkDate(k, input.appliedOn, 'appliedOn');

  const registry = input.courtReferrerId ? await findCourtReferrer(k.db, input.courtReferrerId) : undefined;
  if (input.courtReferrerId && !registry) throw medFail('MED_CONFIRMATION_COURT_REQUIRED', 'courtReferrerId');
  const fixed = await fixedCourtOf(k.db, c);
  const court = competentCourt({
    courtReferred: c.source === 'court',
    referringCourt: fixed,
    chosenCourt: registry?.name ?? input.courtName ?? null,
    chosenBasis: input.courtBasis ?? null,
  });
  if ('code' in court) throw medFail(court.code, input.courtReferrerId ? 'courtReferrerId' : court.field, court.detail);

  const applicants = parties.filter((p) => input.applicantPartyIds.includes(p.id));
  const confirmationId = newId();
  const data = {
    issuer: await issuerOf(k.db, c),
    recipient: court.court.slice(0, 200),
    date: input.appliedOn,
    caseNumber: c.caseNumber,
    court: court.court,
    parties: applicants.map((p) => p.name),
    agreementOn: agreement.effectiveOn,
    agreementTerms: agreement.terms,
    appliedOn: input.appliedOn,
    lastDay: window.lastDay,
  };
  const row = await withOutcomeDocument(k, ctx, confirmationApplicationTemplate.id, data, async (trx, record) => {
    const attachmentId = await record(c, applicants);
    const now = k.clock.now().toISOString();
    await insertConfirmation(trx, {
      id: confirmationId,
      caseId: c.id,
      agreementId: agreement.id,
      courtName: court.court,
      courtReferrerId: court.basis === 'referringCourt' ? c.referrerId : (registry?.id ?? null),
      courtBasis: court.basis,
      appliedOn: input.appliedOn,
      applicantPartyIds: JSON.stringify(input.applicantPartyIds),
      status: 'applied',
      acceptedOn: null,
      courtCaseNumber: null,
      rulingOn: null,
      rulingNumber: null,
      rulingNote: null,
      documentAttachmentId: attachmentId,
      createdBy: createdBy(actor),
      createdAt: now,
      updatedAt: now,
    });
    await auditCase(k, trx, ctx, c, 'mediation.confirmation.apply', {
      confirmationId,
      court: court.court,
      courtBasis: court.basis,
      appliedOn: input.appliedOn,
      applicantPartyIds: input.applicantPartyIds,
      lastDay: window.lastDay,
      documentAttachmentId: attachmentId,
    });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

async function loadConfirmation(k: Kernel, actor: ScopedActor, id: string, confirmationId: string) {
  const c = await loadCase(k.db, actor, id);
  const conf = await findConfirmation(k.db, c.id, confirmationId);
  if (!conf) throw notFound();
  return { c, conf };
}

/** 民事诉讼法 第二百零五条: the court accepts (立案) the application, or does not. */
export async function recordCourtAcceptance(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  confirmationId: string,
  input: z.infer<typeof courtAcceptanceSchema>,
): Promise<HandlingView> {
  const { c, conf } = await loadConfirmation(k, actor, id, confirmationId);
  if (conf.status !== 'applied') throw medFail('MED_CONFIRMATION_STATE', 'status');
  checkDate(k, input.acceptedOn, 'acceptedOn', conf.appliedOn);
  const status = input.accepted ? 'accepted' : 'notAccepted';
  const row = await k.db.transaction().execute(async (trx) => {
    const patch = {
      status,
      acceptedOn: input.acceptedOn,
      courtCaseNumber: input.courtCaseNumber ?? null,
      rulingNote: input.accepted ? null : (input.note ?? null),
      updatedAt: k.clock.now().toISOString(),
    };
    if (!(await updateConfirmation(trx, conf.id, 'applied', patch))) throw medFail('MED_CONFIRMATION_STATE', 'status');
    await auditCase(k, trx, ctx, c, 'mediation.confirmation.courtAcceptance', { confirmationId, ...input, status });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}

/** 民事诉讼法 第二百零六条; 人民调解法 第三十三条第二、三款: the ruling. */
export async function recordCourtRuling(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  confirmationId: string,
  input: z.infer<typeof courtRulingSchema>,
): Promise<HandlingView> {
  const { c, conf } = await loadConfirmation(k, actor, id, confirmationId);
  if (conf.status !== 'applied' && conf.status !== 'accepted') throw medFail('MED_CONFIRMATION_STATE', 'status');
  checkDate(k, input.rulingOn, 'rulingOn', conf.acceptedOn ?? conf.appliedOn);
  const row = await k.db.transaction().execute(async (trx) => {
    const patch = {
      status: input.ruling,
      acceptedOn: conf.acceptedOn ?? input.rulingOn,
      rulingOn: input.rulingOn,
      rulingNumber: input.rulingNumber,
      rulingNote: input.note ?? null,
      updatedAt: k.clock.now().toISOString(),
    };
    if (!(await updateConfirmation(trx, conf.id, conf.status, patch))) throw medFail('MED_CONFIRMATION_STATE', 'status');
    await auditCase(k, trx, ctx, c, 'mediation.confirmation.ruling', { confirmationId, ...input });
    return touchCase(k, trx, c);
  });
  return handlingView(k, actor, row);
}
