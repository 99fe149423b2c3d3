import type { DataScope } from '@tianping/common/access/permission';
import type { DbOrTrx } from '../db/database';
import type { RoleTable, UserRoleTable } from './tables';

export interface AssignmentRow {
  id: string;
  userId: string;
  orgId: string;
  orgName: string;
  roleId: string;
  roleCode: string;
  roleName: string;
  roleNameEn: string;
  category: RoleTable['category'];
  scope: DataScope;
  createdAt: string;
}

function assignmentsQuery(db: DbOrTrx) {
  return db
    .selectFrom('userRoles as a')
    .innerJoin('roles as r', 'r.id', 'a.roleId')
    .innerJoin('organisations as o', 'o.id', 'a.orgId')
    .select([
      'a.id',
      'a.userId',
      'a.orgId',
      'o.name as orgName',
      'a.roleId',
      'r.code as roleCode',
      'r.name as roleName',
      'r.nameEn as roleNameEn',
      'r.category',
      'a.scope',
      'a.createdAt',
    ]);
}

/** A user's assignments, oldest first (the first is the default at sign-in). */
export async function listUserAssignments(db: DbOrTrx, userId: string): Promise<AssignmentRow[]> {
  return assignmentsQuery(db).where('a.userId', '=', userId).orderBy('a.id').execute();
}

/** Assignments of several users at once (detail views without N+1). */
export async function listAssignmentsOfUsers(db: DbOrTrx, userIds: string[]): Promise<AssignmentRow[]> {
  if (!userIds.length) return [];
  return assignmentsQuery(db).where('a.userId', 'in', userIds).orderBy('a.id').execute();
}

export async function findAssignment(db: DbOrTrx, userId: string, assignmentId: string): Promise<AssignmentRow | undefined> {
  return assignmentsQuery(db).where('a.userId', '=', userId).where('a.id', '=', assignmentId).executeTakeFirst();
}

export async function firstAssignmentId(db: DbOrTrx, userId: string): Promise<string | null> {
  const row = await db.selectFrom('userRoles').select('id').where('userId', '=', userId).orderBy('id').limit(1).executeTakeFirst();
  return row?.id ?? null;
}

export async function insertAssignment(db: DbOrTrx, row: UserRoleTable): Promise<void> {
  await db.insertInto('userRoles').values(row).execute();
}

export async function deleteAssignment(db: DbOrTrx, assignmentId: string): Promise<void> {
  await db.deleteFrom('userRoles').where('id', '=', assignmentId).execute();
}

export async function assignmentExists(db: DbOrTrx, userId: string, roleId: string, orgId: string): Promise<boolean> {
  const row = await db
    .selectFrom('userRoles')
    .select('id')
    .where('userId', '=', userId)
    .where('roleId', '=', roleId)
    .where('orgId', '=', orgId)
    .executeTakeFirst();
  return !!row;
}

/** The role categories a user already holds (for the 三员分立 check). */
export async function heldCategories(db: DbOrTrx, userId: string): Promise<RoleTable['category'][]> {
  const rows = await db
    .selectFrom('userRoles as a')
    .innerJoin('roles as r', 'r.id', 'a.roleId')
    .select('r.category')
    .distinct()
    .where('a.userId', '=', userId)
    .execute();
  return rows.map((r) => r.category);
}
