import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../web/src/api/api-error';
import { placePrefillError, prefillErrorName } from './prefill-errors';

/** The dialog's inputs as antd names them: a party row's members, the list itself, a record's members. */
const registered = [
  ['destination'],
  ['prefill', 'orgId'],
  ['prefill', 'parties'],
  ['prefill', 'parties', 0, 'role'],
  ['prefill', 'parties', 1, 'name'],
  ['prefill', 'act', 'kind'],
  ['prefill', 'act', 'documentNo'],
  ['note'],
];

describe('prefillErrorName', () => {
  it('puts the schema check’s `prefill.parties.1.name` on the second party’s name', () => {
    expect(prefillErrorName('prefill.parties.1.name', registered)).toEqual(['prefill', 'parties', 1, 'name']);
  });

  it('puts the target intake’s own names under prefill: `act.documentNo`, `parties` (both sides missing)', () => {
    expect(prefillErrorName('act.documentNo', registered)).toEqual(['prefill', 'act', 'documentNo']);
    expect(prefillErrorName('parties', registered)).toEqual(['prefill', 'parties']);
  });

  it('falls back to the enclosing list, then to a record’s first input', () => {
    expect(prefillErrorName('prefill.parties.1.idNumber', registered)).toEqual(['prefill', 'parties']);
    expect(prefillErrorName('prefill.act', registered)).toEqual(['prefill', 'act', 'kind']);
  });

  it('leaves the hotline’s own fields alone', () => {
    expect(prefillErrorName('destination', registered)).toBeUndefined();
    expect(prefillErrorName('prefill.respondentName', registered)).toBeUndefined();
  });
});

describe('placePrefillError', () => {
  it('renames the field and the issues, keeping the code and both messages', () => {
    const err = new ApiError(
      400,
      {
        code: 'MED_PARTY_MISSING',
        message: '当事人缺少一方',
        messageEn: 'A side is missing',
        field: 'parties',
        issues: [{ field: 'prefill.parties.1.name', code: 'VALIDATION_FAILED', message: '请填写', messageEn: 'Required' }],
      },
      'req-1',
    );
    const placed = placePrefillError(err, registered);
    expect(placed.field).toBe('prefill.parties');
    expect(placed.issues.map((i) => i.field)).toEqual(['prefill.parties.1.name']);
    expect([placed.status, placed.code, placed.messageZh, placed.messageEn, placed.requestId]).toEqual([
      400,
      'MED_PARTY_MISSING',
      '当事人缺少一方',
      'A side is missing',
      'req-1',
    ]);
  });
});
