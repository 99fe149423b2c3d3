import type { ScopedActor } from '@tianping/server/access/actor';
import type { CampaignDetail, CampaignStatus, CampaignSummary, Finding, FindingStatus } from '../contract/campaign';
import type { DisputeKind, RiskLevel } from '../contract/enums';
import type { CampaignRow, FindingRecord, FindingRow } from './campaign.repository';

export function presentCampaignSummary(r: CampaignRow): CampaignSummary {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    title: r.title,
    regionCode: r.regionCode,
    regionName: r.regionName ?? null,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    focus: r.focus,
    status: r.status as CampaignStatus,
    findings: Number(r.findings ?? 0),
    open: Number(r.openFindings ?? 0),
    highRisk: Number(r.highRisk ?? 0),
  };
}

const canManage = (actor: ScopedActor) => actor.permissions.has('mediation.campaign.manage');

export function presentCampaignDetail(r: CampaignRow, actor: ScopedActor): CampaignDetail {
  const manage = canManage(actor);
  return {
    ...presentCampaignSummary(r),
    version: r.version,
    abilities: { addFinding: manage && r.status === 'open', close: manage && r.status === 'open', report: true },
  };
}

/** Buttons of a finding: assign while not done; resolve or turn into a case once assigned. */
export function findingAbilities(actor: ScopedActor, status: string) {
  const manage = canManage(actor);
  const live = status === 'open' || status === 'assigned';
  return {
    assign: manage && live,
    resolve: manage && status === 'assigned',
    convert: manage && status === 'assigned' && actor.permissions.has('mediation.case.intake'),
  };
}

export function presentFinding(r: FindingRow, actor: ScopedActor): Finding {
  return {
    id: r.id,
    campaignId: r.campaignId,
    title: r.title,
    description: r.description,
    districtCode: r.districtCode,
    districtName: r.districtName ?? null,
    regionCode: r.regionCode,
    regionName: r.regionName ?? null,
    riskLevel: r.riskLevel as RiskLevel,
    kind: r.kind as DisputeKind,
    partiesCount: r.partiesCount,
    foundOn: r.foundOn,
    assignedOrgId: r.assignedOrgId,
    assignedOrgName: r.assignedOrgName ?? null,
    assignedMediatorId: r.assignedMediatorId,
    assignedMediatorName: r.assignedMediatorName ?? null,
    status: r.status as FindingStatus,
    resolution: r.resolution,
    resolvedOn: r.resolvedOn,
    caseId: r.caseId,
    version: r.version,
    abilities: findingAbilities(actor, r.status),
  };
}

export function findingAuditSnapshot(
  f: Pick<
    FindingRecord,
    'title' | 'riskLevel' | 'kind' | 'regionCode' | 'status' | 'assignedOrgId' | 'assignedMediatorId' | 'resolvedOn' | 'caseId'
  >,
) {
  return {
    title: f.title,
    riskLevel: f.riskLevel,
    kind: f.kind,
    regionCode: f.regionCode,
    status: f.status,
    assignedOrgId: f.assignedOrgId,
    assignedMediatorId: f.assignedMediatorId,
    resolvedOn: f.resolvedOn,
    caseId: f.caseId,
  };
}
