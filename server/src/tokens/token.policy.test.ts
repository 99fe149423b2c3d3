import type { PermissionCategory } from '@tianping/common/access/permission';
import { describe, expect, it } from 'vitest';
import { isExpiryAllowed, isScopeGrantable, isTokenGrantable, tokenPermissionProblem } from './token.policy';

const registered = new Map<string, { category: PermissionCategory }>([
  ['mediation.case.read', { category: 'business' }],
  ['org.organisation.read', { category: 'common' }],
  ['sms.outbox.read', { category: 'system' }],
  ['audit.event.read', { category: 'audit' }],
  ['tokens.token.manage', { category: 'security' }],
  ['identity.user.create', { category: 'system' }],
]);

describe('what a token may carry', () => {
  it.each([
    ['mediation.case.read', 'business', true],
    ['org.organisation.read', 'common', true],
    ['sms.outbox.read', 'system', true],
    ['audit.event.read', 'audit', true],
    ['tokens.token.manage', 'security', false],
    ['identity.user.create', 'system', false],
  ] as const)('%s (%s) grantable: %s', (key, category, ok) => {
    expect(isTokenGrantable(key, category)).toBe(ok);
  });

  it('names the first permission that is unknown, admin-only or not held', () => {
    const held = new Set(['mediation.case.read', 'tokens.token.manage', 'org.organisation.read']);
    expect(tokenPermissionProblem(['mediation.case.read', 'org.organisation.read'], held, registered)).toBeNull();
    expect(tokenPermissionProblem(['mediation.case.read', 'nope.x.y'], held, registered)).toEqual({
      index: 1,
      problem: 'UNKNOWN_PERMISSION',
    });
    expect(tokenPermissionProblem(['tokens.token.manage'], held, registered)).toEqual({ index: 0, problem: 'PERMISSION_NOT_FOR_TOKENS' });
    expect(tokenPermissionProblem(['org.organisation.read', 'sms.outbox.read'], held, registered)).toEqual({
      index: 1,
      problem: 'PERMISSION_NOT_HELD',
    });
  });

  it('lets a security administrator grant business permissions they do not hold (三员分立: they authorise, not use)', () => {
    const securityAdminHeld = new Set(['tokens.token.manage', 'org.organisation.read']);
    expect(tokenPermissionProblem(['mediation.case.read'], securityAdminHeld, registered)).toBeNull();
  });

  it.each([
    ['city', 'city', true],
    ['city', 'own', true],
    ['subtree', 'subtree', true],
    ['subtree', 'own', true],
    ['subtree', 'city', false],
    ['own', 'own', true],
    ['own', 'subtree', false],
    ['own', 'city', false],
  ] as const)('creator scope %s may grant %s: %s', (creator, requested, ok) => {
    expect(isScopeGrantable(creator, requested)).toBe(ok);
  });

  it('expires in the future and at most one calendar year ahead', () => {
    const now = new Date('2024-02-29T12:00:00.000Z');
    expect(isExpiryAllowed(new Date('2024-02-29T12:00:00.000Z'), now)).toBe(false);
    expect(isExpiryAllowed(new Date('2024-02-29T12:00:00.001Z'), now)).toBe(true);
    // 2025 has no 29 February: one year ahead is 1 March 2025, 12:00.
    expect(isExpiryAllowed(new Date('2025-03-01T12:00:00.000Z'), now)).toBe(true);
    expect(isExpiryAllowed(new Date('2025-03-01T12:00:00.001Z'), now)).toBe(false);
  });
});
