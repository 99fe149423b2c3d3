/** Mainland China mobile numbers: 11 digits, 1 then 3–9 (MIIT numbering plan). */
export const mobilePattern = /^1[3-9]\d{9}$/;

export function isMobile(value: string): boolean {
  return mobilePattern.test(value);
}

/** `13812345678` → `138****5678`. */
export function maskMobile(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Addresses keep their first six characters (usually the district) and hide the rest. */
export function maskAddress(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 6) return chars[0] + '*'.repeat(Math.max(chars.length - 1, 0));
  return chars.slice(0, 6).join('') + '*'.repeat(Math.min(chars.length - 6, 8));
}
