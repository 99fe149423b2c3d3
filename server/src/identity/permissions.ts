import type { PermissionDef } from '@tianping/common/access/permission';

/**
 * Accounts are a system-administrator duty; roles and their assignment a security-administrator
 * duty (三员分立, GB/T 22239-2019 8.1.4.2 访问控制 and 8.1.10.4 安全管理中心).
 */
export const identityPermissions: PermissionDef[] = [
  { key: 'identity.user.read', category: 'system', zh: '查看用户', en: 'View users' },
  { key: 'identity.user.create', category: 'system', zh: '创建用户', en: 'Create users' },
  {
    key: 'identity.user.update',
    category: 'system',
    zh: '修改、停用、解锁用户及重置密码',
    en: 'Edit, deactivate and unlock users; reset passwords',
  },
  { key: 'identity.role.read', category: 'security', zh: '查看角色与权限', en: 'View roles and permissions' },
  { key: 'identity.role.manage', category: 'security', zh: '管理角色', en: 'Manage roles' },
  { key: 'identity.role.assign', category: 'security', zh: '为用户分配角色', en: 'Assign roles to users' },
];
