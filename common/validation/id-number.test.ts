import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  idNumberCheckChar,
  idNumberProblem,
  isIdNumber,
  maskIdNumber,
  normaliseIdNumber,
  sexOfIdNumber,
} from './id-number';
import { idNumberSchema } from './schemas';

/**
 * An independent formulation of ISO 7064 MOD 11-2 (as written in GB 11643 §6.2): the weight
 * of the digit at position i counted from the right (the check character is i = 1) is
 * 2^(i−1) mod 11; the check value is (12 − Σ mod 11) mod 11, with 10 written as X.
 */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(first17[k]) * (2 ** (17 - k) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

function synthetic(region: string, birth: string, sequence: string): string {
  const first17 = region + birth + sequence;
  return first17 + referenceCheckChar(first17);
}

const today = '2025-06-30';

describe('GB 11643 resident ID numbers', () => {
  it('accepts the examples printed in the standard', () => {
    expect(idNumberProblem('11010519491231002X', today)).toBeNull();
    // The standard's second example was born in 1880: its check character is right, but
    // nobody alive was born before 1900, so the platform rejects the birth date.
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
    expect(idNumberProblem('440524188001010014', today)).toBe('birthDate');
  });

  it.each([
    ['120101', '19900101', '123'], // 和平区
    ['120116', '20000229', '456'], // 滨海新区, leap day
    ['120225', '19651015', '001'], // 蓟州区
    ['120104', '19781231', '998'],
    ['120110', '20250630', '007'], // born today
  ])('computes the check character of %s %s %s like the standard', (region, birth, sequence) => {
    const id = synthetic(region, birth, sequence);
    expect(idNumberCheckChar(id.slice(0, 17))).toBe(id[17]);
    expect(idNumberProblem(id, today)).toBeNull();
  });

  it('finds a number whose check character is X and accepts it', () => {
    let found: string | undefined;
    for (let n = 0; n < 1000 && !found; n++) {
      const id = synthetic('120102', '19850317', String(n).padStart(3, '0'));
      if (id.endsWith('X')) found = id;
    }
    expect(found).toBeDefined();
    expect(idNumberProblem(found!, today)).toBeNull();
  });

  it('rejects a wrong check character', () => {
    const id = synthetic('120101', '19900101', '123');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(idNumberProblem(wrong, today)).toBe('checkDigit');
  });

  it.each([
    ['19900230', 'no 30 February'],
    ['19900431', 'no 31 April'],
    ['19001301', 'no 13th month'],
    ['19000100', 'no day 0'],
    ['18991231', 'before 1900'],
    ['21000101', 'in the future'],
    ['20250701', 'tomorrow'],
    ['20230229', '2023 is not a leap year'],
  ])('rejects the birth date %s (%s)', (birth) => {
    expect(idNumberProblem(synthetic('120101', birth, '123'), today)).toBe('birthDate');
  });

  it.each(['000000', '990101', '100101', '700101'])('rejects the region prefix %s', (region) => {
    expect(idNumberProblem(synthetic(region, '19900101', '123'), today)).toBe('region');
  });

  it.each(['', '12010119900101123', '1201011990010112345', '12010119900101123Y', '12010119900101123x', '１２０１０１'])(
    'rejects the malformed value %j',
    (value) => {
      expect(idNumberProblem(value, today)).toBe('format');
    },
  );

  it('normalises lower-case x, spaces and full-width digits', () => {
    let withX = '';
    for (let n = 0; n < 1000 && !withX; n++) {
      const id = synthetic('120103', '19920808', String(n).padStart(3, '0'));
      if (id.endsWith('X')) withX = id;
    }
    const lower = withX.slice(0, 17) + 'x';
    expect(normaliseIdNumber(` ${lower.slice(0, 6)} ${lower.slice(6)} `)).toBe(withX);
    const fullWidth = withX.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(normaliseIdNumber(fullWidth)).toBe(withX);
    expect(isIdNumber(lower, today)).toBe(true);
    expect(idNumberSchema.parse(lower)).toBe(withX);
  });

  it('reports the problem through the zod schema', () => {
    const result = idNumberSchema.safeParse(synthetic('120101', '19900230', '123'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('birthDate');
  });

  it('masks to the first four and the last four characters', () => {
    expect(maskIdNumber('12010119900101123X')).toBe('1201**********123X');
    expect(maskIdNumber('12010119900101123X')).toHaveLength(18);
    expect(maskIdNumber('1234567')).toBe('*******');
  });

  it('reads the birth date and the sex', () => {
    const id = synthetic('120101', '19900101', '123');
    expect(birthDateOfIdNumber(id)).toBe('1990-01-01');
    expect(sexOfIdNumber(id)).toBe('male');
    expect(sexOfIdNumber(synthetic('120101', '19900101', '124'))).toBe('female');
  });
});
