import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { applyFieldErrors, toNamePath } from './form-errors';

function fakeForm(names: (string | number)[][]) {
  const set: { name: (string | number)[]; errors: string[] }[] = [];
  const form = {
    getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (fields: typeof set) => set.push(...fields),
  } as unknown as FormInstance;
  return { form, set };
}

describe('toNamePath', () => {
  it('splits dotted paths, turns indexes into numbers and drops a leading body', () => {
    expect(toNamePath('newPassword')).toEqual(['newPassword']);
    expect(toNamePath('permissions.0')).toEqual(['permissions', 0]);
    expect(toNamePath('body.applicant.idNumber')).toEqual(['applicant', 'idNumber']);
  });
});

describe('applyFieldErrors', () => {
  it('puts each issue under its field in the chosen language and returns the rest', () => {
    const { form, set } = fakeForm([['username'], ['orgId']]);
    const err = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: '提交的数据不符合要求',
      messageEn: 'The submitted data is invalid',
      field: 'username',
      issues: [
        { field: 'username', code: 'invalid_format', message: '格式不正确', messageEn: 'bad username' },
        { field: 'displayName', code: 'too_small', message: '长度或数值过小', messageEn: 'too short' },
      ],
    });
    const unplaced = applyFieldErrors(form, err, 'en');
    expect(set).toEqual([{ name: ['username'], errors: ['bad username'] }]);
    expect(unplaced.map((i) => i.field)).toEqual(['displayName']);
  });

  it('uses the single `field` when there are no issues', () => {
    const { form, set } = fakeForm([['currentPassword'], ['newPassword']]);
    const err = new ApiError(400, { code: 'PASSWORD_POLICY', message: '新密码不符合密码策略', messageEn: 'policy', field: 'newPassword' });
    expect(applyFieldErrors(form, err, 'zh-CN')).toEqual([]);
    expect(set).toEqual([{ name: ['newPassword'], errors: ['新密码不符合密码策略'] }]);
  });

  it('places an item error (permissions.2) on its list field', () => {
    const { form, set } = fakeForm([['permissions']]);
    const err = new ApiError(400, {
      code: 'PERMISSION_NOT_FOR_TOKENS',
      message: '不能授予',
      messageEn: 'not for tokens',
      field: 'permissions.2',
    });
    expect(applyFieldErrors(form, err, 'zh-CN')).toEqual([]);
    expect(set[0]?.name).toEqual(['permissions']);
  });
});
