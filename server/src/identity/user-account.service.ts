import { identityErrors } from '@tianping/common/contract/identity';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { conflict, fail } from '../http/errors';
import { listUserAssignments } from './assignment.repository';
import { hashPassword } from './password-hash';
import { generatePassword } from './password-policy';
import { revokeUserSessions } from './session.repository';
import type { UserTable } from './tables';
import { userInScope } from './user-admin.service';
import { toUserDetail } from './user.presenter';
import { pushPasswordHistory, updateUserVersioned } from './user.repository';

interface Step {
  changes: Partial<UserTable>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** End every session of the user (reset, deactivation). */
  endSessions?: boolean;
}

/**
 * One administrative action on a user in scope: change some columns (bumping the version),
 * optionally end the user's sessions, and audit — all in one transaction.
 */
async function accountAction(
  kernel: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  action: string,
  decide: (user: UserTable, trx: Trx) => Promise<Step> | Step,
) {
  return kernel.db.transaction().execute(async (trx) => {
    const user = await userInScope(trx, actor, id);
    const step = await decide(user, trx);
    const now = kernel.clock.now().toISOString();
    if (!(await updateUserVersioned(trx, id, user.version, { ...step.changes, updatedAt: now }))) throw conflict();
    const revoked = step.endSessions ? await revokeUserSessions(trx, id, now) : 0;
    await kernel.audit.record(trx, ctx, {
      action,
      entityType: 'user',
      entityId: id,
      orgId: user.orgId,
      before: step.before,
      after: step.endSessions ? { ...step.after, revokedSessions: revoked } : step.after,
    });
    return toUserDetail(await userInScope(trx, actor, id), await listUserAssignments(trx, id), actor, kernel.clock.now());
  });
}

/** A new generated password, to be changed at the next sign-in; unlocks the account and ends its sessions. */
export async function resetPassword(kernel: Kernel, ctx: RequestContext, actor: ScopedActor, id: string) {
  const target = await userInScope(kernel.db, actor, id);
  const temporaryPassword = generatePassword(target.username);
  const passwordHash = await hashPassword(temporaryPassword); // slow: outside the transaction
  const detail = await accountAction(kernel, ctx, actor, id, 'identity.user.resetPassword', async (user, trx) => {
    await pushPasswordHistory(trx, user.id, passwordHash, kernel.clock.now().toISOString());
    return {
      changes: { passwordHash, mustChangePassword: 1, failedAttempts: 0, lockedUntil: null },
      // Keys avoid the word "password": the audit diff masks such keys entirely.
      before: { changeRequired: user.mustChangePassword === 1, lockedUntil: user.lockedUntil },
      after: { changeRequired: true, lockedUntil: null },
      endSessions: true,
    };
  });
  return { ...detail, temporaryPassword };
}

export async function unlockUser(kernel: Kernel, ctx: RequestContext, actor: ScopedActor, id: string) {
  return accountAction(kernel, ctx, actor, id, 'identity.user.unlock', (user) => ({
    changes: { failedAttempts: 0, lockedUntil: null },
    before: { failedAttempts: user.failedAttempts, lockedUntil: user.lockedUntil },
    after: { failedAttempts: 0, lockedUntil: null },
  }));
}

/** Deactivation keeps the account and its history (never deleted) and ends its sessions. */
export async function deactivateUser(kernel: Kernel, ctx: RequestContext, actor: ScopedActor, id: string) {
  if (actor.kind === 'staff' && actor.userId === id) throw fail(identityErrors, 'SELF_DEACTIVATION');
  return accountAction(kernel, ctx, actor, id, 'identity.user.deactivate', (user) => ({
    changes: { active: 0 },
    before: { active: user.active === 1 },
    after: { active: false },
    endSessions: true,
  }));
}

export async function activateUser(kernel: Kernel, ctx: RequestContext, actor: ScopedActor, id: string) {
  return accountAction(kernel, ctx, actor, id, 'identity.user.activate', (user) => ({
    changes: { active: 1 },
    before: { active: user.active === 1 },
    after: { active: true },
  }));
}
