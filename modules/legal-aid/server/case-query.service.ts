import { localDateAt } from '@tianping/common/calendar/index';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { notFound } from '@tianping/server/http/errors';
import { dueSoonHorizon } from '@tianping/server/workflow/escalation.job';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { listTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance } from '@tianping/server/workflow/workflow.service';
import type { EligibilityResultView } from '../contract/application';
import type { CaseDetail, CaseListQuery, CitizenCase } from '../contract/case';
import { checkJurisdiction } from '../domain/jurisdiction';
import { findMaterialRequest } from './application-correction.service';
import { orgNameOf } from './application-review.service';
import { canCitizenUpload, canCitizenWithdraw, caseAbilities } from './case.policy';
import { caseClocks } from './case-timers.presenter';
import { matterLabel, presentCaseDetail, presentListItem, presentMaterialRequest, stateLabel } from './case.presenter';
import { findCaseById, findCaseInScope, findCaseOfCitizen, findParties, type CaseRow } from './case.repository';
import { aidCaseWorkflow } from './case.workflow';
import { listCaseAttachments, listCasesInScope, listCentres, listCitizenCases } from './case-list.repository';
import { noticeOfCase } from './notice-intake.service';

type Services = Pick<Kernel, 'db' | 'clock' | 'pii'>;

/** GET /api/legal-aid/cases: the review queue and case list in the actor's scope, with deadline status. */
export async function listCases(k: Services, actor: ScopedActor, query: CaseListQuery) {
  const { page, pageSize, ...filter } = query;
  const today = localDateAt(k.clock.now());
  const calendar = await platformHolidayCalendar(k.db);
  const res = await listCasesInScope(k.db, actor, { ...filter, today, dueSoonHorizon: dueSoonHorizon(today, calendar) }, page, pageSize);
  return { items: res.items.map((c) => presentListItem(c, today, calendar, c.materialsDueOn)), total: res.total, page, pageSize };
}

const documentsOf = (rows: Awaited<ReturnType<typeof listCaseAttachments>>) =>
  rows.map((a) => ({
    id: a.id,
    fileName: a.fileName,
    fileType: a.fileType,
    size: Number(a.size),
    createdAt: a.createdAt,
    templateId: a.templateId,
  }));

async function timersOf(k: Services, c: CaseRow) {
  const inst = await loadInstance(k.db, aidCaseWorkflow, c.id);
  return inst ? listTimers(k.db, inst.id) : [];
}

/** Everything the detail page shows, for a case loaded through the scope. */
export async function caseDetailView(k: Services, actor: ScopedActor, c: CaseRow): Promise<CaseDetail> {
  const today = localDateAt(k.clock.now());
  const [calendar, orgName, parties, timers, notice, materialRequest, attachments, centres] = await Promise.all([
    platformHolidayCalendar(k.db),
    orgNameOf(k.db, c.orgId),
    findParties(k.db, c.id),
    timersOf(k, c),
    noticeOfCase(k.db, c.id),
    findMaterialRequest(k.db, c.id),
    listCaseAttachments(k.db, c.id),
    listCentres(k.db),
  ]);
  const jurisdiction = ['received', 'correcting', 'granted'].includes(c.state)
    ? checkJurisdiction(
        c.regionCode,
        { litigation: c.litigation === 1, authorityRegionCode: c.authorityRegionCode, eventRegionCode: c.eventRegionCode },
        centres,
      )
    : null;
  return presentCaseDetail(
    c,
    {
      orgName,
      parties,
      timers,
      notice,
      materialRequest,
      documents: documentsOf(attachments),
      jurisdiction,
      abilities: caseAbilities(actor, c, materialRequest !== undefined),
    },
    k.pii,
    today,
    calendar,
  );
}

/** GET /api/legal-aid/cases/:id (404 outside the scope; a lawyer sees only the cases assigned to them). */
export async function getCase(k: Services, actor: ScopedActor, id: string): Promise<CaseDetail> {
  const c = await findCaseInScope(k.db, actor, id);
  if (!c) throw notFound();
  return caseDetailView(k, actor, c);
}

/** GET /api/citizen/legal-aid/cases */
export async function listOwnCases(k: Services, citizenId: string) {
  const rows = await listCitizenCases(k.db, citizenId);
  return {
    items: rows.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      orgName: c.orgName,
      matterKindLabel: matterLabel(c.matterKind),
      state: c.state,
      stateLabel: stateLabel(c.state),
      receivedOn: c.receivedOn,
    })),
  };
}

/** GET /api/citizen/legal-aid/cases/:id: state, deadlines explained, the request for materials, documents. */
export async function getOwnCase(k: Services, citizenId: string, id: string): Promise<CitizenCase> {
  const c = await findCaseOfCitizen(k.db, citizenId, id);
  if (!c) throw notFound();
  const [calendar, orgName, timers, materialRequest, attachments] = await Promise.all([
    platformHolidayCalendar(k.db),
    orgNameOf(k.db, c.orgId),
    timersOf(k, c),
    findMaterialRequest(k.db, c.id),
    listCaseAttachments(k.db, c.id, citizenId),
  ]);
  const target = c.transferredToCaseId ? await findCaseById(k.db, c.transferredToCaseId) : undefined;
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    orgName,
    matterKind: c.matterKind,
    matterKindLabel: matterLabel(c.matterKind),
    state: c.state,
    stateLabel: stateLabel(c.state),
    receivedOn: c.receivedOn,
    decidedOn: c.decidedOn,
    decisionReason: c.state === 'denied' ? c.decisionReason : null,
    eligibility: JSON.parse(c.eligibility) as EligibilityResultView | null,
    deadlines: caseClocks(timers, materialRequest, localDateAt(k.clock.now()), calendar).map((d) => ({
      key: d.key,
      label: d.label,
      dueDate: d.dueDate,
      status: d.status,
      explanation: { zh: d.explanation.zh.join(''), en: d.explanation.en.join(' ') },
    })),
    materialRequest: presentMaterialRequest(materialRequest),
    documents: documentsOf(attachments),
    canUploadMaterials: c.state === 'correcting' && canCitizenUpload(c),
    canWithdraw: canCitizenWithdraw(c),
    transferredToOrgName: target ? await orgNameOf(k.db, target.orgId) : null,
  };
}
