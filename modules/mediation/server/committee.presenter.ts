import type { LocalDate } from '@tianping/common/calendar/index';
import type { ScopedActor } from '@tianping/server/access/actor';
import type {
  CommitteeDetail,
  CommitteeKind,
  CommitteeSummary,
  IndustryField,
  Member,
  MemberGender,
  MemberRole,
  TermWarning,
} from '../contract/organisation';
import { termWarnings } from '../domain/committee';
import type { CommitteeRecord, CommitteeRow, MemberRow } from './committee.repository';

export function presentMember(m: MemberRow): Member {
  return {
    id: m.id,
    name: m.name,
    gender: m.gender as MemberGender,
    role: m.role as MemberRole,
    termStartOn: m.termStartOn,
    termEndOn: m.termEndOn,
    mediatorId: m.mediatorId,
  };
}

export function warningsOf(members: readonly MemberRow[], today: LocalDate): TermWarning[] {
  return termWarnings(
    members.map((m) => ({ ...m, gender: m.gender as MemberGender, role: m.role as MemberRole })),
    today,
  ).map((w) => ({
    memberId: w.member.id,
    name: w.member.name,
    role: w.member.role,
    termEndOn: w.termEndOn,
    daysLeft: w.daysLeft,
    expired: w.expired,
  }));
}

export function presentCommitteeSummary(row: CommitteeRow, members: readonly MemberRow[], today: LocalDate): CommitteeSummary {
  return {
    orgId: row.orgId,
    name: row.name,
    orgType: row.orgType,
    kind: row.kind as CommitteeKind,
    industryField: (row.industryField as IndustryField | null) ?? null,
    regionCode: row.regionCode,
    regionName: row.regionName ?? null,
    parentId: row.parentId,
    parentName: row.parentName ?? null,
    memberCount: Number(row.memberCount ?? 0),
    womenCount: Number(row.womenCount ?? 0),
    mediatorCount: Number(row.mediatorCount ?? 0),
    warningCount: warningsOf(members, today).length,
  };
}

export function committeeAbilities(actor: ScopedActor) {
  return {
    update: actor.permissions.has('mediation.committee.manage'),
    addMediator: actor.permissions.has('mediation.mediator.manage'),
  };
}

export function presentCommitteeDetail(
  row: CommitteeRow,
  members: readonly MemberRow[],
  actor: ScopedActor,
  today: LocalDate,
): CommitteeDetail {
  return {
    ...presentCommitteeSummary(row, members, today),
    establishedOn: row.establishedOn,
    address: row.address,
    phone: row.phone,
    sponsor: row.sponsor,
    supervisingOrgId: row.supervisingOrgId,
    supervisingOrgName: row.supervisingOrgName ?? null,
    members: members.map(presentMember),
    warnings: warningsOf(members, today),
    version: row.version,
    abilities: committeeAbilities(actor),
  };
}

/** What the audit trail keeps of a committee (no personal data beyond members' names and roles). */
export function committeeAuditSnapshot(
  c: CommitteeRecord,
  members: readonly { name: string; gender: string; role: string; termStartOn: string; termEndOn: string }[],
) {
  return {
    kind: c.kind,
    industryField: c.industryField,
    establishedOn: c.establishedOn,
    supervisingOrgId: c.supervisingOrgId,
    members: members.map((m) => ({ name: m.name, gender: m.gender, role: m.role, termStartOn: m.termStartOn, termEndOn: m.termEndOn })),
  };
}
