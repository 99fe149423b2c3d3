import { identityErrors } from '@tianping/common/contract/identity';
import { generateSecret, generateURI } from 'otplib';
import type { RequestContext, StaffActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { fail, notFound } from '../http/errors';
import { checkTotp, recordFailure } from './login.service';
import { totpRequired } from './me.service';
import { findUserById, updateUserState } from './user.repository';

/** Shown by authenticator apps next to the account name. */
export const totpIssuer = '天平';

async function loadSelf(kernel: Kernel, actor: StaffActor) {
  const user = await findUserById(kernel.db, actor.userId);
  if (!user) throw notFound();
  return user;
}

/** Generates a new secret (stored encrypted, not yet enabled) and the otpauth:// URL for the QR code. */
export async function setupTotp(kernel: Kernel, ctx: RequestContext, actor: StaffActor): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await loadSelf(kernel, actor);
  if (user.totpEnabled) throw fail(identityErrors, 'TOTP_ALREADY_ENABLED');
  const secret = generateSecret();
  await kernel.db.transaction().execute(async (trx) => {
    await updateUserState(trx, user.id, {
      totpSecretEnc: kernel.pii.encrypt(secret),
      totpLastStep: null,
      updatedAt: kernel.clock.now().toISOString(),
    });
    await kernel.audit.record(trx, ctx, { action: 'identity.user.totpSetup', entityType: 'user', entityId: user.id, orgId: user.orgId });
  });
  return { secret, otpauthUrl: generateURI({ issuer: totpIssuer, label: user.username, secret }) };
}

/** Turns the second factor on once the user proves their app produces valid codes. */
export async function enableTotp(kernel: Kernel, ctx: RequestContext, actor: StaffActor, code: string): Promise<void> {
  const user = await loadSelf(kernel, actor);
  if (user.totpEnabled) throw fail(identityErrors, 'TOTP_ALREADY_ENABLED');
  if (!user.totpSecretEnc) throw fail(identityErrors, 'TOTP_NOT_SET_UP');
  const step = await checkTotp(kernel, user, code);
  if (step == null) throw fail(identityErrors, 'TOTP_CODE_INCORRECT', { field: 'code' });
  await kernel.db.transaction().execute(async (trx) => {
    await updateUserState(trx, user.id, { totpEnabled: 1, totpLastStep: step, updatedAt: kernel.clock.now().toISOString() });
    await kernel.audit.record(trx, ctx, {
      action: 'identity.user.totpEnable',
      entityType: 'user',
      entityId: user.id,
      orgId: user.orgId,
      before: { secondFactor: false },
      after: { secondFactor: true },
    });
  });
}

/** Turns the second factor off (a valid code is required; wrong codes count towards the lockout). */
export async function disableTotp(kernel: Kernel, ctx: RequestContext, actor: StaffActor, code: string): Promise<void> {
  const user = await loadSelf(kernel, actor);
  if (!user.totpEnabled) throw fail(identityErrors, 'TOTP_NOT_ENABLED');
  if (await totpRequired(kernel.db, user.id)) throw fail(identityErrors, 'TOTP_REQUIRED_BY_ROLE');
  const step = await checkTotp(kernel, user, code);
  if (step == null) {
    throw await recordFailure(
      kernel,
      ctx,
      user,
      'wrong second-factor code',
      fail(identityErrors, 'TOTP_CODE_INCORRECT', { field: 'code' }),
    );
  }
  await kernel.db.transaction().execute(async (trx) => {
    await updateUserState(trx, user.id, {
      totpEnabled: 0,
      totpSecretEnc: null,
      totpLastStep: null,
      updatedAt: kernel.clock.now().toISOString(),
    });
    await kernel.audit.record(trx, ctx, {
      action: 'identity.user.totpDisable',
      entityType: 'user',
      entityId: user.id,
      orgId: user.orgId,
      before: { secondFactor: true },
      after: { secondFactor: false },
    });
  });
}
