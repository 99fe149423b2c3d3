/** Mainland China mobile numbers: 11 digits, 1 then 3–9 (MIIT numbering plan). */
export const mobilePattern = /^1[3-9]\d{9}$/;

/**
 * The canonical form of a typed mobile number: full-width digits folded (NFKC), spaces and
 * dashes removed, the country code (`+86`, `0086`, `86`) dropped when 11 digits follow.
 */
export function normaliseMobile(value: string): string {
  const compact = value.normalize('NFKC').replace(/[\s()-]+/g, '');
  const national = /^(?:\+86|0086|86)(1\d{10})$/.exec(compact);
  return national ? national[1]! : compact;
}

export function isMobile(value: string): boolean {
  return mobilePattern.test(normaliseMobile(value));
}

/** `13812345678` → `138****5678`. */
export function maskMobile(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** Visible head of an address (usually district and street) and the most stars shown after it. */
const addressVisibleChars = 6;
const addressMaxStars = 8;

/** Addresses keep their first six characters and hide the rest. */
export function maskAddress(value: string): string {
  const chars = Array.from(value);
  if (chars.length === 0) return '';
  if (chars.length <= addressVisibleChars) return chars[0] + '*'.repeat(chars.length - 1);
  return chars.slice(0, addressVisibleChars).join('') + '*'.repeat(Math.min(chars.length - addressVisibleChars, addressMaxStars));
}
