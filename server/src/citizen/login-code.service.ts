import { loginCodeTtlSeconds, smsCodeLimits } from '@tianping/common/contract/citizen';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext } from '../access/actor';
import type { Kernel } from '../core/module';
import { newId } from '../db/ids';
import { fail } from '../http/errors';
import { findCitizenByPhoneIndex } from './citizen.repository';
import { hashLoginCode, loginCodeKey, newLoginCode, secondsUntil } from './login-code';
import { claimThrottle, codesSince, holdThrottle, insertLoginCode, throttleTime } from './login-code.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'pii' | 'sms' | 'clock' | 'config'>;

const hourMs = 60 * 60 * 1000;
const intervalMs = smsCodeLimits.perPhoneIntervalSeconds * 1000;

const rateLimited = (retryAfterSeconds: number) =>
  fail(coreErrors, 'RATE_LIMITED', { headers: { 'retry-after': String(retryAfterSeconds) } });

/**
 * Sends a sign-in code by SMS. The limits (one per phone per minute, five per phone and twenty
 * per IP per hour) are read from and written to the database in one transaction, so they hold
 * across app processes; a refused request answers 429 with the seconds to wait in Retry-After.
 */
export async function sendLoginCode(k: Services, ctx: RequestContext, phone: string): Promise<void> {
  const now = k.clock.now();
  const at = now.toISOString();
  const hourAgo = new Date(now.getTime() - hourMs).toISOString();
  const phoneIndex = k.pii.blindIndex('phone', phone);
  const phoneKey = `phone:${phoneIndex}`;
  const code = newLoginCode();
  const id = newId();

  await k.db.transaction().execute(async (trx) => {
    // Lock order: IP, then phone — the same in every request, so two never wait on each other.
    await holdThrottle(trx, `ip:${ctx.ip}`, at);
    const waits: number[] = [];
    if (!(await claimThrottle(trx, phoneKey, at, new Date(now.getTime() - intervalMs).toISOString()))) {
      const last = await throttleTime(trx, phoneKey);
      waits.push(secondsUntil(new Date(new Date(last ?? at).getTime() + intervalMs), now));
    }
    for (const [by, limit] of [
      [{ phoneIndex }, smsCodeLimits.perPhonePerHour],
      [{ ip: ctx.ip }, smsCodeLimits.perIpPerHour],
    ] as const) {
      const window = await codesSince(trx, by, hourAgo);
      if (window.count >= limit) waits.push(secondsUntil(new Date(new Date(window.oldest ?? at).getTime() + hourMs), now));
    }
    // Throwing rolls back the stamps above: a refused request does not restart anyone's clock.
    if (waits.length) throw rateLimited(Math.max(...waits));

    await insertLoginCode(trx, {
      id,
      phoneIndex,
      codeHash: hashLoginCode(loginCodeKey(k.config.sessionSecret), id, code),
      ip: ctx.ip,
      createdAt: at,
      expiresAt: new Date(now.getTime() + loginCodeTtlSeconds * 1000).toISOString(),
      attempts: 0,
      consumedAt: null,
    });
    const citizen = await findCitizenByPhoneIndex(trx, phoneIndex);
    await k.audit.record(trx, ctx, {
      action: 'citizen.loginCode.send',
      entityType: 'citizen',
      entityId: citizen?.id ?? null,
      after: { phone },
    });
  });

  try {
    await k.sms.send({ phone, template: 'citizen.loginCode', params: { code } });
  } catch (cause) {
    throw fail(coreErrors, 'UNAVAILABLE', { cause });
  }
}
