import { maskIdNumber } from '@tianping/common/validation/id-number';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { providerKindLabels, type ProviderKind } from '../contract/enums';
import { specialityLabels, type ProviderDetail, type ProviderView, type Speciality } from '../contract/provider';
import type { HistoryRow, ProviderListRow } from './provider.repository';

export const parseSpecialities = (json: string): Speciality[] => JSON.parse(json) as Speciality[];

/** Row → view; the ID number only masked (the provider's own, not a citizen's, but still personal data). */
export function providerView(k: Pick<Kernel, 'pii'>, actor: ScopedActor, r: ProviderListRow): ProviderView {
  const specs = parseSpecialities(r.specialities);
  const idNumber = r.idNumberEnc ? k.pii.decrypt(r.idNumberEnc) : null;
  const manage = actor.permissions.has('legalAid.provider.manage');
  return {
    id: r.id,
    kind: r.kind as ProviderKind,
    kindLabel: providerKindLabels[r.kind as ProviderKind],
    name: r.name,
    orgId: r.orgId,
    orgName: r.orgName,
    regionCode: r.regionCode,
    userId: r.userId,
    userName: r.userName,
    firmOrgId: r.firmOrgId,
    firmName: r.firmName,
    specialities: specs,
    specialityLabels: specs.map((s) => ({ zh: specialityLabels[s].zh, en: specialityLabels[s].en })),
    licenceNo: r.licenceNo,
    practiceSince: r.practiceSince,
    relevantCriminalYears: r.relevantCriminalYears,
    contactPhone: r.contactPhone,
    idNumberMasked: idNumber && maskIdNumber(idNumber),
    active: r.active === 1,
    note: r.note,
    openCases: r.openCases,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    abilities: { canEdit: manage, canAddHistory: manage, canReveal: idNumber !== null && actor.permissions.has('pii.value.reveal') },
  };
}

export function providerDetail(k: Pick<Kernel, 'pii'>, actor: ScopedActor, r: ProviderListRow, history: HistoryRow[]): ProviderDetail {
  return {
    ...providerView(k, actor, r),
    history: history.map((h) => ({
      id: h.id,
      side: h.side as 'client' | 'opponent',
      name: h.name,
      hasIdNumber: h.idNumberIndex !== null,
      matter: h.matter,
      date: h.date,
      source: h.source as 'manual' | 'assignment',
      caseId: h.caseId,
      createdAt: h.createdAt,
    })),
  };
}
