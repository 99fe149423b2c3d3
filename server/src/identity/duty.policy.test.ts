import { describe, expect, it } from 'vitest';
import { canGrantScope, categoryOfPermissions, isDutyConflict } from './duty.policy';

describe('三员分立 isDutyConflict', () => {
  it.each([
    [[], 'system', false],
    [[], 'business', false],
    [['business'], 'business', false],
    [['system'], 'system', false],
    [['system'], 'security', true],
    [['security'], 'audit', true],
    [['audit'], 'system', true],
    [['system'], 'business', true],
    [['business'], 'audit', true],
  ] as const)('holding %j, adding %s → %s', (held, adding, conflict) => {
    expect(isDutyConflict(held, adding)).toBe(conflict);
  });
});

describe('categoryOfPermissions', () => {
  it.each([
    [['common'], 'business'],
    [['system', 'common', 'system'], 'system'],
    [['business', 'audit'], null],
    [[], 'business'],
  ] as const)('%j → %s', (cats, expected) => {
    expect(categoryOfPermissions(cats, 'business')).toBe(expected);
  });
});

describe('canGrantScope', () => {
  it.each([
    ['city', 'city', true],
    ['city', 'own', true],
    ['subtree', 'subtree', true],
    ['subtree', 'city', false],
    ['own', 'own', true],
    ['own', 'subtree', false],
  ] as const)('%s may grant %s → %s', (granter, granted, ok) => {
    expect(canGrantScope(granter, granted)).toBe(ok);
  });
});
