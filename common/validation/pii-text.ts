import { maskIdNumber } from './id-number';
import { maskMobile } from './phone';

/** 18-character resident ID numbers anywhere in a text (not inside a longer run of digits). */
const idNumberInText = /(?<!\d)\d{17}[\dXx](?!\d)/g;
/** Mainland mobile numbers, optionally with a country code (`+86`, `0086`, `86`, URL-encoded `%2B86`) and separators. */
const mobileInText = /(?<!\d)(?:(?:\+|%2B|00)?86[-\s]?)?(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})(?!\d)/gi;

/**
 * Masks every resident ID number and mobile number found in free text
 * (`1201**********123X`, `138****5678`), for texts that must not hold them in clear:
 * log lines, audit differences.
 */
export function maskPiiInText(text: string): string {
  return text
    .replace(idNumberInText, (id) => maskIdNumber(id))
    .replace(mobileInText, (_m, a: string, b: string, c: string) => maskMobile(a + b + c));
}
