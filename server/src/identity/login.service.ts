import { identityErrors } from '@tianping/common/contract/identity';
import { verify as verifyTotp } from 'otplib';
import type { RequestContext, StaffActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { fail, type AppError } from '../http/errors';
import { accountLocked, lockoutMs, maxFailedAttempts } from './lockout';
import { verifyAgainstDummy, verifyPassword } from './password-hash';
import { revokeSession, revokeUserSessions } from './session.repository';
import { loadSessionActor, openSession } from './session.service';
import { findUserByUsername, incrementFailedAttempts, updateUserState } from './user.repository';
import type { UserTable } from './tables';

/** Tolerate one 30-second step of clock drift between the server and the authenticator app. */
export const totpTolerance = 30;

export async function checkTotp(
  kernel: Kernel,
  user: Pick<UserTable, 'totpSecretEnc' | 'totpLastStep'>,
  code: string,
): Promise<number | null> {
  if (!user.totpSecretEnc) return null;
  const secret = kernel.pii.decrypt(user.totpSecretEnc);
  const result = await verifyTotp({
    secret,
    token: code,
    epoch: Math.floor(kernel.clock.now().getTime() / 1000),
    epochTolerance: totpTolerance,
    ...(user.totpLastStep != null ? { afterTimeStep: user.totpLastStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/**
 * Counts a failed credential check (wrong password, wrong TOTP code) in its own committed
 * transaction and returns the error to throw: `otherwise`, or 423 when this fifth consecutive
 * failure locks the account.
 */
export async function recordFailure(
  kernel: Kernel,
  ctx: RequestContext,
  user: UserTable,
  reason: string,
  otherwise: AppError,
): Promise<AppError> {
  const now = kernel.clock.now();
  let lockedUntil: string | null = null;
  await kernel.db.transaction().execute(async (trx) => {
    const attempts = await incrementFailedAttempts(trx, user.id);
    if (attempts >= maxFailedAttempts) {
      lockedUntil = new Date(now.getTime() + lockoutMs).toISOString();
      await updateUserState(trx, user.id, { failedAttempts: 0, lockedUntil });
    }
    await kernel.audit.record(trx, ctx, {
      action: lockedUntil ? 'identity.user.lock' : 'identity.user.authFailed',
      entityType: 'user',
      entityId: user.id,
      orgId: user.orgId,
      after: lockedUntil ? { lockedUntil } : null,
      reason,
    });
  });
  return lockedUntil ? accountLocked(lockedUntil, now) : otherwise;
}

export interface LoginInput {
  username: string;
  password: string;
  totpCode?: string;
}

/** Staff sign-in: password, lockout, optional TOTP, then a new session. */
export async function login(
  kernel: Kernel,
  ctx: RequestContext,
  input: LoginInput,
): Promise<{ token: string; expiresAt: Date; actor: StaffActor }> {
  const user = await findUserByUsername(kernel.db, input.username.trim().toLowerCase());
  const now = kernel.clock.now();
  if (!user || !user.active) {
    await verifyAgainstDummy(input.password);
    throw fail(identityErrors, 'INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now.toISOString()) throw accountLocked(user.lockedUntil, now);
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw await recordFailure(kernel, ctx, user, 'wrong password', fail(identityErrors, 'INVALID_CREDENTIALS'));
  }

  let totpStep: number | null = null;
  if (user.totpEnabled) {
    if (!input.totpCode) throw fail(identityErrors, 'TOTP_REQUIRED', { field: 'totpCode' });
    totpStep = await checkTotp(kernel, user, input.totpCode);
    if (totpStep == null) {
      throw await recordFailure(kernel, ctx, user, 'wrong second-factor code', fail(identityErrors, 'TOTP_INVALID', { field: 'totpCode' }));
    }
  }

  return kernel.db.transaction().execute(async (trx) => {
    await updateUserState(trx, user.id, {
      failedAttempts: 0,
      lockedUntil: null,
      lastLoginAt: now.toISOString(),
      ...(totpStep != null ? { totpLastStep: totpStep } : {}),
    });
    const session = await openSession(trx, now, user.id, { ip: ctx.ip, userAgent: ctx.userAgent });
    const actor = (await loadSessionActor(trx, now, session.sessionId, { touch: false }))!;
    await kernel.audit.record(
      trx,
      { ...ctx, actor },
      {
        action: 'identity.session.login',
        entityType: 'user',
        entityId: user.id,
        orgId: user.orgId,
        after: { secondFactor: totpStep != null },
      },
    );
    return { token: session.token, expiresAt: session.expiresAt, actor };
  });
}

export async function logout(kernel: Kernel, ctx: RequestContext, actor: StaffActor): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    await revokeSession(trx, actor.sessionId, kernel.clock.now().toISOString());
    await kernel.audit.record(trx, ctx, { action: 'identity.session.logout', entityType: 'user', entityId: actor.userId });
  });
}

/** "Log out everywhere": revokes every session of the user, this one included. */
export async function logoutAll(kernel: Kernel, ctx: RequestContext, actor: StaffActor): Promise<void> {
  await kernel.db.transaction().execute(async (trx) => {
    const count = await revokeUserSessions(trx, actor.userId, kernel.clock.now().toISOString());
    await kernel.audit.record(trx, ctx, {
      action: 'identity.session.logoutAll',
      entityType: 'user',
      entityId: actor.userId,
      after: { revokedSessions: count },
    });
  });
}
