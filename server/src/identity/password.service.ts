import { identityErrors } from '@tianping/common/contract/identity';
import type { RequestContext, StaffActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { AppError, fail, notFound } from '../http/errors';
import { accountLocked } from './lockout';
import { recordFailure } from './login.service';
import { hashPassword, verifyPassword } from './password-hash';
import { describeProblems, historyProblem, passwordProblems } from './password-policy';
import { revokeUserSessions } from './session.repository';
import { findUserById, pushPasswordHistory, recentPasswordHashes, updateUserState } from './user.repository';

function policyError(problems: ReturnType<typeof passwordProblems>): AppError {
  const text = describeProblems(problems);
  return new AppError('PASSWORD_POLICY', { ...identityErrors.PASSWORD_POLICY, ...text }, { field: 'newPassword' });
}

/**
 * Rejects a new password that breaks the policy or repeats the current one or one of the
 * last five (400 PASSWORD_POLICY).
 */
export async function assertPasswordAllowed(
  db: DbOrTrx,
  user: { id: string; username: string; passwordHash: string },
  password: string,
): Promise<void> {
  const problems = passwordProblems(password, user.username);
  if (!problems.length) {
    const previous = new Set([user.passwordHash, ...(await recentPasswordHashes(db, user.id))]);
    for (const old of previous) {
      if (await verifyPassword(password, old)) {
        problems.push(historyProblem);
        break;
      }
    }
  }
  if (problems.length) throw policyError(problems);
}

/**
 * Sets a password from its hash (computed before the transaction: scrypt is slow) and records it
 * in the history. The caller decides whether it must be changed at the next sign-in.
 */
export async function storePasswordHash(db: DbOrTrx, at: Date, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
  const now = at.toISOString();
  await updateUserState(db, userId, {
    passwordHash,
    mustChangePassword: mustChange ? 1 : 0,
    failedAttempts: 0,
    lockedUntil: null,
    updatedAt: now,
  });
  await pushPasswordHistory(db, userId, passwordHash, now);
}

/** The signed-in user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  kernel: Kernel,
  ctx: RequestContext,
  actor: StaffActor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(kernel.db, actor.userId);
  if (!user) throw notFound();
  const now = kernel.clock.now();
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) throw accountLocked(user.lockedUntil, now);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw await recordFailure(
      kernel,
      ctx,
      user,
      'wrong current password',
      fail(identityErrors, 'CURRENT_PASSWORD_INCORRECT', { field: 'currentPassword' }),
    );
  }
  await assertPasswordAllowed(kernel.db, user, input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await kernel.db.transaction().execute(async (trx) => {
    await storePasswordHash(trx, now, user.id, passwordHash, false);
    const revoked = await revokeUserSessions(trx, user.id, now.toISOString(), actor.sessionId);
    await kernel.audit.record(trx, ctx, {
      action: 'identity.user.changePassword',
      entityType: 'user',
      entityId: user.id,
      orgId: user.orgId,
      // Keys avoid the word "password": the audit diff masks such keys entirely.
      before: { changeRequired: user.mustChangePassword === 1 },
      after: { changeRequired: false, revokedOtherSessions: revoked },
    });
  });
}
