import { describe, expect, it } from 'vitest';
import type { PermissionInfo, Role } from '../../api/types';
import { boundCategory } from './role-category';
import { isSelectable } from './PermissionMatrix';

const perm = (key: string, category: PermissionInfo['category']): PermissionInfo => ({
  module: key.split('.')[0]!,
  moduleLabel: { zh: '', en: '' },
  key,
  category,
  zh: key,
  en: key,
});
const catalogue = [perm('org.organisation.read', 'common'), perm('org.organisation.create', 'system'), perm('audit.event.read', 'audit')];

describe('boundCategory (三员分立 in the permission matrix)', () => {
  it('binds a built-in role to its own category', () => {
    const role = { builtin: true, category: 'audit' } as Role;
    expect(boundCategory(role, [], catalogue)).toBe('audit');
  });
  it('binds a custom role to the category of its first non-common permission', () => {
    expect(boundCategory(null, ['org.organisation.read'], catalogue)).toBeNull();
    expect(boundCategory(null, ['org.organisation.read', 'org.organisation.create'], catalogue)).toBe('system');
  });
  it('leaves common permissions selectable under any category', () => {
    expect(isSelectable(catalogue[0]!, 'audit')).toBe(true);
    expect(isSelectable(catalogue[1]!, 'audit')).toBe(false);
    expect(isSelectable(catalogue[1]!, null)).toBe(true);
  });
});
