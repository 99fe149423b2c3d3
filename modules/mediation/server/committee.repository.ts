import { sql, type ExpressionBuilder, type Insertable, type Selectable } from 'kysely';
import { addDays, type LocalDate } from '@tianping/common/calendar/index';
import type { ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import { TERM_WARNING_DAYS } from '../contract/organisation';
import type { MedCommitteeMemberTable, MedCommitteeTable } from './organisation-tables';

export type CommitteeRecord = Selectable<MedCommitteeTable>;
export type MemberRow = Selectable<MedCommitteeMemberTable>;
type Eb = ExpressionBuilder<Database, 'medCommittees' | 'organisations'>;

export interface CommitteeFilter {
  kind?: string | undefined;
  q?: string | undefined;
  termWarning?: 'true' | 'false' | undefined;
}

/** `%`, `_` and `\` typed by a user match themselves. */
function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Committees are visible to staff whose data scope holds the committee's organisation. */
export function committeeScope(eb: ExpressionBuilder<Database, 'medCommittees'>, actor: ScopedActor) {
  return inOrgScope(eb, actor, 'medCommittees.orgId');
}

function selectCommittees(db: DbOrTrx) {
  return db
    .selectFrom('medCommittees')
    .innerJoin('organisations', 'organisations.id', 'medCommittees.orgId')
    .leftJoin('organisations as parent', 'parent.id', 'organisations.parentId')
    .leftJoin('organisations as supervisor', 'supervisor.id', 'medCommittees.supervisingOrgId')
    .leftJoin('regions', 'regions.code', 'organisations.regionCode')
    .selectAll('medCommittees')
    .select((eb) => [
      'organisations.name',
      'organisations.type as orgType',
      'organisations.regionCode',
      'organisations.parentId',
      'parent.name as parentName',
      'supervisor.name as supervisingOrgName',
      'regions.name as regionName',
      eb
        .selectFrom('medCommitteeMembers')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('medCommitteeMembers.committeeOrgId', '=', 'medCommittees.orgId')
        .as('memberCount'),
      eb
        .selectFrom('medCommitteeMembers')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('medCommitteeMembers.committeeOrgId', '=', 'medCommittees.orgId')
        .where('medCommitteeMembers.gender', '=', 'female')
        .as('womenCount'),
      eb
        .selectFrom('medMediators')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('medMediators.orgId', '=', 'medCommittees.orgId')
        .where('medMediators.status', '=', 'active')
        .as('mediatorCount'),
    ]);
}

export type CommitteeRow = NonNullable<Awaited<ReturnType<ReturnType<typeof selectCommittees>['executeTakeFirst']>>>;

function warningExists(eb: Eb, today: LocalDate) {
  return eb.exists(
    eb
      .selectFrom('medCommitteeMembers as w')
      .select('w.id')
      .whereRef('w.committeeOrgId', '=', 'medCommittees.orgId')
      .where('w.termEndOn', '<=', addDays(today, TERM_WARNING_DAYS)),
  );
}

export async function listCommittees(
  db: DbOrTrx,
  actor: ScopedActor,
  f: CommitteeFilter,
  page: { page: number; pageSize: number },
  today: LocalDate,
): Promise<{ rows: CommitteeRow[]; total: number }> {
  const where = (eb: Eb) => {
    const conds = [committeeScope(eb, actor)];
    if (f.kind) conds.push(eb('medCommittees.kind', '=', f.kind));
    if (f.q) conds.push(sql<boolean>`lower(${eb.ref('organisations.name')}) like ${likeContains(f.q)} escape '\\'`);
    if (f.termWarning === 'true') conds.push(warningExists(eb, today));
    return eb.and(conds);
  };
  const [rows, count] = await Promise.all([
    selectCommittees(db)
      .where(where)
      .orderBy('organisations.regionCode')
      .orderBy('organisations.name')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('medCommittees')
      .innerJoin('organisations', 'organisations.id', 'medCommittees.orgId')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findCommitteeInScope(db: DbOrTrx, actor: ScopedActor, orgId: string): Promise<CommitteeRow | undefined> {
  return selectCommittees(db)
    .where('medCommittees.orgId', '=', orgId)
    .where((eb) => committeeScope(eb, actor))
    .executeTakeFirst();
}

export async function findCommitteeRecord(db: DbOrTrx, orgId: string): Promise<CommitteeRecord | undefined> {
  return db.selectFrom('medCommittees').selectAll().where('orgId', '=', orgId).executeTakeFirst();
}

export async function listMembers(db: DbOrTrx, orgIds: readonly string[]): Promise<MemberRow[]> {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('medCommitteeMembers')
    .selectAll()
    .where('committeeOrgId', 'in', [...orgIds])
    .orderBy('committeeOrgId')
    .orderBy('position')
    .execute();
}

export async function insertCommittee(db: DbOrTrx, row: Insertable<MedCommitteeTable>): Promise<void> {
  await db.insertInto('medCommittees').values(row).execute();
}

export async function updateCommittee(
  db: DbOrTrx,
  orgId: string,
  version: number,
  patch: Partial<Insertable<MedCommitteeTable>>,
): Promise<boolean> {
  const res = await db
    .updateTable('medCommittees')
    .set({ ...patch, version: version + 1 })
    .where('orgId', '=', orgId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Replaces the committee's members (the roster is edited as a whole, validated before). */
export async function replaceMembers(db: DbOrTrx, orgId: string, rows: Insertable<MedCommitteeMemberTable>[]): Promise<void> {
  await db.deleteFrom('medCommitteeMembers').where('committeeOrgId', '=', orgId).execute();
  if (rows.length) await db.insertInto('medCommitteeMembers').values(rows).execute();
}

/** Organisations in scope that may become a committee and are not one yet (for the create form). */
export async function listCommitteeCandidates(db: DbOrTrx, actor: ScopedActor, q: string | undefined) {
  return db
    .selectFrom('organisations')
    .select(['organisations.id', 'organisations.name', 'organisations.type', 'organisations.regionCode'])
    .where((eb) =>
      eb.and([
        inOrgScope(eb, actor, 'organisations.id'),
        eb('organisations.type', 'in', ['mediationCommittee', 'justiceOffice']),
        eb('organisations.active', '=', 1),
        eb.not(
          eb.exists(eb.selectFrom('medCommittees').select('medCommittees.orgId').whereRef('medCommittees.orgId', '=', 'organisations.id')),
        ),
        ...(q ? [sql<boolean>`lower(${eb.ref('organisations.name')}) like ${likeContains(q)} escape '\\'`] : []),
      ]),
    )
    .orderBy('organisations.name')
    .limit(50)
    .execute();
}

/** The nearest justice office at or above the organisation (path order), the default supervisor. */
export async function nearestJusticeOffice(db: DbOrTrx, orgPath: string): Promise<string | null> {
  const ids = orgPath.split('/').filter(Boolean);
  if (ids.length === 0) return null;
  const rows = await db.selectFrom('organisations').select(['id', 'type', 'depth']).where('id', 'in', ids).execute();
  const offices = rows.filter((r) => r.type === 'justiceOffice').sort((a, b) => b.depth - a.depth);
  return offices[0]?.id ?? null;
}
