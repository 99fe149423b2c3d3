import { describe, expect, it } from 'vitest';
import { canAccess } from '../../access/can';
import type { WebMenuItem } from '../../web-module';
import { menuTrail, visibleMenu } from './menu-items';

const label = { zh: 'x', en: 'x' };
const menu: WebMenuItem[] = [
  {
    key: 'admin',
    label,
    children: [
      { key: 'orgs', label, path: '/workbench/admin/orgs', access: 'org.organisation.read' },
      { key: 'users', label, path: '/workbench/admin/users', access: { anyOf: ['identity.user.read', 'identity.role.assign'] } },
    ],
  },
  { key: 'audit', label, children: [{ key: 'log', label, path: '/workbench/admin/audit', access: 'audit.event.read' }] },
];

describe('visibleMenu', () => {
  it('keeps what the permissions allow and drops emptied groups', () => {
    const perms = new Set(['identity.role.assign']);
    const visible = visibleMenu(menu, (a) => canAccess(perms, a));
    expect(visible.map((g) => g.key)).toEqual(['admin']);
    expect(visible[0]?.children?.map((i) => i.key)).toEqual(['users']);
  });
});

describe('menuTrail', () => {
  it('finds the group and entry of a page, including its sub-paths', () => {
    expect(menuTrail(menu, '/workbench/admin/orgs/123').map((i) => i.key)).toEqual(['admin', 'orgs']);
    expect(menuTrail(menu, '/workbench/admin/orgsx')).toEqual([]);
  });
});
