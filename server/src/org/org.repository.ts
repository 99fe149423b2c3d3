import { PostgresAdapter, sql, type ExpressionBuilder, type Insertable, type Selectable } from 'kysely';
import type { ScopedActor } from '../access/actor';
import { inOrgScope } from '../access/scope';
import type { DbOrTrx } from '../db/database';
import type { Database } from '../db/schema';
import type { OrganisationTable } from './tables';

export type OrgRecord = Selectable<OrganisationTable>;
export type OrgRow = OrgRecord & { regionName: string | null; parentName: string | null };
export type OrgTreeRow = OrgRow & { hasChildren: boolean };

export interface OrgListFilter {
  parentId?: string;
  type?: string;
  q?: string;
  includeInactive?: boolean;
}

type OrgEb = ExpressionBuilder<Database, 'organisations'>;

const orgColumns = [
  'organisations.id',
  'organisations.code',
  'organisations.name',
  'organisations.shortName',
  'organisations.type',
  'organisations.regionCode',
  'organisations.parentId',
  'organisations.path',
  'organisations.depth',
  'organisations.active',
  'organisations.version',
  'organisations.createdAt',
  'organisations.updatedAt',
] as const;

/** `%`, `_` and `\` typed by a user match themselves, not any text. */
function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function listConditions(eb: OrgEb, actor: ScopedActor, f: OrgListFilter) {
  const conds = [inOrgScope(eb, actor, 'organisations.id')];
  if (!f.includeInactive) conds.push(eb('organisations.active', '=', 1));
  if (f.parentId) conds.push(eb('organisations.parentId', '=', f.parentId));
  if (f.type) conds.push(eb('organisations.type', '=', f.type));
  if (f.q) conds.push(sql<boolean>`lower(${eb.ref('organisations.name')}) like ${likeContains(f.q)} escape '\\'`);
  return eb.and(conds);
}

function selectOrgs(db: DbOrTrx) {
  return db
    .selectFrom('organisations')
    .leftJoin('regions', 'regions.code', 'organisations.regionCode')
    .leftJoin('organisations as parent', 'parent.id', 'organisations.parentId')
    .select([...orgColumns, 'regions.name as regionName', 'parent.name as parentName']);
}

/** Whether the organisation has sub-organisations the actor may see. */
function hasChildrenExpr(eb: OrgEb, actor: ScopedActor, includeInactive: boolean) {
  return eb.exists(
    eb
      .selectFrom('organisations as child')
      .select('child.id')
      .whereRef('child.parentId', '=', 'organisations.id')
      .where((c) => inOrgScope(c, actor, 'child.id'))
      .$call((q) => (includeInactive ? q : q.where('child.active', '=', 1))),
  );
}

function withHasChildren(rows: (OrgRow & { hasChildren: unknown })[]): OrgTreeRow[] {
  // SQLite answers EXISTS with 0/1, PostgreSQL with a boolean.
  return rows.map((r) => ({ ...r, hasChildren: Boolean(r.hasChildren) }));
}

