import { identityErrors } from '@tianping/common/contract/identity';
import { AppError } from '../http/errors';

/** Five consecutive failures lock the account for fifteen minutes (等保 2.0 8.1.4.1 b: 登录失败处理). */
export const maxFailedAttempts = 5;
export const lockoutMs = 15 * 60 * 1000;

const beijingOffsetMs = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026年3月1日 10:15` in Beijing time (China has no daylight saving time). */
export function beijingTime(iso: string): { zh: string; en: string } {
  const t = new Date(new Date(iso).getTime() + beijingOffsetMs);
  const [y, m, d, hh, mm] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
  return { zh: `${y}年${m}月${d}日 ${pad(hh)}:${pad(mm)}`, en: `${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mm)}` };
}

/** 423 ACCOUNT_LOCKED whose message says until when, with a Retry-After header. */
export function accountLocked(lockedUntil: string, now: Date): AppError {
  const at = beijingTime(lockedUntil);
  const def = identityErrors.ACCOUNT_LOCKED;
  const seconds = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 1000));
  return new AppError(
    'ACCOUNT_LOCKED',
    {
      ...def,
      zh: `账号因连续 ${maxFailedAttempts} 次登录失败已被锁定，请于 ${at.zh}（北京时间）后重试，或联系系统管理员解锁`,
      en: `The account is locked after ${maxFailedAttempts} failed sign-ins; try again after ${at.en} (Beijing time) or ask an administrator to unlock it`,
    },
    { headers: { 'retry-after': String(seconds) } },
  );
}
