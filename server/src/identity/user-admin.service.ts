import { identityErrors, type UserDetail, type UserListItem } from '@tianping/common/contract/identity';
import { coreErrors } from '@tianping/common/errors/codes';
import { maskMobile } from '@tianping/common/validation/phone';
import type { RequestContext, ScopedActor } from '../access/actor';
import { orgPathInScope } from '../access/scope';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { newId } from '../db/ids';
import { conflict, fail, invalid, notFound } from '../http/errors';
import { listUserAssignments } from './assignment.repository';
import { generatePassword } from './password-policy';
import { hashPassword } from './password-hash';
import type { UserTable } from './tables';
import { toUserDetail, toUserListItem, userAuditState } from './user.presenter';
import {
  findUserInScope,
  insertUser,
  newUserRow,
  listUsersInScope,
  orgById,
  pushPasswordHistory,
  updateUserVersioned,
  usernameExists,
  type UserListFilter,
  type UserRow,
} from './user.repository';

/** An organisation the actor may place people in; outside the scope it does not exist (404 on `orgId`). */
export async function orgInScope(db: DbOrTrx, actor: ScopedActor, orgId: string, field = 'orgId') {
  const org = await orgById(db, orgId);
  if (!org || !orgPathInScope(actor, org.id, org.path)) throw fail(coreErrors, 'NOT_FOUND', { field });
  if (!org.active) throw invalid(field);
  return org;
}

/** A user within the actor's scope, or 404. */
export async function userInScope(db: DbOrTrx, actor: ScopedActor, id: string): Promise<UserRow> {
  const user = await findUserInScope(db, actor, id);
  if (!user) throw notFound();
  return user;
}

export async function userDetail(kernel: Kernel, actor: ScopedActor, id: string): Promise<UserDetail> {
  const user = await userInScope(kernel.db, actor, id);
  return toUserDetail(user, await listUserAssignments(kernel.db, id), actor, kernel.clock.now());
}

export async function listUsers(kernel: Kernel, actor: ScopedActor, filter: UserListFilter) {
  const { rows, total } = await listUsersInScope(kernel.db, actor, filter);
  const now = kernel.clock.now();
  const items: UserListItem[] = rows.map((r) => toUserListItem(r, now));
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}

function phoneColumns(kernel: Kernel, phone: string | null): Pick<UserTable, 'phoneEnc' | 'phoneIndex' | 'phoneMasked'> {
  if (!phone) return { phoneEnc: null, phoneIndex: null, phoneMasked: null };
  return { phoneEnc: kernel.pii.encrypt(phone), phoneIndex: kernel.pii.blindIndex('phone', phone), phoneMasked: maskMobile(phone) };
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  orgId: string;
  phone?: string;
}

/** Creates an account with a generated password, shown once and to be changed at first sign-in. */
export async function createUser(kernel: Kernel, ctx: RequestContext, actor: ScopedActor, input: CreateUserInput) {
  const check = async (db: DbOrTrx) => {
    await orgInScope(db, actor, input.orgId);
    if (await usernameExists(db, input.username)) throw fail(identityErrors, 'USERNAME_TAKEN', { field: 'username' });
  };
  // Refuse early, before the slow hash; checked again inside the transaction.
  await check(kernel.db);
  const initialPassword = generatePassword(input.username);
  const passwordHash = await hashPassword(initialPassword);
  return kernel.db.transaction().execute(async (trx) => {
    await check(trx);
    const now = kernel.clock.now().toISOString();
    const id = newId();
    await insertUser(
      trx,
      newUserRow(
        {
          id,
          username: input.username,
          displayName: input.displayName,
          orgId: input.orgId,
          ...phoneColumns(kernel, input.phone ?? null),
          passwordHash,
          mustChangePassword: 1,
        },
        now,
      ),
    );
    await pushPasswordHistory(trx, id, passwordHash, now);
    const user = await userInScope(trx, actor, id);
    await kernel.audit.record(trx, ctx, {
      action: 'identity.user.create',
      entityType: 'user',
      entityId: id,
      orgId: input.orgId,
      after: userAuditState(user),
    });
    return { ...toUserDetail(user, [], actor, kernel.clock.now()), initialPassword };
  });
}

export interface UpdateUserInput {
  displayName?: string;
  phone?: string | null;
  orgId?: string;
  version: number;
}

export async function updateUser(kernel: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: UpdateUserInput) {
  return kernel.db.transaction().execute(async (trx) => {
    const user = await userInScope(trx, actor, id);
    if (input.orgId && input.orgId !== user.orgId) await orgInScope(trx, actor, input.orgId);
    const changes: Partial<UserTable> = { updatedAt: kernel.clock.now().toISOString() };
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.orgId !== undefined) changes.orgId = input.orgId;
    if (input.phone !== undefined) Object.assign(changes, phoneColumns(kernel, input.phone));
    if (!(await updateUserVersioned(trx, id, input.version, changes))) throw conflict({ field: 'version' });
    // The target organisation was checked, so the user is still within the scope.
    const after = await userInScope(trx, actor, id);
    await kernel.audit.record(trx, ctx, {
      action: 'identity.user.update',
      entityType: 'user',
      entityId: id,
      orgId: after.orgId,
      before: userAuditState(user),
      after: userAuditState(after),
    });
    return toUserDetail(after, await listUserAssignments(trx, id), actor, kernel.clock.now());
  });
}
