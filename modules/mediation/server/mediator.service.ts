import { localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { mediationErrors } from '../contract/errors';
import type {
  DisciplineCreateInput,
  MediatorCreateInput,
  MediatorDetail,
  MediatorListQuery,
  MediatorPage,
  MediatorUpdateInput,
  TrainingCreateInput,
} from '../contract/organisation';
import { findCommitteeInScope } from './committee.repository';
import { mediatorAuditSnapshot, presentMediatorDetail, presentMediatorSummary } from './mediator.presenter';
import {
  countClosedCases,
  findMediatorInScope,
  insertDiscipline,
  insertMediator,
  insertTraining,
  listDisciplines,
  listMediators,
  listTrainings,
  updateMediator,
  type MediatorListRow,
} from './mediator.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

const today = (k: Pick<Kernel, 'clock'>): LocalDate => localDateAt(k.clock.now());
export const actorId = (actor: ScopedActor): string => (actor.kind === 'staff' ? actor.userId : actor.tokenId);

export async function listMediatorPage(k: Services, actor: ScopedActor, query: MediatorListQuery): Promise<MediatorPage> {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listMediators(k.db, actor, filter, { page, pageSize });
  return { items: rows.map(presentMediatorSummary), total, page, pageSize };
}

async function load(db: DbOrTrx, actor: ScopedActor, id: string): Promise<MediatorListRow> {
  const row = await findMediatorInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

async function detail(db: DbOrTrx, actor: ScopedActor, id: string): Promise<MediatorDetail> {
  const row = await load(db, actor, id);
  const [closedCases, trainings, disciplines] = await Promise.all([
    countClosedCases(db, id),
    listTrainings(db, id),
    listDisciplines(db, id),
  ]);
  return presentMediatorDetail(row, { closedCases, trainings, disciplines }, actor);
}

export async function getMediator(k: Services, actor: ScopedActor, id: string): Promise<MediatorDetail> {
  return detail(k.db, actor, id);
}

async function checkUser(db: DbOrTrx, userId: string | null | undefined) {
  if (!userId) return;
  const user = await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) throw fail(coreErrors, 'NOT_FOUND', { field: 'userId' });
}

function checkDate(day: LocalDate, value: string | null | undefined, field: string) {
  if (value && value > day) throw fail(mediationErrors, 'MED_DATE_IN_FUTURE', { field });
}

/** 第十三条: a mediator belongs to a registered committee (in the caller's scope). */
export async function createMediator(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  input: MediatorCreateInput,
): Promise<MediatorDetail> {
  checkDate(today(k), input.appointedOn, 'appointedOn');
  return k.db.transaction().execute(async (trx) => {
    const committee = await findCommitteeInScope(trx, actor, input.orgId);
    if (!committee) throw fail(mediationErrors, 'MED_MEDIATOR_COMMITTEE_UNKNOWN', { field: 'orgId' });
    await checkUser(trx, input.userId);
    const now = nowIso();
    const row = {
      id: newId(),
      orgId: input.orgId,
      userId: input.userId ?? null,
      name: input.name,
      gender: input.gender,
      employment: input.employment,
      specialities: JSON.stringify([...new Set(input.specialities)]),
      phone: input.phone ?? null,
      status: 'active',
      appointedOn: input.appointedOn ?? null,
      dismissedOn: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertMediator(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'mediation.mediator.create',
      entityType: 'medMediator',
      entityId: row.id,
      orgId: row.orgId,
      after: mediatorAuditSnapshot(row),
    });
    return detail(trx, actor, row.id);
  });
}

export async function updateMediatorRecord(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: MediatorUpdateInput,
): Promise<MediatorDetail> {
  return k.db.transaction().execute(async (trx) => {
    const before = await load(trx, actor, id);
    if (before.status === 'dismissed') throw fail(mediationErrors, 'MED_MEDIATOR_DISMISSED', { field: 'status' });
    if (input.userId !== undefined) await checkUser(trx, input.userId);
    const patch = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.employment !== undefined ? { employment: input.employment } : {}),
      ...(input.specialities !== undefined ? { specialities: JSON.stringify([...new Set(input.specialities)]) } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.userId !== undefined ? { userId: input.userId } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updatedAt: nowIso(),
    };
    if (!(await updateMediator(trx, id, input.version, patch))) throw conflict({ field: 'version' });
    const after = await load(trx, actor, id);
    await k.audit.record(trx, ctx, {
      action: 'mediation.mediator.update',
      entityType: 'medMediator',
      entityId: id,
      orgId: before.orgId,
      before: mediatorAuditSnapshot(before),
      after: mediatorAuditSnapshot(after),
    });
    return detail(trx, actor, id);
  });
}

