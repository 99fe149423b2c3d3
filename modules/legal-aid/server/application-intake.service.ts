import { localDateAt } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import { isScoped, type CitizenActor, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import { indexDocument } from '@tianping/server/search/search.service';
import { startWorkflow } from '@tianping/server/workflow/workflow.service';
import type { CitizenApplicationBody, StaffApplicationBody } from '../contract/application';
import { matterKindLabels, type HardshipCheck } from '../contract/enums';
import { legalAidErrors, type LegalAidErrorCode } from '../contract/errors';
import { forwardedLate, limitationEndsSoon } from '../domain/clocks';
import type { EligibilityResult } from '../domain/eligibility';
import { lifeOrDeathFlag } from '../domain/life-or-death';
import { findCaseById, insertCase, insertParties, type CaseRow } from './case.repository';
import { aidCaseWorkflow } from './case.workflow';
import { syncDueDates, workflowPayload } from './case.workflow-payload';
import { eligibilityView, evaluate, mapDomainError } from './hardship.service';
import type { AidCaseTable, AidPartyTable } from './tables';
import type { Insertable } from 'kysely';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;
export type ApplicationInput = (CitizenApplicationBody & { origin: 'portal' }) | StaffApplicationBody;

const aidFail = (code: LegalAidErrorCode, field?: string) => fail(legalAidErrors, code, { field });

/** The centre taking the application: a legal aid centre (staff: in their scope, default their own). */
export async function centreOf(trx: Trx, actor: ScopedActor | CitizenActor, orgId: string | undefined) {
  const org = isScoped(actor) ? await findOrgInScope(trx, actor, orgId ?? actor.orgId) : orgId ? await findOrgById(trx, orgId) : undefined;
  if (!org) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
  if (org.type !== 'legalAidCentre' || org.active !== 1) throw aidFail('AID_CENTRE_INVALID', 'orgId');
  return org;
}

/** The case in the staff search (permission `legalAid.application.read`, the centre's scope). */
export async function indexCase(trx: Trx, c: CaseRow): Promise<void> {
  await indexDocument(trx, {
    entityType: 'aidCase',
    entityId: c.id,
    orgId: c.orgId,
    title: `${c.caseNumber} ${c.applicantName} ${matterKindLabels[c.matterKind as keyof typeof matterKindLabels]?.zh ?? ''}`,
    body: c.matterSummary,
    url: `/workbench/legal-aid/cases/${c.id}`,
    public: 0,
    permission: 'legalAid.application.read',
  });
}

interface Forwarding {
  forwardedBy: string | null;
  forwarderKind: string | null;
  forwarderReceivedAt: string | null;
  forwardedAt: string | null;
  forwardedLate: 0 | 1;
  dutyServiceId: string | null;
}

/** 第三十九条: forwarder, both instants, in order, not in the future; later than 24 hours is flagged. */
function forwardingOf(input: ApplicationInput, now: string): Forwarding {
  const none = {
    forwardedBy: null,
    forwarderKind: null,
    forwarderReceivedAt: null,
    forwardedAt: null,
    forwardedLate: 0 as const,
    dutyServiceId: null,
  };
  if (input.origin !== 'forwarded') return none;
  const { forwardedBy, forwarderKind, forwarderReceivedAt, forwardedAt } = input;
  const missing = !forwardedBy
    ? 'forwardedBy'
    : !forwarderKind
      ? 'forwarderKind'
      : !forwarderReceivedAt
        ? 'forwarderReceivedAt'
        : !forwardedAt
          ? 'forwardedAt'
          : null;
  if (missing) throw aidFail('AID_FORWARDING_REQUIRED', missing);
  const received = new Date(forwarderReceivedAt!).toISOString();
  const forwarded = new Date(forwardedAt!).toISOString();
  if (forwarded > now) throw aidFail('AID_DATE_IN_FUTURE', 'forwardedAt');
  if (forwarded < received) throw aidFail('AID_DATE_ORDER', 'forwardedAt');
  return {
    forwardedBy: forwardedBy!,
    forwarderKind: forwarderKind!,
    forwarderReceivedAt: received,
    forwardedAt: forwarded,
    forwardedLate: forwardedLate(received, forwarded).late ? 1 : 0,
    dutyServiceId: input.dutyServiceId ?? null,
  };
}

/** 第二十六条: the flag of the matter or stated by staff (400 with the field for a matter without a defendant). */
export function statedLifeOrDeath(matterKind: string, stated: boolean | undefined, current = false): boolean {
  try {
    return lifeOrDeathFlag(matterKind, stated, current);
  } catch (err) {
    return mapDomainError(err);
  }
}

/** The checks an application must pass on submission, beyond the pre-check's (400, nothing written). */
function checkSubmission(input: ApplicationInput, result: EligibilityResult, today: string): HardshipCheck {
  if (result.outcome === 'outOfScope') throw aidFail('AID_MATTER_OUT_OF_SCOPE', 'matterKind');
  if (result.needsProof) throw aidFail('AID_EXEMPTION_PROOF_REQUIRED', 'exemptionProof');
  if (input.onBehalf && !input.agent) throw aidFail('AID_APPLICANT_REQUIRED', 'agent');
  if (input.urgent?.ground === 'limitationSoon') {
    const ends = input.urgent.limitationEndsOn;
    if (!ends || !limitationEndsSoon(today, ends)) throw aidFail('AID_URGENT_REASON_REQUIRED', 'urgent.limitationEndsOn');
  }
  if (input.exemption !== 'none') return 'exempt';
  if (input.hardshipCheck === 'pledge' && !input.pledgeSigned) throw aidFail('AID_PLEDGE_REQUIRED', 'pledgeSigned');
  return input.hardshipCheck;
}

function partyRows(k: Services, input: ApplicationInput, caseId: string, now: string): Insertable<AidPartyTable>[] {
  const enc = (v: string | undefined) => k.pii.encrypt(v ?? null);
  const idx = (kind: 'idNumber' | 'phone', v: string | undefined) => (v ? k.pii.blindIndex(kind, v) : null);
  const a = input.applicant;
  const rows: Insertable<AidPartyTable>[] = [
    {
      id: newId(),
      caseId,
      role: 'applicant',
      name: a.name,
      idNumberEnc: enc(a.idNumber),
      idNumberIndex: idx('idNumber', a.idNumber),
      phoneEnc: enc(a.phone),
      phoneIndex: idx('phone', a.phone),
      addressEnc: enc(a.address),
      note: null,
      createdAt: now,
    },
  ];
  if (input.agent) {
    const g = input.agent;
    rows.push({
      id: newId(),
      caseId,
      role: 'agent',
      name: g.name,
      idNumberEnc: enc(g.idNumber),
      idNumberIndex: idx('idNumber', g.idNumber),
      phoneEnc: enc(g.phone),
      phoneIndex: idx('phone', g.phone),
      addressEnc: null,
      note: g.relation,
      createdAt: now,
    });
  }
  for (const o of input.opponents)
    rows.push({
      id: newId(),
      caseId,
      role: 'opponent',
      name: o.name,
      idNumberEnc: enc(o.idNumber || undefined),
      idNumberIndex: idx('idNumber', o.idNumber || undefined),
      phoneEnc: null,
      phoneIndex: null,
      addressEnc: null,
      note: o.note ?? null,
      createdAt: now,
    });
  return rows;
}

/**
 * Records an application — online (portal), walk-in or forwarded (第三十九条) — in one transaction:
 * eligibility evaluated against the standard in force on the day of receipt, out-of-scope matters and
 * missing proofs refused with the field (400, nothing written), the case number allocated, PII
 * encrypted with blind indexes, the workflow started (7-day review, 第四十三条), indexed and audited.
 */
export async function createApplication(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor | CitizenActor,
  input: ApplicationInput,
): Promise<CaseRow> {
  return k.db.transaction().execute((trx) => createApplicationInTrx(k, trx, ctx, actor, input));
}

/**
 * The same inside the caller's transaction (a duty lawyer's forwarding writes its service row in it):
 * a failure of the caller after it rolls the whole application back.
 */
export async function createApplicationInTrx(
  k: Services,
  trx: Trx,
  ctx: RequestContext,
  actor: ScopedActor | CitizenActor,
  input: ApplicationInput,
): Promise<CaseRow> {
  const now = k.clock.now().toISOString();
  const today = localDateAt(k.clock.now());
  const receivedOn = input.origin === 'portal' ? today : (input.receivedOn ?? today);
  if (receivedOn > today) throw aidFail('AID_DATE_IN_FUTURE', 'receivedOn');
  const forwarding = forwardingOf(input, now);
  const lifeOrDeath = statedLifeOrDeath(input.matterKind, input.origin === 'portal' ? undefined : input.mayCarryLifeOrDeath);
  const centre = await centreOf(trx, actor, input.orgId);
  const regionCode = centre.regionCode.slice(0, 6);
  const result = await evaluate(trx, input, regionCode, receivedOn);
  const hardshipCheck = checkSubmission(input, result, today);
  const { number } = await k.caseNumbers.allocate(trx, { orgId: centre.id, caseType: 'legalAid', year: Number(receivedOn.slice(0, 4)) });
  const id = newId();
  const row: Insertable<AidCaseTable> = {
    id,
    caseNumber: number,
    orgId: centre.id,
    regionCode,
    origin: input.origin,
    ...forwarding,
    state: 'received',
    matterKind: input.matterKind,
    matterSummary: input.matterSummary,
    litigation: input.litigation ? 1 : 0,
    authorityName: input.authorityName ?? null,
    authorityRegionCode: input.authorityRegionCode?.slice(0, 6) ?? null,
    eventRegionCode: input.eventRegionCode?.slice(0, 6) ?? null,
    exemption: input.exemption,
    exemptionProof: input.exemptionProof ?? null,
    householdSize: input.householdSize ?? null,
    monthlyIncomeYuan: input.monthlyIncomeYuan ?? null,
    hardshipCheck,
    hardshipStandardId: result.hardship?.standardId ?? null,
    eligibility: JSON.stringify(eligibilityView(result, receivedOn)),
    hardshipVerification: null,
    mayCarryLifeOrDeath: lifeOrDeath ? 1 : 0,
    urgent: input.urgent ? 1 : 0,
    urgentGround: input.urgent?.ground ?? null,
    urgentReason: input.urgent?.reason ?? null,
    paperworkCompletedOn: null,
    applicantName: input.applicant.name,
    citizenId: isScoped(actor) ? null : actor.citizenId,
    receivedOn,
    receivedAt: now,
    reviewDueOn: null,
    decidedOn: null,
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
  };
  await insertCase(trx, row);
  await insertParties(trx, partyRows(k, input, id, now));
  const created = (await findCaseById(trx, id))!;
  await startWorkflow(k, trx, ctx, aidCaseWorkflow, {
    entityId: id,
    orgId: centre.id,
    payload: workflowPayload(created, { effectiveDate: receivedOn }),
  });
  await syncDueDates(trx, created);
  await indexCase(trx, created);
  await k.audit.record(trx, ctx, {
    action: 'legalAid.case.create',
    entityType: 'aidCase',
    entityId: id,
    orgId: centre.id,
    after: {
      caseNumber: number,
      origin: input.origin,
      matterKind: input.matterKind,
      exemption: input.exemption,
      hardshipCheck,
      outcome: result.outcome,
      applicantName: input.applicant.name,
      idNumber: input.applicant.idNumber,
      phone: input.applicant.phone ?? null,
      opponents: input.opponents.length,
      urgent: !!input.urgent,
      mayCarryLifeOrDeath: lifeOrDeath,
      forwardedLate: forwarding.forwardedLate === 1,
      receivedOn,
    },
  });
  return (await findCaseById(trx, id))!;
}
