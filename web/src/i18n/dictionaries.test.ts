import { describe, expect, it } from 'vitest';
import { adminEn } from '../admin/i18n/en';
import { adminZhCN } from '../admin/i18n/zh-CN';
import { en } from './en';
import { interpolate } from './translate';
import { zhCN } from './zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it.each([
    ['core', zhCN, en],
    ['admin', adminZhCN, adminEn],
  ])(
    '%s: every key has the same placeholders in both languages and no empty text',
    (_, zh: Record<string, string>, english: Record<string, string>) => {
      for (const key of Object.keys(zh)) {
        expect(placeholders(english[key] ?? ''), key).toEqual(placeholders(zh[key] ?? ''));
        expect(zh[key]?.trim(), key).not.toBe('');
        expect(english[key]?.trim(), key).not.toBe('');
      }
    },
  );
  it('interpolates placeholders and leaves unknown ones as written', () => {
    expect(interpolate('{n} 秒后可重新获取', { n: 42 })).toBe('42 秒后可重新获取');
    expect(interpolate('共 {n} 条 {x}', { n: 3 })).toBe('共 3 条 {x}');
  });
});
