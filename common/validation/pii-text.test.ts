import { describe, expect, it } from 'vitest';
import { maskPiiInText } from './pii-text';

describe('maskPiiInText', () => {
  it.each([
    ['身份证 12010119900101123X 已核验', '身份证 1201**********123X 已核验'],
    ['id=12010119900101123x&x=1', 'id=1201**********123x&x=1'],
    ['请致电13812345678。', '请致电138****5678。'],
    ['+86 138-1234-5678', '138****5678'],
    ['0086 13812345678', '138****5678'],
    ['%2B8613812345678', '138****5678'],
    ['两个：13812345678，15900001111', '两个：138****5678，159****1111'],
  ])('masks %j', (text, expected) => {
    expect(maskPiiInText(text)).toBe(expected);
  });

  it.each(['1736312345678', '订单号 139123456789', '01JH3K8Q2M7ZT5V9X4W6Y8A0BC', '0.13912345678901', '12345678901', '2025-01-13 08:00'])(
    'leaves %j alone',
    (text) => {
      expect(maskPiiInText(text)).toBe(text);
    },
  );
});
