/**
 * Resident identity number (公民身份号码) per GB 11643-1999: 6-digit address code,
 * 8-digit birth date, 3-digit sequence, 1 check character (ISO 7064 MOD 11-2).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';
/** Province-level codes of GB/T 2260 (plus 71/81/82 for Taiwan, Hong Kong, Macao). */
// prettier-ignore
const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
]);
/** Earliest accepted birth year: nobody alive was born before 1900 (the standard's own 1880 example is rejected). */
const earliestBirthYear = 1900;

export type IdNumberProblem = 'format' | 'region' | 'birthDate' | 'checkDigit';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkChars[sum % 11]!;
}

/**
 * The canonical form people's input is reduced to before validation, storage and blind
 * indexing: full-width characters folded (NFKC), spaces removed, check character upper-case.
 */
export function normaliseIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** Returns the first problem found, or null when the (normalised) number is valid. `today` is YYYY-MM-DD. */
export function idNumberProblem(value: string, today: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  if (!provinceCodes.has(value.slice(0, 2))) return 'region';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const iso = birthDateOfIdNumber(value);
  if (y < earliestBirthYear || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || iso > today) {
    return 'birthDate';
  }
  if (idNumberCheckChar(value.slice(0, 17)) !== value[17]) return 'checkDigit';
  return null;
}

export function isIdNumber(value: string, today: string): boolean {
  return idNumberProblem(normaliseIdNumber(value), today) === null;
}

/** `120101199001011234` → `1201**********1234`: keep the first 4 and the last 4. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

export function birthDateOfIdNumber(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** GB 11643: the 17th digit is odd for men, even for women. */
export function sexOfIdNumber(value: string): 'male' | 'female' {
  return Number(value[16]) % 2 === 1 ? 'male' : 'female';
}
