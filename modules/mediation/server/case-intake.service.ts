import { isAfter, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import { maskIdNumber } from '@tianping/common/validation/id-number';
import { maskMobile } from '@tianping/common/validation/phone';
import { actorLabel, type CitizenActor, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import { indexDocument } from '@tianping/server/search/search.service';
import { startWorkflow } from '@tianping/server/workflow/workflow.service';
import { disputeKindLabels, referralSources, type CaseSource, type DisputeKind } from '../contract/enums';
import { mediationErrors } from '../contract/errors';
import type { CitizenRequestBody, IntakeBody, PartyInput } from '../contract/intake';
import { findCaseById, insertCase, insertParties, type CaseRow } from './case.repository';
import { medCaseWorkflow } from './case.workflow';
import { workflowPayload } from './case.workflow-payload';
import { checkDuplicateAtIntake, findDuplicateCase } from './duplicates.service';
import { recordPaperReferral } from './paper-referral';
import { attachDraftToCase, citizenIdsByPhone, proposeCommittee } from './case-list.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;

/** Organisation types a committee may be: 人民调解委员会, or a 司法所 hosting a street/town committee. */
export const committeeOrgTypes = ['mediationCommittee', 'justiceOffice'];

/** What every channel hands to the registration: the dispute, its parties, where it came from. */
export interface CaseIntakeInput {
  committeeOrgId: string;
  source: CaseSource;
  kind: DisputeKind;
  title: string;
  facts: string;
  amountYuan?: number | null;
  parties: PartyInput[];
  receivedOn: LocalDate;
  incidentRegionCode?: string | null;
  publicSession?: boolean;
  referrerName?: string | null;
  referrerId?: string | null;
  externalRef?: string | null;
  /** The portal account that requested mediation (set as the first applicant's account). */
  citizenId?: string | null;
  draftId?: string | null;
  linkedCaseId?: string | null;
}

/** The case in the staff search (permission `mediation.case.read`, the committee's scope). */
export async function indexCase(trx: Trx, c: CaseRow, parties: readonly { name: string }[]): Promise<void> {
  await indexDocument(trx, {
    entityType: 'medCase',
    entityId: c.id,
    orgId: c.orgId,
    title: `${c.caseNumber} ${c.title}（${disputeKindLabels[c.kind as DisputeKind]?.zh ?? ''}）`,
    body: `${parties.map((p) => p.name).join(' ')}\n${c.facts}`,
    keywords: c.externalRef ?? undefined,
    url: `/workbench/mediation/cases/${c.id}`,
    public: 0,
    permission: 'mediation.case.read',
  });
}

/** Checks that need no database: both sides named, referrals with referrer and reference, dates. */
export function checkIntake(input: Omit<CaseIntakeInput, 'committeeOrgId'>, today: LocalDate) {
  const roles = new Set(input.parties.map((p) => p.role));
  if (!roles.has('applicant') || !roles.has('respondent')) throw fail(mediationErrors, 'MED_PARTY_MISSING', { field: 'parties' });
  if (isAfter(input.receivedOn, today)) throw fail(mediationErrors, 'MED_DATE_IN_FUTURE', { field: 'receivedOn' });
  if ((referralSources as readonly string[]).includes(input.source)) {
    const needsName = input.source !== 'module' && input.source !== 'hotline';
    if (needsName && !input.referrerName && !input.referrerId)
      throw fail(mediationErrors, 'MED_REFERRER_REQUIRED', { field: 'referrerName' });
    if (!input.externalRef) throw fail(mediationErrors, 'MED_REFERRER_REQUIRED', { field: 'externalRef' });
  }
}

/** Chosen mediators (第十九条) must be active mediators of the committee. */
async function checkChosenMediators(trx: Trx, orgId: string, parties: readonly PartyInput[]) {
  for (const [i, p] of parties.entries()) {
    if (!p.chosenMediatorId) continue;
    const m = await trx.selectFrom('medMediators').select(['orgId', 'status']).where('id', '=', p.chosenMediatorId).executeTakeFirst();
    if (!m || m.orgId !== orgId || m.status !== 'active')
      throw fail(mediationErrors, 'MED_MEDIATOR_UNKNOWN', { field: `parties.${i}.chosenMediatorId` });
  }
}

/**
 * Registers a dispute inside `trx` for a committee already resolved by the caller: case number
 * allocated, parties with personal data encrypted (blind indexes for duplicates and the portal),
 * files uploaded beforehand moved to the case, workflow started (`received`), indexed, audited.
 * Used by staff intake, the portal, MR's referral intake and MB's campaign findings.
 */
export async function registerCaseInTrx(k: Services, trx: Trx, ctx: RequestContext, input: CaseIntakeInput): Promise<CaseRow> {
  checkIntake(input, localDateAt(k.clock.now()));
  const org = await findOrgById(trx, input.committeeOrgId);
  if (!org || org.active !== 1 || !committeeOrgTypes.includes(org.type))
    throw fail(mediationErrors, 'MED_COMMITTEE_UNKNOWN', { field: 'orgId' });
  await checkChosenMediators(trx, org.id, input.parties);
  const id = newId();
  const now = k.clock.now().toISOString();
  const year = Number(input.receivedOn.slice(0, 4));
  const { number } = await k.caseNumbers.allocate(trx, { orgId: org.id, caseType: 'mediation', year });
  await insertCase(trx, {
    id,
    caseNumber: number,
    orgId: org.id,
    regionCode: org.regionCode.slice(0, 6),
    state: 'received',
    source: input.source,
    kind: input.kind,
    amountYuan: input.amountYuan ?? null,
    title: input.title,
    facts: input.facts,
    referrerName: input.referrerName ?? null,
    referrerId: input.referrerId ?? null,
    externalRef: input.externalRef ?? null,
    incidentRegionCode: input.incidentRegionCode ?? null,
    receivedOn: input.receivedOn,
    acceptedOn: null,
    mediatorId: null,
    mediatorChosenByParties: 0,
    targetDays: null,
    targetDueOn: null,
    closedOn: null,
    outcome: null,
    closingReason: null,
    riskLevel: 'none',
    riskReportedToPolice: 0,
    publicSession: input.publicSession ? 1 : 0,
    citizenId: input.citizenId ?? null,
    linkedCaseId: input.linkedCaseId ?? null,
    createdBy: actorLabel(ctx.actor).id ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  const firstApplicant = input.parties.findIndex((p) => p.role === 'applicant');
  const byPhone = await citizenIdsByPhone(
    trx,
    input.parties.flatMap((p) => (p.phone ? k.pii.blindIndexCandidates('phone', p.phone) : [])),
  );
  await insertParties(
    trx,
    input.parties.map((p, i) => {
      const idValue = p.kind === 'org' ? (p.creditCode ?? null) : (p.idNumber ?? null);
      const phoneIndex = p.phone ? k.pii.blindIndex('phone', p.phone) : null;
      const ownAccount = i === firstApplicant && input.citizenId ? input.citizenId : null;
      return {
        id: newId(),
        caseId: id,
        role: p.role,
        name: p.name,
        kind: p.kind,
        gender: p.gender ?? null,
        idNumberEnc: k.pii.encrypt(idValue),
        idNumberIndex: idValue ? k.pii.blindIndex('idNumber', idValue) : null,
        phoneEnc: k.pii.encrypt(p.phone ?? null),
        phoneIndex,
        addressEnc: k.pii.encrypt(p.address ?? null),
        citizenId: ownAccount ?? (phoneIndex ? (byPhone.get(phoneIndex) ?? null) : null),
        consent: 'pending',
        consentWay: null,
        consentAt: null,
        consentRecordedBy: null,
        refusalReason: null,
        chosenMediatorId: p.chosenMediatorId ?? null,
        position: i,
        createdAt: now,
      };
    }),
  );
  if (input.draftId) await attachDraftToCase(trx, input.draftId, actorLabel(ctx.actor).id ?? '', id, org.id);
  const row = (await findCaseById(trx, id))!;
  await startWorkflow(k, trx, ctx, medCaseWorkflow, {
    entityId: id,
    orgId: org.id,
    payload: workflowPayload(row, null, { effectiveDate: input.receivedOn }),
  });
  await indexCase(trx, row, input.parties);
  await k.audit.record(trx, ctx, {
    action: 'mediation.case.create',
    entityType: 'medCase',
    entityId: id,
    orgId: org.id,
    after: {
      caseNumber: number,
      source: input.source,
      kind: input.kind,
      title: input.title,
      receivedOn: input.receivedOn,
      referrerName: input.referrerName ?? null,
      externalRef: input.externalRef ?? null,
      parties: input.parties.map((p) => ({
        role: p.role,
        name: p.name,
        idNumber: p.idNumber ? maskIdNumber(p.idNumber) : null,
        phone: p.phone ? maskMobile(p.phone) : null,
      })),
    },
  });
  return row;
}

/** POST /api/mediation/cases: staff intake for a committee of the actor's scope (their own by default). */
export async function createCase(k: Services, ctx: RequestContext, actor: ScopedActor, input: IntakeBody): Promise<CaseRow> {
  checkIntake(input as CaseIntakeInput, localDateAt(k.clock.now()));
  return k.db.transaction().execute(async (trx) => {
    const org = input.orgId ? await findOrgInScope(trx, actor, input.orgId) : await findOrgById(trx, actor.orgId);
    if (!org) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    if (!committeeOrgTypes.includes(org.type)) throw fail(mediationErrors, 'MED_COMMITTEE_UNKNOWN', { field: 'orgId' });
    // The same dispute through another channel (MR): 409 with the candidate unless confirmed different.
    await checkDuplicateAtIntake(trx, k, input);
    const row = await registerCaseInTrx(k, trx, ctx, { ...input, committeeOrgId: org.id, receivedOn: input.receivedOn as LocalDate });
    // A paper referral becomes visible to the referring body's token from intake (MR).
    await recordPaperReferral(trx, k, ctx, row);
    if (input.confirmNotDuplicate)
      await k.audit.record(trx, ctx, {
        action: 'mediation.case.notDuplicate',
        entityType: 'medCase',
        entityId: row.id,
        orgId: row.orgId,
        reason: input.notDuplicateReason ?? null,
      });
    return row;
  });
}

/**
 * POST /api/citizen/mediation/requests (第十七条 申请调解): the citizen chooses the committee, or the
 * system proposes the committee of the incident's village / street (`incidentRegionCode`).
 */
export async function createCitizenRequest(k: Services, ctx: RequestContext, actor: CitizenActor, input: CitizenRequestBody) {
  const today = localDateAt(k.clock.now());
  return k.db.transaction().execute(async (trx) => {
    let orgId = input.orgId;
    if (!orgId) {
      if (!input.incidentRegionCode) throw fail(mediationErrors, 'MED_COMMITTEE_NOT_FOUND_FOR_REGION', { field: 'orgId' });
      const proposed = await proposeCommittee(trx, input.incidentRegionCode);
      if (!proposed) throw fail(mediationErrors, 'MED_COMMITTEE_NOT_FOUND_FOR_REGION', { field: 'incidentRegionCode' });
      orgId = proposed.id;
    }
    // A dispute already registered through another channel: the request is kept and linked to it.
    const dup = await findDuplicateCase(trx, k, { ...input, receivedOn: today });
    return registerCaseInTrx(k, trx, ctx, {
      ...input,
      committeeOrgId: orgId,
      linkedCaseId: dup?.caseId ?? null,
      source: 'portal',
      receivedOn: today,
      citizenId: actor.citizenId,
    });
  });
}