/** 第十四条第二款: training records (hours, passed). */
export async function addTraining(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: TrainingCreateInput,
): Promise<MediatorDetail> {
  const day = today(k);
  checkDate(day, input.startedOn, 'startedOn');
  if (input.endedOn && input.endedOn < input.startedOn) throw fail(mediationErrors, 'MED_DATE_ORDER', { field: 'endedOn' });
  return k.db.transaction().execute(async (trx) => {
    const m = await load(trx, actor, id);
    if (m.status === 'dismissed') throw fail(mediationErrors, 'MED_MEDIATOR_DISMISSED', { field: 'status' });
    const row = {
      id: newId(),
      mediatorId: id,
      title: input.title,
      organiser: input.organiser,
      startedOn: input.startedOn,
      endedOn: input.endedOn ?? null,
      hours: input.hours,
      passed: input.passed ? (1 as const) : (0 as const),
      createdBy: actorId(actor),
      createdAt: nowIso(),
    };
    await insertTraining(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'mediation.mediator.train',
      entityType: 'medMediator',
      entityId: id,
      orgId: m.orgId,
      after: {
        trainingId: row.id,
        title: row.title,
        organiser: row.organiser,
        startedOn: row.startedOn,
        hours: row.hours,
        passed: row.passed,
      },
    });
    return detail(trx, actor, id);
  });
}

/**
 * 第十五条: criticism and education or an order to correct by the committee; in serious cases
 * dismissal (罢免或者解聘) — the mediator's status becomes `dismissed` and they can no longer be
 * designated (listActiveMediators leaves them out; MED_MEDIATOR_DISMISSED for further changes).
 */
export async function addDiscipline(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: DisciplineCreateInput,
): Promise<MediatorDetail> {
  checkDate(today(k), input.decidedOn, 'decidedOn');
  return k.db.transaction().execute(async (trx) => {
    const m = await load(trx, actor, id);
    if (m.status === 'dismissed') throw fail(mediationErrors, 'MED_MEDIATOR_DISMISSED', { field: 'status' });
    const row = {
      id: newId(),
      mediatorId: id,
      ground: input.ground,
      measure: input.measure,
      facts: input.facts,
      decidedOn: input.decidedOn,
      decidedBy: actorId(actor),
      createdAt: nowIso(),
    };
    await insertDiscipline(trx, row);
    if (input.measure === 'dismissal') {
      const ok = await updateMediator(trx, id, m.version, { status: 'dismissed', dismissedOn: input.decidedOn, updatedAt: nowIso() });
      if (!ok) throw conflict({ field: 'version' });
    }
    await k.audit.record(trx, ctx, {
      action: 'mediation.mediator.discipline',
      entityType: 'medMediator',
      entityId: id,
      orgId: m.orgId,
      before: { status: m.status },
      after: {
        disciplineId: row.id,
        ground: row.ground,
        measure: row.measure,
        decidedOn: row.decidedOn,
        status: input.measure === 'dismissal' ? 'dismissed' : m.status,
      },
    });
    return detail(trx, actor, id);
  });
}
