import { describe, expect, it } from 'vitest';
import { auditDiff, maskForAudit } from './audit-diff';

describe('audit differences', () => {
  it('lists only the changed fields on update, every field on create and delete', () => {
    expect(auditDiff({ a: 1, b: 'x' }, { a: 2, b: 'x' })).toEqual({ a: [1, 2] });
    expect(auditDiff(null, { a: 1 })).toEqual({ a: [null, 1] });
    expect(auditDiff({ a: 1 }, null)).toEqual({ a: [1, null] });
    expect(auditDiff(null, undefined)).toBeNull();
  });

  it.each([
    ['password', 'x'],
    ['passwordHash', 'x'],
    ['totpSecretEnc', 'x'],
    ['tokenHash', 'x'],
    ['phoneEnc', 'x'],
    ['phoneIndex', 'x'],
    ['clientSecret', 'x'],
    ['smsOtp', 'x'],
  ])('hides the secret field %s', (key, value) => {
    expect(maskForAudit(key, value)).toBe('[secret]');
  });

  it.each([
    ['tokenId', '01JH3K8Q2M7ZT5V9X4W6Y8A0BC'],
    ['footprint', 'x'],
    ['code', 'TJSFJ-120101'],
    ['name', '张三'],
  ])('keeps the ordinary field %s', (key, value) => {
    expect(maskForAudit(key, value)).toBe(value);
  });

  it('masks personal data by field name, in nested objects and arrays, and inside free text', () => {
    expect(maskForAudit('idNumber', '12010119900101123X')).toBe('1201**********123X');
    expect(maskForAudit('contactPhone', '13812345678')).toBe('138****5678');
    expect(maskForAudit('homeAddress', '天津市和平区南京路100号')).toBe('天津市和平区*******');
    expect(maskForAudit('applicant', { name: '李四', idNumber: '12010119900101123X', phones: ['13812345678'] })).toEqual({
      name: '李四',
      idNumber: '1201**********123X',
      phones: ['138****5678'],
    });
    expect(maskForAudit('note', '申请人电话 13812345678，身份证 12010119900101123X')).toBe(
      '申请人电话 138****5678，身份证 1201**********123X',
    );
    expect(maskForAudit('count', 3)).toBe(3);
  });
});
