import { isAfter, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import { actorLabel, isScoped, type CitizenActor, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import { indexDocument } from '@tianping/server/search/search.service';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { startWorkflow } from '@tianping/server/workflow/workflow.service';
import { actKindLabels, type ActKind, type ApplicationChannel } from '../contract/enums';
import { reconsiderationErrors } from '../contract/errors';
import type { CitizenApplicationBody, IntakeBody } from '../contract/intake';
import { checkAgents } from '../domain/clocks';
import { proposeProcedure } from '../domain/procedure';
import { ReconsiderationError } from '../domain/reconsideration-error';
import { assessApplicationTimeliness, type ApplicationTimeliness } from '../domain/timeliness';
import { reconCaseWorkflow } from './case.workflow';
import { workflowPayload } from './case.workflow-payload';
import { findCaseById, insertCase, type CaseRow } from './case.repository';
import { receivedCaseRow } from './case-row';
import { attachDraftsToCase, findDraftAttachments, findOpenDuplicate, insertParties } from './case-list.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

/** Bodies that take applications: 区人民政府 (through the district bureau), the city bureau, reconsideration offices. */
const staffBodyTypes = ['districtBureau', 'cityBureau', 'reconsiderationOffice'];
const citizenBodyTypes = ['districtBureau', 'reconsiderationOffice'];

export function mapDomainError(err: unknown): never {
  if (err instanceof ReconsiderationError) throw fail(reconsiderationErrors, err.code, { field: err.field, cause: err });
  throw err;
}

/** The stored assessment: the checks with their explanation lines, without the engine's raw steps. */
export function timelinessJson(a: ApplicationTimeliness): string {
  return JSON.stringify({
    timely: a.timely,
    provisional: a.provisional,
    lastDay: a.lastDay,
    binding: a.binding,
    checks: a.checks.map((c) => ({
      key: c.key,
      lastDay: c.lastDay,
      timely: c.timely,
      legalBasis: `${c.legalBasis.law} ${c.legalBasis.article}`,
      explanation: c.explanation,
    })),
    notes: a.notes,
  });
}

/** The case in the staff search (permission `reconsideration.case.read`, handling organisation's scope); again once numbered. */
export async function indexCase(trx: Trx, c: CaseRow): Promise<void> {
  const title = `${c.caseNumber ? `${c.caseNumber} ` : ''}${c.applicantName}不服${c.respondentName}${actKindLabels[c.actKind as ActKind]?.zh ?? ''}行政复议案`;
  await indexDocument(trx, {
    entityType: 'reconCase',
    entityId: c.id,
    orgId: c.orgId,
    title,
    body: `${c.requests}\n${c.factsAndReasons}`,
    keywords: c.actDocumentNo ?? undefined,
    url: `/workbench/reconsideration/cases/${c.id}`,
    public: 0,
    permission: 'reconsideration.case.read',
  });
}

export type Application = (IntakeBody | CitizenApplicationBody) & { channel: ApplicationChannel; receivedOn: string };

async function handlingBody(trx: Trx, actor: ScopedActor | CitizenActor, orgId: string | undefined) {
  if (isScoped(actor)) {
    const org = orgId ? await findOrgInScope(trx, actor, orgId) : await findOrgById(trx, actor.orgId);
    if (!org) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    if (!staffBodyTypes.includes(org.type)) throw fail(reconsiderationErrors, 'RECON_BODY_INVALID', { field: 'orgId' });
    return org;
  }
  const org = orgId ? await findOrgById(trx, orgId) : undefined;
  if (!org || org.active !== 1 || !citizenBodyTypes.includes(org.type))
    throw fail(reconsiderationErrors, 'RECON_BODY_INVALID', { field: 'orgId' });
  return org;
}

async function respondentOf(trx: Trx, input: Application) {
  if (input.respondentOrgId) {
    const org = await findOrgById(trx, input.respondentOrgId);
    if (!org || org.type !== 'enforcementAgency')
      throw fail(reconsiderationErrors, 'RECON_RESPONDENT_NOT_AGENCY', { field: 'respondentOrgId' });
    return { respondentOrgId: org.id, respondentName: org.name };
  }
  if (!input.respondentName) throw fail(reconsiderationErrors, 'RECON_RESPONDENT_REQUIRED', { field: 'respondentName' });
  return { respondentOrgId: null, respondentName: input.respondentName };
}

function checkDates(input: Application, today: LocalDate) {
  if (isAfter(input.receivedOn as LocalDate, today)) throw fail(reconsiderationErrors, 'RECON_DATE_IN_FUTURE', { field: 'receivedOn' });
  const forwardedOn = (input as Partial<IntakeBody>).forwardedOn;
  if (forwardedOn && isAfter(forwardedOn as LocalDate, input.receivedOn as LocalDate))
    throw fail(reconsiderationErrors, 'RECON_DATE_IN_FUTURE', { field: 'forwardedOn' });
  const dated: [string, string | undefined][] = [
    ['act.madeOn', input.act.madeOn],
    ['act.learnedOn', input.act.learnedOn],
    ['act.learnedOfRightsOn', input.act.learnedOfRightsOn],
  ];
  for (const [field, d] of dated)
    if (d && isAfter(d as LocalDate, input.receivedOn as LocalDate)) throw fail(reconsiderationErrors, 'RECON_DATE_IN_FUTURE', { field });
}

/**
 * Records an application (staff intake or online): checks, timeliness (a late application is
 * flagged, never refused), procedure proposal, one application per act, PII encrypted, the
 * workflow started (5-working-day review), indexed for search and audited — one transaction.
 */
export async function createCase(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor | CitizenActor,
  input: Application,
): Promise<CaseRow> {
  return k.db.transaction().execute((trx) => createCaseInTrx(k, trx, ctx, actor, input));
}

/**
 * The same inside the caller's transaction (the hotline's one-click transfer, handoff.ts): a failure
 * of the caller after it rolls the application back too.
 */
export async function createCaseInTrx(
  k: Services,
  trx: Trx,
  ctx: RequestContext,
  actor: ScopedActor | CitizenActor,
  input: Application,
): Promise<CaseRow> {
  const today = localDateAt(k.clock.now());
  checkDates(input, today);
  const forwarding = input as Partial<IntakeBody>;
  if (input.channel === 'forwarded' && (!forwarding.forwardedBy || !forwarding.forwardedOn))
    throw fail(reconsiderationErrors, 'RECON_FORWARDING_REQUIRED', { field: forwarding.forwardedBy ? 'forwardedOn' : 'forwardedBy' });
  try {
    checkAgents(input.agents);
  } catch (err) {
    mapDomainError(err);
  }
  const uploader = actorLabel(actor).id!;
  const letterIds = input.agents.map((a) => a.authorisationLetterAttachmentId!);

  const body = await handlingBody(trx, actor, input.orgId);
  const respondent = await respondentOf(trx, input);
  const drafts = await findDraftAttachments(trx, letterIds, uploader);
  letterIds.forEach((id, i) => {
    if (!drafts.some((d) => d.id === id))
      throw fail(reconsiderationErrors, 'RECON_AGENT_LETTER_INVALID', { field: `agents.${i}.authorisationLetterAttachmentId` });
  });
  let timeliness: ApplicationTimeliness;
  try {
    timeliness = assessApplicationTimeliness(
      {
        receivedOn: input.receivedOn as LocalDate,
        actMadeOn: input.act.madeOn as LocalDate,
        learnedOfActOn: input.act.learnedOn as LocalDate,
        rightsStated: input.act.rightsStated,
        learnedOfRightsOn: (input.act.learnedOfRightsOn as LocalDate | undefined) ?? null,
        involvesRealProperty: input.act.involvesRealProperty,
      },
      await platformHolidayCalendar(trx),
    );
  } catch (err) {
    mapDomainError(err);
  }
  const proposal = proposeProcedure({
    actKind: input.act.kind,
    onTheSpot: input.act.onTheSpot,
    warningOrCriticism: input.act.warningOrCriticism,
    amountYuan: input.act.amountYuan ?? null,
    partiesAgreeSimplified: input.partiesAgreeSimplified,
  });
  const a = input.applicant;
  const idValue = a.kind === 'person' ? a.idNumber : a.creditCode;
  if (input.act.documentNo) {
    const dup = await findOpenDuplicate(trx, {
      idIndexes: k.pii.blindIndexCandidates('idNumber', idValue),
      applicantName: a.name,
      respondentName: respondent.respondentName,
      respondentOrgId: respondent.respondentOrgId,
      actDocumentNo: input.act.documentNo,
    });
    if (dup) throw fail(reconsiderationErrors, 'RECON_DUPLICATE_APPLICATION', { field: 'act.documentNo' });
  }

  const id = newId();
  const now = k.clock.now().toISOString();
  await insertCase(
    trx,
    receivedCaseRow(
      {
        id,
        orgId: body.id,
        regionCode: body.regionCode.slice(0, 6),
        proposedProcedure: proposal.procedure,
        channel: input.channel,
        applicantKind: a.kind,
        applicantName: a.name,
        applicantIdNumberEnc: k.pii.encrypt(idValue),
        applicantIdNumberIndex: k.pii.blindIndex('idNumber', idValue),
        applicantPhoneEnc: k.pii.encrypt(a.phone ?? null),
        applicantPhoneIndex: a.phone ? k.pii.blindIndex('phone', a.phone) : null,
        applicantAddressEnc: k.pii.encrypt(a.address ?? null),
        applicantCitizenId: isScoped(actor) ? null : actor.citizenId,
        ...respondent,
        actKind: input.act.kind,
        actDocumentNo: input.act.documentNo ?? null,
        actMadeOn: input.act.madeOn,
        actLearnedOn: input.act.learnedOn,
        rightsStated: input.act.rightsStated ? 1 : 0,
        rightsLearnedOn: input.act.learnedOfRightsOn ?? null,
        involvesRealProperty: input.act.involvesRealProperty ? 1 : 0,
        onTheSpot: input.act.onTheSpot ? 1 : 0,
        warningOrCriticism: input.act.warningOrCriticism ? 1 : 0,
        amountFen: input.act.amountYuan === undefined ? null : Math.round(input.act.amountYuan * 100),
        partiesAgreeSimplified: input.partiesAgreeSimplified ? 1 : 0,
        forwardedBy: forwarding.forwardedBy ?? null,
        forwardedOn: forwarding.forwardedOn ?? null,
        requests: input.requests,
        factsAndReasons: input.factsAndReasons,
        receivedOn: input.receivedOn,
        timeliness: timelinessJson(timeliness!),
        late: timeliness!.timely ? 0 : 1,
      },
      now,
    ),
  );
  await insertParties(trx, [
    ...(a.kind === 'organisation' ? [{ id: newId(), caseId: id, role: 'representative', name: a.representative, createdAt: now }] : []),
    ...input.agents.map((g) => ({
      id: newId(),
      caseId: id,
      role: 'agent',
      name: g.name,
      idNumberEnc: k.pii.encrypt(g.idNumber ?? null),
      idNumberIndex: g.idNumber ? k.pii.blindIndex('idNumber', g.idNumber) : null,
      phoneEnc: k.pii.encrypt(g.phone ?? null),
      agentKind: g.agentKind,
      authorisationAttachmentId: g.authorisationLetterAttachmentId ?? null,
      createdAt: now,
    })),
  ]);
  await attachDraftsToCase(trx, letterIds, id, body.id);
  const row = (await findCaseById(trx, id))!;
  await startWorkflow(k, trx, ctx, reconCaseWorkflow, {
    entityId: id,
    orgId: body.id,
    payload: workflowPayload(row, { effectiveDate: input.receivedOn }),
  });
  await indexCase(trx, row);
  await k.audit.record(trx, ctx, {
    action: 'reconsideration.case.create',
    entityType: 'reconCase',
    entityId: id,
    orgId: body.id,
    after: {
      channel: input.channel,
      applicantName: a.name,
      idNumber: idValue,
      phone: a.phone ?? null,
      address: a.address ?? null,
      respondentName: respondent.respondentName,
      actKind: input.act.kind,
      actDocumentNo: input.act.documentNo ?? null,
      receivedOn: input.receivedOn,
      late: !timeliness!.timely,
      proposedProcedure: proposal.procedure,
      agents: input.agents.length,
    },
  });
  return row;
}
