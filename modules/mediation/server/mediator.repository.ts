import { sql, type ExpressionBuilder, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { MedDisciplineTable, MedMediatorTable, MedTrainingTable } from './organisation-tables';

export type MediatorRow = Selectable<MedMediatorTable>;

/** One mediator by id, any status (undefined when unknown). No scope: callers check the org. */
export async function findMediator(db: DbOrTrx, id: string): Promise<MediatorRow | undefined> {
  return db.selectFrom('medMediators').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The mediators of a committee who may be designated (status `active`; dismissed and suspended ones may not). */
export async function listActiveMediators(db: DbOrTrx, orgId: string): Promise<MediatorRow[]> {
  return db
    .selectFrom('medMediators')
    .selectAll()
    .where('orgId', '=', orgId)
    .where('status', '=', 'active')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The mediator record linked to a login (a mediator working in the workbench), if any. */
export async function findMediatorOfUser(db: DbOrTrx, userId: string): Promise<MediatorRow | undefined> {
  return db.selectFrom('medMediators').selectAll().where('userId', '=', userId).executeTakeFirst();
}

export async function insertMediator(db: DbOrTrx, row: Insertable<MedMediatorTable>): Promise<void> {
  await db.insertInto('medMediators').values(row).execute();
}

/** Optimistic update: false when the version moved on (the caller answers 409). */
export async function updateMediator(db: DbOrTrx, id: string, version: number, patch: Updateable<MedMediatorTable>): Promise<boolean> {
  const res = await db
    .updateTable('medMediators')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// ——— lists, workload, training and discipline (engineer MB) ———

export interface MediatorFilter {
  orgId?: string | undefined;
  status?: string | undefined;
  employment?: string | undefined;
  speciality?: string | undefined;
  q?: string | undefined;
}

function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Mediators are visible to staff whose data scope holds the mediator's committee. */
export function mediatorScope(eb: ExpressionBuilder<Database, 'medMediators'>, actor: ScopedActor) {
  return inOrgScope(eb, actor, 'medMediators.orgId');
}

const openStates = ['received', 'accepted', 'mediating'];

function selectMediators(db: DbOrTrx) {
  return db
    .selectFrom('medMediators')
    .innerJoin('organisations', 'organisations.id', 'medMediators.orgId')
    .selectAll('medMediators')
    .select((eb) => [
      'organisations.name as orgName',
      eb
        .selectFrom('medCases')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('medCases.mediatorId', '=', 'medMediators.id')
        .where('medCases.state', 'in', openStates)
        .as('openCases'),
      eb
        .selectFrom('medTrainings')
        .select((s) => s.fn.coalesce(s.fn.sum<number>('medTrainings.hours'), sql<number>`0`).as('h'))
        .whereRef('medTrainings.mediatorId', '=', 'medMediators.id')
        .as('trainingHours'),
    ]);
}
export type MediatorListRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectMediators>['executeTakeFirst']>>>;

export async function listMediators(db: DbOrTrx, actor: ScopedActor, f: MediatorFilter, page: { page: number; pageSize: number }) {
  const where = (eb: ExpressionBuilder<Database, 'medMediators' | 'organisations'>) => {
    const conds = [mediatorScope(eb, actor)];
    if (f.orgId) conds.push(eb('medMediators.orgId', '=', f.orgId));
    if (f.status) conds.push(eb('medMediators.status', '=', f.status));
    if (f.employment) conds.push(eb('medMediators.employment', '=', f.employment));
    if (f.speciality) conds.push(eb('medMediators.specialities', 'like', `%"${f.speciality}"%`));
    if (f.q) conds.push(sql<boolean>`lower(${eb.ref('medMediators.name')}) like ${likeContains(f.q)} escape '\\'`);
    return eb.and(conds);
  };
  const [rows, count] = await Promise.all([
    selectMediators(db)
      .where(where)
      .orderBy('organisations.name')
      .orderBy('medMediators.name')
      .orderBy('medMediators.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('medMediators')
      .innerJoin('organisations', 'organisations.id', 'medMediators.orgId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findMediatorInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<MediatorListRow | undefined> {
  return selectMediators(db)
    .where('medMediators.id', '=', id)
    .where((eb) => mediatorScope(eb, actor))
    .executeTakeFirst();
}

export async function countClosedCases(db: DbOrTrx, mediatorId: string): Promise<number> {
  const r = await db
    .selectFrom('medCases')
    .select((s) => s.fn.countAll<number>().as('n'))
    .where('mediatorId', '=', mediatorId)
    .where('state', 'not in', openStates)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listTrainings(db: DbOrTrx, mediatorId: string): Promise<Selectable<MedTrainingTable>[]> {
  return db
    .selectFrom('medTrainings')
    .selectAll()
    .where('mediatorId', '=', mediatorId)
    .orderBy('startedOn', 'desc')
    .orderBy('id')
    .execute();
}

export async function listDisciplines(db: DbOrTrx, mediatorId: string): Promise<Selectable<MedDisciplineTable>[]> {
  return db
    .selectFrom('medDisciplines')
    .selectAll()
    .where('mediatorId', '=', mediatorId)
    .orderBy('decidedOn', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertTraining(db: DbOrTrx, row: Insertable<MedTrainingTable>): Promise<void> {
  await db.insertInto('medTrainings').values(row).execute();
}

export async function insertDiscipline(db: DbOrTrx, row: Insertable<MedDisciplineTable>): Promise<void> {
  await db.insertInto('medDisciplines').values(row).execute();
}
