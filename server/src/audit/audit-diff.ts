import { maskIdNumber } from '@tianping/common/validation/id-number';
import { maskAddress, maskMobile } from '@tianping/common/validation/phone';
import { maskPiiInText } from '@tianping/common/validation/pii-text';

/** camelCase words of a field name: `totpSecretEnc` → `totp`, `secret`, `enc`. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** Any of these words makes a field secret (`passwordHash`, `totpSecret`, `smsOtp`). */
const secretWords = new Set(['password', 'secret', 'otp', 'totp', 'cipher', 'credential']);
/** Ending in one of these makes it secret too (`tokenHash`, `phoneEnc`, `phoneIndex`), but not `tokenId`. */
const secretLastWords = new Set(['token', 'hash', 'enc', 'encrypted', 'index']);

function isSecretKey(key: string): boolean {
  const w = words(key);
  return w.some((x) => secretWords.has(x)) || secretLastWords.has(w.at(-1) ?? '');
}

/**
 * Masks a value by the name of its field — and any ID number or mobile number inside any
 * text — so no audit row ever holds personal data or secrets in clear. Nested objects and
 * arrays are masked field by field.
 */
export function maskForAudit(key: string, value: unknown): unknown {
  if (value == null) return value;
  if (isSecretKey(key)) return '[secret]';
  if (Array.isArray(value)) return value.map((v) => maskForAudit(key, v));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskForAudit(k, v)]));
  }
  if (typeof value !== 'string') return value;
  if (/idnumber/i.test(key)) return maskIdNumber(value);
  if (/phone|mobile/i.test(key)) return maskMobile(value);
  if (/address/i.test(key)) return maskAddress(value);
  return maskPiiInText(value);
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
