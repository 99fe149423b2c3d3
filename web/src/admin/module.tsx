import {
  ApartmentOutlined,
  CalculatorOutlined,
  CalendarOutlined,
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

type PageKey = 'orgs' | 'users' | 'roles' | 'tokens' | 'audit' | 'sms' | 'calendar';
import { adminText } from './i18n/use-admin-t';

/**
 * Access keys of the core administration pages (server permission keys). The user list is
 * also open to whoever grants roles (the security administrator under 三员分立), exactly as
 * GET /api/users is on the server; account actions inside stay with identity.user.*.
 */
export const adminAccess: Record<PageKey, Access | undefined> = {
  orgs: 'org.organisation.read',
  users: { anyOf: ['identity.user.read', 'identity.role.assign'] },
  roles: 'identity.role.read',
  tokens: 'tokens.token.manage',
  audit: 'audit.event.read',
  sms: 'sms.outbox.read',
  // Any staff member reads the calendar; entering a year needs calendar.year.manage (checked on the page and the server).
  calendar: undefined,
};

const pages = [
  { key: 'orgs', icon: <ApartmentOutlined />, page: lazy(() => import('./orgs/OrgsPage')) },
  { key: 'users', icon: <TeamOutlined />, page: lazy(() => import('./users/UsersPage')) },
  { key: 'roles', icon: <SafetyOutlined />, page: lazy(() => import('./roles/RolesPage')) },
  { key: 'tokens', icon: <KeyOutlined />, page: lazy(() => import('./tokens/TokensPage')) },
  { key: 'audit', icon: <AuditOutlined />, page: lazy(() => import('./audit/AuditPage')) },
  { key: 'sms', icon: <MessageOutlined />, page: lazy(() => import('./sms/SmsOutboxPage')) },
  { key: 'calendar', icon: <CalendarOutlined />, page: lazy(() => import('./calendar/CalendarPage')) },
] as const;

const DeadlinePage = lazy(() => import('./calendar/DeadlinePage'));

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
    { key: 'tools-deadline', label: adminText('menu.deadline'), icon: <CalculatorOutlined />, path: '/workbench/tools/deadline' },
  ],
  routes: [
    ...pages.map((p) => ({
      layout: 'workbench' as const,
      path: `admin/${p.key}`,
      title: adminText(`menu.${p.key}`),
      access: adminAccess[p.key],
      page: p.page,
    })),
    { layout: 'workbench' as const, path: 'tools/deadline', title: adminText('menu.deadline'), page: DeadlinePage },
  ],
});
