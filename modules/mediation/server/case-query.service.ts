import { localDateAt } from '@tianping/common/calendar/index';
import type { CitizenActor, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { notFound } from '@tianping/server/http/errors';
import { dueSoonHorizon } from '@tianping/server/workflow/escalation.job';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { listTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import type { CaseDetail, CitizenCaseDetail } from '../contract/case';
import { caseOutcomeLabels, caseSourceLabels, consentStateLabels, partyRoleLabels } from '../contract/enums';
import type { CaseListQuery } from '../contract/intake';
import { caseAbilities, citizenAbilities, ownParty } from './case.policy';
import { kindLabel, presentCaseDetail, presentListItem, stateLabel } from './case.presenter';
import { citizenPhoneIndex, findCaseInScope, findCaseOfCitizen, listParties, type CaseRow } from './case.repository';
import { medCaseWorkflow } from './case.workflow';
import {
  listCaseAttachments,
  listCaseServices,
  listCasesInScope,
  listCasesOfCitizen,
  listRecusals,
  mediatorNameOf,
  orgNameOf,
  partiesSummaries,
} from './case-list.repository';

type Services = Pick<Kernel, 'db' | 'clock' | 'pii'>;

/** GET /api/mediation/cases: a page of the cases in the actor's scope, with the time target's status. */
export async function listCases(k: Services, actor: ScopedActor, query: CaseListQuery) {
  const { page, pageSize, ...filter } = query;
  const today = localDateAt(k.clock.now());
  const calendar = await platformHolidayCalendar(k.db);
  const res = await listCasesInScope(k.db, actor, { ...filter, today, dueSoonHorizon: dueSoonHorizon(today, calendar) }, page, pageSize);
  const summaries = await partiesSummaries(
    k.db,
    res.items.map((c) => c.id),
  );
  return {
    items: res.items.map((c) => presentListItem(c, { orgName: c.orgName, partiesSummary: summaries.get(c.id) ?? '' }, today, calendar)),
    total: res.total,
    page,
    pageSize,
  };
}

/** Everything the detail page shows, for a case already loaded through the scope. */
export async function caseDetailView(k: Services, db: DbOrTrx, actor: ScopedActor, c: CaseRow): Promise<CaseDetail> {
  const today = localDateAt(k.clock.now());
  const inst = await loadInstance(db, medCaseWorkflow, c.id);
  const [calendar, orgName, parties, mediatorName, recusals, timers, attachments, services] = await Promise.all([
    platformHolidayCalendar(db),
    orgNameOf(db, c.orgId),
    listParties(db, c.id),
    mediatorNameOf(db, c.mediatorId),
    listRecusals(db, c.id),
    inst ? listTimers(db, inst.id) : Promise.resolve([]),
    listCaseAttachments(db, c.id),
    listCaseServices(db, c.id),
  ]);
  return presentCaseDetail(
    c,
    {
      orgName,
      parties,
      mediatorName,
      recusals: recusals.map((r) => ({
        id: r.id,
        mediatorId: r.mediatorId,
        mediatorName: r.mediatorName ?? '',
        reason: r.reason,
        requestedBy: r.requestedBy,
        recordedOn: r.recordedOn,
      })),
      timers,
      documents: attachments.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        fileType: a.fileType,
        size: Number(a.size),
        createdAt: new Date(a.createdAt).toISOString(),
        templateId: a.templateId,
        documentVersion: a.documentVersion,
      })),
      services: services.map((s) => ({
        id: s.id,
        attachmentId: s.attachmentId,
        channel: s.channel,
        status: s.status,
        sentAt: new Date(s.sentAt).toISOString(),
        acknowledgedAt: s.acknowledgedAt === null ? null : new Date(s.acknowledgedAt).toISOString(),
      })),
      abilities: caseAbilities(actor, c),
    },
    k.pii,
    today,
    calendar,
  );
}

/** GET /api/mediation/cases/:id (404 outside the scope). */
export async function getCase(k: Services, actor: ScopedActor, id: string): Promise<CaseDetail> {
  const c = await findCaseInScope(k.db, actor, id);
  if (!c) throw notFound();
  return caseDetailView(k, k.db, actor, c);
}

const lbl = (l: { zh: string; en: string; article?: string }) => ({ zh: l.zh, en: l.en, ...(l.article ? { article: l.article } : {}) });

/** GET /api/citizen/mediation/cases: the citizen's own cases. */
export async function listOwnCases(k: Services, actor: CitizenActor) {
  const rows = await listCasesOfCitizen(k.db, actor.citizenId);
  return {
    items: rows.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      title: c.title,
      orgName: c.orgName,
      kindLabel: kindLabel(c.kind),
      state: c.state,
      stateLabel: stateLabel(c.state),
      receivedOn: c.receivedOn,
      closedOn: c.closedOn,
    })),
  };
}

/** GET /api/citizen/mediation/cases/:id: the case as a party sees it (other parties' data not shown). */
export async function getOwnCase(k: Services, actor: CitizenActor, id: string): Promise<CitizenCaseDetail> {
  const c = await findCaseOfCitizen(k.db, actor.citizenId, id);
  if (!c) throw notFound();
  const [orgName, parties, mediatorName, services, attachments, phoneIndex] = await Promise.all([
    orgNameOf(k.db, c.orgId),
    listParties(k.db, c.id),
    mediatorNameOf(k.db, c.mediatorId),
    listCaseServices(k.db, c.id, actor.citizenId),
    listCaseAttachments(k.db, c.id),
    citizenPhoneIndex(k.db, actor.citizenId),
  ]);
  const me = ownParty(actor, parties, phoneIndex);
  const served = new Map(services.map((s) => [s.attachmentId, s.id]));
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    title: c.title,
    orgName,
    kindLabel: kindLabel(c.kind),
    state: c.state,
    stateLabel: stateLabel(c.state),
    receivedOn: c.receivedOn,
    closedOn: c.closedOn,
    facts: c.facts,
    sourceLabel: lbl(caseSourceLabels[c.source as keyof typeof caseSourceLabels] ?? { zh: c.source, en: c.source }),
    acceptedOn: c.acceptedOn,
    mediatorName,
    targetDueOn: c.targetDueOn,
    outcome: c.outcome,
    outcomeLabel: c.outcome
      ? lbl(caseOutcomeLabels[c.outcome as keyof typeof caseOutcomeLabels] ?? { zh: c.outcome, en: c.outcome })
      : null,
    closingReason: c.closingReason,
    parties: parties.map((p) => ({
      id: p.id,
      role: p.role,
      roleLabel: lbl(partyRoleLabels[p.role as keyof typeof partyRoleLabels] ?? { zh: p.role, en: p.role }),
      name: p.name,
      consent: p.consent,
      consentLabel: lbl(consentStateLabels[p.consent as keyof typeof consentStateLabels] ?? { zh: p.consent, en: p.consent }),
      isMe: p.id === me?.id,
    })),
    // Served documents, and the files the citizen may read (their own uploads and the case's documents served to them).
    documents: attachments
      .filter((a) => served.has(a.id) || a.createdByType === 'citizen')
      .map((a) => ({
        id: a.id,
        fileName: a.fileName,
        createdAt: new Date(a.createdAt).toISOString(),
        serviceId: served.get(a.id) ?? null,
      })),
    abilities: citizenAbilities(actor, c, parties, phoneIndex),
  };
}
