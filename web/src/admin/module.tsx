import {
  ApartmentOutlined,
  AuditOutlined,
  KeyOutlined,
  MessageOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { Access } from '../access/can';
import { defineWebModule } from '../web-module';

type PageKey = 'orgs' | 'users' | 'roles' | 'tokens' | 'audit' | 'sms';
import { adminText } from './i18n/use-admin-t';

/**
 * Access keys of the core administration pages (server permission keys). The user list is
 * also open to whoever grants roles (the security administrator under 三员分立), exactly as
 * GET /api/users is on the server; account actions inside stay with identity.user.*.
 */
export const adminAccess: Record<PageKey, Access> = {
  orgs: 'org.organisation.read',
  users: { anyOf: ['identity.user.read', 'identity.role.assign'] },
  roles: 'identity.role.read',
  tokens: 'tokens.token.manage',
  audit: 'audit.event.read',
  sms: 'sms.outbox.read',
};

const pages = [
  { key: 'orgs', icon: <ApartmentOutlined />, page: lazy(() => import('./orgs/OrgsPage')) },
  { key: 'users', icon: <TeamOutlined />, page: lazy(() => import('./users/UsersPage')) },
  { key: 'roles', icon: <SafetyOutlined />, page: lazy(() => import('./roles/RolesPage')) },
  { key: 'tokens', icon: <KeyOutlined />, page: lazy(() => import('./tokens/TokensPage')) },
  { key: 'audit', icon: <AuditOutlined />, page: lazy(() => import('./audit/AuditPage')) },
  { key: 'sms', icon: <MessageOutlined />, page: lazy(() => import('./sms/SmsOutboxPage')) },
] as const;

/** The core's own administration pages, plugged in exactly like a business module. */
export const adminModule = defineWebModule({
  id: 'admin',
  label: adminText('menu.admin'),
  menu: [
    {
      key: 'admin',
      label: adminText('menu.admin'),
      icon: <SettingOutlined />,
      children: pages.map((p) => ({
        key: `admin-${p.key}`,
        label: adminText(`menu.${p.key}`),
        icon: p.icon,
        path: `/workbench/admin/${p.key}`,
        access: adminAccess[p.key],
      })),
    },
  ],
  routes: pages.map((p) => ({
    layout: 'workbench' as const,
    path: `admin/${p.key}`,
    title: adminText(`menu.${p.key}`),
    access: adminAccess[p.key],
    page: p.page,
  })),
});
