import type { Selectable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { DisputeKind } from '../contract/enums';
import type {
  Discipline,
  DisciplineMeasure,
  Employment,
  MediatorDetail,
  MediatorProhibition,
  MediatorStatus,
  MediatorSummary,
  MemberGender,
  Training,
} from '../contract/organisation';
import type { MediatorListRow, MediatorRow } from './mediator.repository';
import type { MedDisciplineTable, MedTrainingTable } from './organisation-tables';

export function parseSpecialities(json: string): DisputeKind[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as DisputeKind[]) : [];
  } catch {
    return [];
  }
}

export function presentMediatorSummary(r: MediatorListRow): MediatorSummary {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    name: r.name,
    gender: r.gender as MemberGender,
    employment: r.employment as Employment,
    specialities: parseSpecialities(r.specialities),
    status: r.status as MediatorStatus,
    userId: r.userId,
    openCases: Number(r.openCases ?? 0),
    trainingHours: Number(r.trainingHours ?? 0),
  };
}

/** Buttons of the detail page: a dismissed mediator (第十五条) is read-only and cannot be designated. */
export function mediatorAbilities(actor: ScopedActor, status: string) {
  const manage = actor.permissions.has('mediation.mediator.manage');
  const live = status !== 'dismissed';
  return { update: manage && live, addTraining: manage && live, discipline: manage && live, designate: status === 'active' };
}

export function presentTraining(t: Selectable<MedTrainingTable>): Training {
  return {
    id: t.id,
    title: t.title,
    organiser: t.organiser,
    startedOn: t.startedOn,
    endedOn: t.endedOn,
    hours: t.hours,
    passed: t.passed === 1,
  };
}

export function presentDiscipline(d: Selectable<MedDisciplineTable>): Discipline {
  return {
    id: d.id,
    ground: d.ground as MediatorProhibition,
    measure: d.measure as DisciplineMeasure,
    facts: d.facts,
    decidedOn: d.decidedOn,
  };
}

export function presentMediatorDetail(
  r: MediatorListRow,
  extra: { closedCases: number; trainings: Selectable<MedTrainingTable>[]; disciplines: Selectable<MedDisciplineTable>[] },
  actor: ScopedActor,
): MediatorDetail {
  return {
    ...presentMediatorSummary(r),
    phone: r.phone,
    appointedOn: r.appointedOn,
    dismissedOn: r.dismissedOn,
    closedCases: extra.closedCases,
    trainings: extra.trainings.map(presentTraining),
    disciplines: extra.disciplines.map(presentDiscipline),
    version: r.version,
    abilities: mediatorAbilities(actor, r.status),
  };
}

export function mediatorAuditSnapshot(
  m: Pick<MediatorRow, 'orgId' | 'name' | 'gender' | 'employment' | 'specialities' | 'status' | 'userId' | 'appointedOn' | 'dismissedOn'>,
) {
  return {
    orgId: m.orgId,
    name: m.name,
    gender: m.gender,
    employment: m.employment,
    specialities: m.specialities,
    status: m.status,
    userId: m.userId,
    appointedOn: m.appointedOn,
    dismissedOn: m.dismissedOn,
  };
}
