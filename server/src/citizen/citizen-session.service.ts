import { citizenErrors, loginCodeMaxAttempts, type CitizenLoginBody, type CitizenMe } from '@tianping/common/contract/citizen';
import { maskMobile } from '@tianping/common/validation/phone';
import { createHash, randomBytes } from 'node:crypto';
import type { CitizenActor, RequestContext } from '../access/actor';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { newId } from '../db/ids';
import { fail, notFound } from '../http/errors';
import type { PiiService } from '../pii/pii.types';
import {
  findCitizen,
  findCitizenByPhoneIndex,
  findCitizenSession,
  insertCitizen,
  insertCitizenSession,
  recordCitizenLogin,
  revokeCitizenSession,
  touchCitizenSession,
} from './citizen.repository';
import { isLoginCodeUsable, loginCodeKey, loginCodeMatches } from './login-code';
import { consumeLoginCode, countWrongAttempt, latestLoginCode } from './login-code.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'pii' | 'clock' | 'config'>;

/** Portal sessions keep the staff limits: 30 minutes idle, 12 hours absolute (portal kiosks are shared). */
export const citizenIdleTimeoutMs = 30 * 60 * 1000;
export const citizenSessionLifetimeMs = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most once a minute per session. */
const touchIntervalMs = 60 * 1000;

export function citizenTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function present(pii: PiiService, c: { id: string; phoneEnc: string; name: string | null }): CitizenMe {
  return { citizen: { id: c.id, phoneMasked: maskMobile(pii.decrypt(c.phoneEnc)), ...(c.name ? { name: c.name } : {}) } };
}

type LoginOutcome = { error: keyof typeof citizenErrors } | { token: string; expiresAt: Date; me: CitizenMe };

/**
 * Signs a citizen in with the newest code sent to their phone, creating the citizen on first
 * sign-in. A wrong guess is counted (and committed) before the 401; the fifth ends the code.
 */
export async function citizenLogin(
  k: Services,
  ctx: RequestContext,
  input: CitizenLoginBody,
): Promise<{ token: string; expiresAt: Date; me: CitizenMe }> {
  const now = k.clock.now();
  const at = now.toISOString();
  const phoneIndex = k.pii.blindIndex('phone', input.phone);
  const outcome = await k.db.transaction().execute(async (trx): Promise<LoginOutcome> => {
    const code = await latestLoginCode(trx, phoneIndex);
    if (!code || !isLoginCodeUsable(code, now)) return { error: 'CODE_EXPIRED' };
    if (!loginCodeMatches(loginCodeKey(k.config.sessionSecret), code.id, input.code, code.codeHash)) {
      await countWrongAttempt(trx, code.id, loginCodeMaxAttempts);
      return { error: 'INVALID_CODE' };
    }
    if (!(await consumeLoginCode(trx, code.id, at, loginCodeMaxAttempts))) return { error: 'CODE_EXPIRED' };

    const phoneMasked = maskMobile(input.phone);
    let citizen = await findCitizenByPhoneIndex(trx, phoneIndex);
    const citizenId = citizen?.id ?? newId();
    const sessionId = newId();
    const asCitizen: RequestContext = { ...ctx, actor: { kind: 'citizen', citizenId, sessionId } };
    if (!citizen) {
      citizen = { id: citizenId, phoneEnc: k.pii.encrypt(input.phone), name: null };
      await insertCitizen(trx, { ...citizen, phoneIndex, createdAt: at, lastLoginAt: null });
      await k.audit.record(trx, asCitizen, {
        action: 'citizen.citizen.create',
        entityType: 'citizen',
        entityId: citizenId,
        after: { phone: phoneMasked },
      });
    }
    await recordCitizenLogin(trx, citizenId, at);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + citizenSessionLifetimeMs);
    await insertCitizenSession(trx, {
      id: sessionId,
      tokenHash: citizenTokenHash(token),
      citizenId,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: expiresAt.toISOString(),
      revokedAt: null,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await k.audit.record(trx, asCitizen, {
      action: 'citizen.session.create',
      entityType: 'citizenSession',
      entityId: sessionId,
      after: { citizenId, phone: phoneMasked, expiresAt: expiresAt.toISOString() },
    });
    return { token, expiresAt, me: present(k.pii, citizen) };
  });
  if ('error' in outcome) throw fail(citizenErrors, outcome.error, { field: 'code' });
  return outcome;
}

/** The actor of a live portal session (null when unknown, revoked, idle too long or expired); keeps it alive. */
export async function loadCitizenActor(db: DbOrTrx, now: Date, token: string): Promise<CitizenActor | null> {
  const session = await findCitizenSession(db, citizenTokenHash(token));
  if (!session || session.revokedAt || session.expiresAt <= now.toISOString()) return null;
  const idle = now.getTime() - new Date(session.lastSeenAt).getTime();
  if (idle >= citizenIdleTimeoutMs) return null;
  if (idle >= touchIntervalMs) await touchCitizenSession(db, session.id, now.toISOString());
  return { kind: 'citizen', citizenId: session.citizenId, sessionId: session.id };
}

export async function citizenMe(k: Pick<Kernel, 'db' | 'pii'>, actor: CitizenActor): Promise<CitizenMe> {
  const citizen = await findCitizen(k.db, actor.citizenId);
  if (!citizen) throw notFound();
  return present(k.pii, citizen);
}

export async function citizenLogout(k: Services, ctx: RequestContext, actor: CitizenActor): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const at = k.clock.now().toISOString();
    if (!(await revokeCitizenSession(trx, actor.sessionId, at))) return;
    await k.audit.record(trx, ctx, {
      action: 'citizen.session.revoke',
      entityType: 'citizenSession',
      entityId: actor.sessionId,
      before: { revokedAt: null },
      after: { revokedAt: at },
    });
  });
}
