import type { ScopedActor } from '@tianping/server/access/actor';
import {
  dutyServiceKindLabels,
  stationHostKindLabels,
  type DutyServiceKind,
  type ServiceView,
  type StationHostKind,
  type StationView,
} from '../contract/duty';
import type { StationRow } from './duty.repository';

const plain = (l: { zh: string; en: string }) => ({ zh: l.zh, en: l.en });

export function stationView(actor: ScopedActor, s: StationRow): StationView {
  const manage = actor.permissions.has('legalAid.duty.manage');
  return {
    id: s.id,
    orgId: s.orgId,
    orgName: s.orgName,
    name: s.name,
    hostKind: s.hostKind as StationHostKind,
    hostKindLabel: plain(stationHostKindLabels[s.hostKind as StationHostKind]),
    hostOrgId: s.hostOrgId,
    hostName: s.hostName,
    address: s.address,
    active: s.active === 1,
    version: s.version,
    abilities: {
      canManage: manage && s.active === 1,
      canRecordService: s.active === 1 && (manage || actor.permissions.has('legalAid.case.work')),
    },
  };
}

export function serviceView(r: {
  id: string;
  visitId: string;
  stationId: string;
  providerId: string;
  providerName: string;
  servedOn: string;
  kind: string;
  personName: string;
  stage: string;
  summary: string;
  forwardedCaseId: string | null;
}): ServiceView {
  return {
    id: r.id,
    visitId: r.visitId,
    stationId: r.stationId,
    providerId: r.providerId,
    providerName: r.providerName,
    servedOn: r.servedOn,
    kind: r.kind as DutyServiceKind,
    kindLabel: plain(dutyServiceKindLabels[r.kind as DutyServiceKind]),
    personName: r.personName,
    stage: r.stage as ServiceView['stage'],
    summary: r.summary,
    forwardedCaseId: r.forwardedCaseId,
  };
}
