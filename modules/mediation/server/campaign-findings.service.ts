import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { conflict, fail, forbidden, notFound } from '@tianping/server/http/errors';
import type {
  Finding,
  FindingAssignInput,
  FindingConvertInput,
  FindingCreateInput,
  FindingListQuery,
  FindingPage,
  FindingResolveInput,
} from '../contract/campaign';
import { mediationErrors } from '../contract/errors';
import { findingAuditSnapshot, presentFinding } from './campaign.presenter';
import {
  findFinding,
  insertFinding,
  listFindings,
  regionExists,
  updateFinding,
  type CampaignRow,
  type FindingRow,
} from './campaign.repository';
import { loadCampaign, today } from './campaign.service';
import { registerCaseInTrx } from './case-intake.service';
import { findCommitteeInScope } from './committee.repository';
import { findMediator } from './mediator.repository';
import { actorId } from './mediator.service';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;

export async function listFindingPage(k: Services, actor: ScopedActor, campaignId: string, query: FindingListQuery): Promise<FindingPage> {
  await loadCampaign(k.db, actor, campaignId);
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listFindings(k.db, campaignId, filter, { page, pageSize });
  return { items: rows.map((r) => presentFinding(r, actor)), total, page, pageSize };
}

async function loadFinding(
  db: DbOrTrx,
  actor: ScopedActor,
  campaignId: string,
  id: string,
): Promise<{ campaign: CampaignRow; finding: FindingRow }> {
  const campaign = await loadCampaign(db, actor, campaignId);
  const finding = await findFinding(db, campaignId, id);
  if (!finding) throw notFound();
  return { campaign, finding };
}

async function reload(trx: Trx, actor: ScopedActor, campaignId: string, id: string): Promise<Finding> {
  return presentFinding((await loadFinding(trx, actor, campaignId, id)).finding, actor);
}

/** A dispute found in the campaign's region and period, with its risk level (第二十五条). */
export async function addFinding(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  campaignId: string,
  input: FindingCreateInput,
): Promise<Finding> {
  if (input.foundOn > today(k)) throw fail(mediationErrors, 'MED_DATE_IN_FUTURE', { field: 'foundOn' });
  return k.db.transaction().execute(async (trx) => {
    const campaign = await loadCampaign(trx, actor, campaignId);
    if (campaign.status !== 'open') throw fail(mediationErrors, 'MED_CAMPAIGN_CLOSED', { field: 'campaignId' });
    if (!(await regionExists(trx, input.regionCode))) throw fail(mediationErrors, 'MED_REGION_UNKNOWN', { field: 'regionCode' });
    const inside = input.regionCode.startsWith(campaign.regionCode) || campaign.regionCode.endsWith('0000');
    if (!inside || input.regionCode.length < 6) throw fail(mediationErrors, 'MED_FINDING_OUTSIDE_REGION', { field: 'regionCode' });
    const now = nowIso();
    const row = {
      id: newId(),
      campaignId,
      title: input.title,
      description: input.description,
      districtCode: input.regionCode.slice(0, 6),
      regionCode: input.regionCode,
      riskLevel: input.riskLevel,
      kind: input.kind,
      partiesCount: input.partiesCount,
      foundOn: input.foundOn,
      assignedOrgId: null,
      assignedMediatorId: null,
      status: 'open',
      resolution: null,
      resolvedOn: null,
      caseId: null,
      createdBy: actorId(actor),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertFinding(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'mediation.finding.create',
      entityType: 'medCampaign',
      entityId: campaignId,
      orgId: campaign.orgId,
      after: { findingId: row.id, ...findingAuditSnapshot(row) },
    });
    return reload(trx, actor, campaignId, row.id);
  });
}

function assertLive(f: FindingRow) {
  if (f.status === 'resolved' || f.status === 'converted') throw fail(mediationErrors, 'MED_FINDING_STATE', { field: 'status' });
}

