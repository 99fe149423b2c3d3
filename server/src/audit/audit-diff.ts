import { maskIdNumber } from '@tianping/common/validation/id-number';
import { maskAddress, maskMobile } from '@tianping/common/validation/phone';

const secretKey = /password|secret|token|otp|totp|hash|cipher|enc$/i;
const idKey = /idNumber/i;
const phoneKey = /phone|mobile/i;
const addressKey = /address/i;

/** Masks a value by the name of its field, so no audit row ever holds personal data in clear. */
export function maskForAudit(key: string, value: unknown): unknown {
  if (value == null) return value;
  if (secretKey.test(key)) return '[secret]';
  if (typeof value !== 'string') return value;
  if (idKey.test(key)) return maskIdNumber(value);
  if (phoneKey.test(key)) return maskMobile(value);
  if (addressKey.test(key)) return maskAddress(value);
  return value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `{ field: [before, after] }` for every field that changed (all fields on create / delete). */
export function auditDiff(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): Record<string, [unknown, unknown]> | null {
  if (!before && !after) return null;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, [unknown, unknown]> = {};
  for (const k of [...keys].sort()) {
    const b = before?.[k];
    const a = after?.[k];
    if (before && after && same(a, b)) continue;
    out[k] = [maskForAudit(k, b ?? null), maskForAudit(k, a ?? null)];
  }
  return out;
}
