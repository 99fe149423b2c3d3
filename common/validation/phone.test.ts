import { describe, expect, it } from 'vitest';
import { isMobile, maskAddress, maskMobile, normaliseMobile } from './phone';
import { mobileSchema } from './schemas';

describe('mainland mobile numbers', () => {
  it.each(['13812345678', '15900000000', '16612345678', '17712345678', '18612345678', '19912345678'])('accepts %s', (value) => {
    expect(isMobile(value)).toBe(true);
  });

  it.each(['12812345678', '10012345678', '1381234567', '138123456789', '23812345678', '1381234567a', '', '022-23456789'])(
    'rejects %j',
    (value) => {
      expect(isMobile(value)).toBe(false);
    },
  );

  it.each([
    ['+86 138 1234 5678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['(138) 1234-5678', '13812345678'],
  ])('normalises %j', (raw, expected) => {
    expect(normaliseMobile(raw)).toBe(expected);
    expect(mobileSchema.parse(raw)).toBe(expected);
  });

  it('does not strip 86 from a number that is not a country code', () => {
    expect(normaliseMobile('86123')).toBe('86123');
    expect(mobileSchema.safeParse('86123').success).toBe(false);
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('123')).toBe('***');
  });

  it('masks addresses after the first six characters', () => {
    expect(maskAddress('天津市和平区南京路100号3门')).toBe('天津市和平区********');
    expect(maskAddress('和平区')).toBe('和**');
    expect(maskAddress('')).toBe('');
  });
});