/** Assigns the dispute to a committee in scope and, optionally, one of its active mediators. */
export async function assignFinding(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  campaignId: string,
  id: string,
  input: FindingAssignInput,
): Promise<Finding> {
  return k.db.transaction().execute(async (trx) => {
    const { campaign, finding } = await loadFinding(trx, actor, campaignId, id);
    assertLive(finding);
    if (!(await findCommitteeInScope(trx, actor, input.orgId))) throw fail(mediationErrors, 'MED_COMMITTEE_UNKNOWN', { field: 'orgId' });
    if (input.mediatorId) {
      const m = await findMediator(trx, input.mediatorId);
      if (!m || m.orgId !== input.orgId || m.status !== 'active')
        throw fail(mediationErrors, 'MED_MEDIATOR_UNAVAILABLE', { field: 'mediatorId' });
    }
    const patch = { assignedOrgId: input.orgId, assignedMediatorId: input.mediatorId ?? null, status: 'assigned', updatedAt: nowIso() };
    if (!(await updateFinding(trx, id, input.version, patch))) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'mediation.finding.assign',
      entityType: 'medCampaign',
      entityId: campaignId,
      orgId: campaign.orgId,
      before: { findingId: id, ...findingAuditSnapshot(finding) },
      after: { findingId: id, ...findingAuditSnapshot({ ...finding, ...patch }) },
    });
    return reload(trx, actor, campaignId, id);
  });
}

/** Records how the dispute was resolved (化解) without a mediation case. */
export async function resolveFinding(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  campaignId: string,
  id: string,
  input: FindingResolveInput,
): Promise<Finding> {
  if (input.resolvedOn > today(k)) throw fail(mediationErrors, 'MED_DATE_IN_FUTURE', { field: 'resolvedOn' });
  return k.db.transaction().execute(async (trx) => {
    const { campaign, finding } = await loadFinding(trx, actor, campaignId, id);
    assertLive(finding);
    if (input.resolvedOn < finding.foundOn) throw fail(mediationErrors, 'MED_DATE_ORDER', { field: 'resolvedOn' });
    const patch = { status: 'resolved', resolution: input.resolution, resolvedOn: input.resolvedOn, updatedAt: nowIso() };
    if (!(await updateFinding(trx, id, input.version, patch))) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'mediation.finding.resolve',
      entityType: 'medCampaign',
      entityId: campaignId,
      orgId: campaign.orgId,
      before: { findingId: id, ...findingAuditSnapshot(finding) },
      after: { findingId: id, ...findingAuditSnapshot({ ...finding, ...patch }) },
    });
    return reload(trx, actor, campaignId, id);
  });
}

/**
 * 主动调解 (人民调解法 第十七条): the assigned committee takes the dispute on as a case — registered
 * through the module's one intake function (case number, parties' personal data encrypted, workflow).
 */
export async function convertFinding(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  campaignId: string,
  id: string,
  input: FindingConvertInput,
): Promise<Finding> {
  if (!actor.permissions.has('mediation.case.intake')) throw forbidden({ field: 'caseIntake' });
  return k.db.transaction().execute(async (trx) => {
    const { campaign, finding } = await loadFinding(trx, actor, campaignId, id);
    assertLive(finding);
    if (!finding.assignedOrgId) throw fail(mediationErrors, 'MED_FINDING_STATE', { field: 'status' });
    const c = await registerCaseInTrx(k, trx, ctx, {
      committeeOrgId: finding.assignedOrgId,
      source: 'initiative',
      kind: finding.kind as never,
      title: finding.title,
      facts: input.facts ?? finding.description,
      parties: input.parties,
      receivedOn: today(k),
      incidentRegionCode: finding.regionCode,
      externalRef: null,
    });
    const patch = { status: 'converted', caseId: c.id, updatedAt: nowIso() };
    if (!(await updateFinding(trx, id, input.version, patch))) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'mediation.finding.convert',
      entityType: 'medCampaign',
      entityId: campaignId,
      orgId: campaign.orgId,
      before: { findingId: id, ...findingAuditSnapshot(finding) },
      after: { findingId: id, ...findingAuditSnapshot({ ...finding, ...patch }) },
    });
    return reload(trx, actor, campaignId, id);
  });
}