export async function listOrgs(db: DbOrTrx, actor: ScopedActor, f: OrgListFilter, page: { page: number; pageSize: number }) {
  const [items, count] = await Promise.all([
    selectOrgs(db)
      .where((eb) => listConditions(eb, actor, f))
      .orderBy('organisations.depth')
      .orderBy('organisations.code')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    db
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where((eb) => listConditions(eb, actor, f))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: items as OrgRow[], total: Number(count.total) };
}

/** One organisation within the actor's data scope (undefined outside it: the API answers 404). */
export async function findOrgInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<OrgRow | undefined> {
  return selectOrgs(db)
    .where('organisations.id', '=', id)
    .where((eb) => inOrgScope(eb, actor, 'organisations.id'))
    .executeTakeFirst();
}

/** Without scope: for re-reading a record the service has just written. */
export async function findOrgById(db: DbOrTrx, id: string): Promise<OrgRow | undefined> {
  return selectOrgs(db).where('organisations.id', '=', id).executeTakeFirst();
}

/** One level of the tree: the sub-organisations of `parentId` within scope. */
export async function listOrgChildren(db: DbOrTrx, actor: ScopedActor, parentId: string, includeInactive: boolean) {
  const rows = await selectOrgs(db)
    .select((eb) => hasChildrenExpr(eb, actor, includeInactive).as('hasChildren'))
    .where('organisations.parentId', '=', parentId)
    .where((eb) => listConditions(eb, actor, { includeInactive }))
    .orderBy('organisations.code')
    .execute();
  return withHasChildren(rows);
}

/** The tops of the actor's scope: organisations in scope whose parent is not. */
export async function listScopeRoots(db: DbOrTrx, actor: ScopedActor, includeInactive: boolean) {
  const rows = await selectOrgs(db)
    .select((eb) => hasChildrenExpr(eb, actor, includeInactive).as('hasChildren'))
    .where((eb) => listConditions(eb, actor, { includeInactive }))
    .where((eb) => eb.or([eb('organisations.parentId', 'is', null), eb.not(inOrgScope(eb, actor, 'organisations.parentId'))]))
    .orderBy('organisations.code')
    .execute();
  return withHasChildren(rows);
}

/** A whole subtree within scope, ordered so that every parent precedes its children. */
export async function listSubtree(db: DbOrTrx, actor: ScopedActor, rootPath: string, includeInactive: boolean) {
  const rows = await selectOrgs(db)
    .select((eb) => hasChildrenExpr(eb, actor, includeInactive).as('hasChildren'))
    .where('organisations.path', 'like', `${rootPath}%`)
    .where((eb) => listConditions(eb, actor, { includeInactive }))
    .orderBy('organisations.depth')
    .orderBy('organisations.code')
    .execute();
  return withHasChildren(rows);
}

export async function isOrgCodeTaken(db: DbOrTrx, code: string, exceptId?: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('code', '=', code)
    .$call((q) => (exceptId ? q.where('id', '!=', exceptId) : q))
    .executeTakeFirst();
  return Boolean(row);
}

export async function hasActiveChildren(db: DbOrTrx, id: string): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').where('parentId', '=', id).where('active', '=', 1).executeTakeFirst();
  return Boolean(row);
}

export async function insertOrg(db: DbOrTrx, row: Insertable<OrganisationTable>): Promise<void> {
  await db.insertInto('organisations').values(row).execute();
}

/** Batched insert for seeds; organisations whose code exists already are skipped. */
export async function insertOrgsIgnoringExisting(db: DbOrTrx, rows: Insertable<OrganisationTable>[]): Promise<void> {
  // 13 parameters per row; 500 rows stay far below either dialect's parameter limit.
  const batch = 500;
  for (let i = 0; i < rows.length; i += batch) {
    await db
      .insertInto('organisations')
      .values(rows.slice(i, i + batch))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

export type OrgPatch = Partial<
  Pick<OrganisationTable, 'name' | 'shortName' | 'type' | 'regionCode' | 'parentId' | 'path' | 'depth' | 'active'>
>;

/** Optimistic update: applies only when the stored version is still `version`. Returns whether it applied. */
export async function updateOrg(db: DbOrTrx, id: string, version: number, patch: OrgPatch, now: string): Promise<boolean> {
  const res = await db
    .updateTable('organisations')
    .set({ ...patch, version: version + 1, updatedAt: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/**
 * Rewrites the materialised path and depth of a moved organisation and of all its
 * descendants in one statement: the old prefix is cut off with `substr` and the new one
 * prepended with `||` (standard SQL, the same on SQLite and PostgreSQL). Returns the number
 * of rows rewritten (the organisation itself included).
 */
export async function rewriteSubtreePaths(db: DbOrTrx, oldPath: string, newPath: string, depthDelta: number): Promise<number> {
  const res = await db
    .updateTable('organisations')
    .set((eb) => ({
      path: sql<string>`${newPath} || substr(${eb.ref('path')}, ${oldPath.length + 1})`,
      depth: eb('depth', '+', depthDelta),
    }))
    .where('path', 'like', `${oldPath}%`)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * Locks an organisation row until the transaction ends (PostgreSQL), so that checking
 * "has active children" and adding a child under it cannot interleave. On SQLite the app's
 * one connection runs one transaction at a time, which gives the same guarantee.
 */
export async function lockOrg(db: DbOrTrx, id: string): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.selectFrom('organisations').select('id').where('id', '=', id).forUpdate().execute();
}

/** Codes of existing organisations among `codes` (seeds use it to stay idempotent). */
export async function orgIdsByCode(db: DbOrTrx, codes: string[]): Promise<Map<string, { id: string; path: string; depth: number }>> {
  const out = new Map<string, { id: string; path: string; depth: number }>();
  const batch = 900;
  for (let i = 0; i < codes.length; i += batch) {
    const rows = await db
      .selectFrom('organisations')
      .select(['id', 'code', 'path', 'depth'])
      .where('code', 'in', codes.slice(i, i + batch))
      .execute();
    for (const r of rows) out.set(r.code, { id: r.id, path: r.path, depth: r.depth });
  }
  return out;
}
