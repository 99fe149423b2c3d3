import { identityErrors, type RoleView } from '@tianping/common/contract/identity';
import type { RequestContext } from '../access/actor';
import type { Kernel } from '../core/module';
import { newId, nowIso } from '../db/ids';
import { conflict, fail, notFound } from '../http/errors';
import { categoryOfPermissions, type RoleCategory } from './duty.policy';
import {
  findRole,
  findRoleByCode,
  insertRole,
  listRoles,
  replaceRolePermissions,
  updateRoleVersioned,
  type RoleRow,
} from './role.repository';

export function toRoleView(kernel: Kernel, r: RoleRow): RoleView {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    category: r.category,
    builtin: r.builtin === 1,
    requireTotp: r.requireTotp === 1,
    // Keys of modules that are no longer enabled are not shown (nor granted: nothing checks them).
    permissions: r.permissions.filter((p) => kernel.permissions.has(p)),
    version: r.version,
  };
}

/** Every key must be registered, and together they may span one non-common category only. */
function checkPermissions(kernel: Kernel, permissions: readonly string[], category: RoleCategory | undefined): RoleCategory {
  const defs = permissions.map((key) => kernel.permissions.get(key));
  if (defs.some((d) => !d)) throw fail(identityErrors, 'UNKNOWN_PERMISSION', { field: 'permissions' });
  const derived = categoryOfPermissions(
    defs.map((d) => d!.category),
    category ?? 'business',
  );
  if (!derived || (category && derived !== category)) throw fail(identityErrors, 'ROLE_CATEGORY_MIXED', { field: 'permissions' });
  return derived;
}

/** Audit keys avoid "totp"/"password": the audit diff masks such keys entirely. */
function auditState(r: Pick<RoleRow, 'code' | 'name' | 'nameEn' | 'category' | 'requireTotp' | 'permissions'>) {
  return {
    code: r.code,
    name: r.name,
    nameEn: r.nameEn,
    category: r.category,
    secondFactorRequired: r.requireTotp === 1,
    permissions: [...r.permissions].sort(),
  };
}

export async function getRoles(kernel: Kernel): Promise<RoleView[]> {
  return (await listRoles(kernel.db)).map((r) => toRoleView(kernel, r));
}

export interface CreateRoleInput {
  code: string;
  name: string;
  nameEn: string;
  category?: RoleCategory;
  permissions: string[];
  requireTotp: boolean;
}

export async function createRole(kernel: Kernel, ctx: RequestContext, input: CreateRoleInput): Promise<RoleView> {
  const category = checkPermissions(kernel, input.permissions, input.category);
  const permissions = [...new Set(input.permissions)].sort();
  return kernel.db.transaction().execute(async (trx) => {
    if (await findRoleByCode(trx, input.code)) throw fail(identityErrors, 'ROLE_CODE_TAKEN', { field: 'code' });
    const now = nowIso();
    const role = {
      id: newId(),
      code: input.code,
      name: input.name,
      nameEn: input.nameEn,
      category,
      builtin: 0 as const,
      requireTotp: input.requireTotp ? (1 as const) : (0 as const),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertRole(trx, role);
    await replaceRolePermissions(trx, role.id, permissions);
    await kernel.audit.record(trx, ctx, {
      action: 'identity.role.create',
      entityType: 'role',
      entityId: role.id,
      after: auditState({ ...role, permissions }),
    });
    return toRoleView(kernel, { ...role, permissions });
  });
}

export interface UpdateRoleInput {
  code?: string;
  name?: string;
  nameEn?: string;
  permissions?: string[];
  requireTotp?: boolean;
  version: number;
}

/**
 * Edits a role. Its category never changes (so holders can never end up breaking 三员分立);
 * the code and permissions of built-in roles belong to the system (re-synchronised on start).
 */
export async function updateRole(kernel: Kernel, ctx: RequestContext, id: string, input: UpdateRoleInput): Promise<RoleView> {
  return kernel.db.transaction().execute(async (trx) => {
    const role = await findRole(trx, id);
    if (!role) throw notFound();
    const permissions = input.permissions ? [...new Set(input.permissions)].sort() : role.permissions;
    const codeChanged = input.code !== undefined && input.code !== role.code;
    const permsChanged = permissions.join() !== [...role.permissions].sort().join();
    if (role.builtin && (codeChanged || permsChanged))
      throw fail(identityErrors, 'BUILTIN_ROLE_LOCKED', { field: codeChanged ? 'code' : 'permissions' });
    if (input.permissions) checkPermissions(kernel, permissions, role.category);
    if (codeChanged && (await findRoleByCode(trx, input.code!))) throw fail(identityErrors, 'ROLE_CODE_TAKEN', { field: 'code' });
    const changes = {
      code: input.code ?? role.code,
      name: input.name ?? role.name,
      nameEn: input.nameEn ?? role.nameEn,
      requireTotp: input.requireTotp === undefined ? role.requireTotp : input.requireTotp ? (1 as const) : (0 as const),
      updatedAt: nowIso(),
    };
    if (!(await updateRoleVersioned(trx, id, input.version, changes))) throw conflict({ field: 'version' });
    if (permsChanged) await replaceRolePermissions(trx, id, permissions);
    const after = { ...role, ...changes, permissions, version: input.version + 1 };
    await kernel.audit.record(trx, ctx, {
      action: 'identity.role.update',
      entityType: 'role',
      entityId: id,
      before: auditState(role),
      after: auditState(after),
    });
    return toRoleView(kernel, after);
  });
}
