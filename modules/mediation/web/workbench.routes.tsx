import { CalendarOutlined, FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Access } from '../../../web/src/access/can';
import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';
import { medText } from './i18n';
import { organisationMenu, organisationRoutes } from './pages/organisation/routes';

/** Who sees cases: committee staff and mediators (case.read) and district supervisors (scope decides). */
export const caseAccess: Access = 'mediation.case.read';

/** Entries under the 人民调解 menu group; other pages append their own entries to this array. */
export const mediationMenu: WebMenuItem[] = [
  {
    key: 'mediation-today',
    label: medText('menu.today'),
    icon: <CalendarOutlined />,
    path: '/workbench/mediation/today',
    access: 'mediation.case.handle',
  },
  {
    key: 'mediation-cases',
    label: medText('menu.cases'),
    icon: <FileSearchOutlined />,
    path: '/workbench/mediation/cases',
    access: caseAccess,
  },
  {
    key: 'mediation-referrers',
    label: medText('menu.referrers'),
    path: '/workbench/mediation/referrers',
    access: 'mediation.settings.manage',
  },
  ...organisationMenu,
  {
    key: 'mediation-stats',
    label: { zh: '人民调解统计', en: 'Statistics' },
    path: '/workbench/mediation/stats',
    access: 'stats.metric.read',
  },
  {
    key: 'mediation-settings',
    label: medText('menu.settings'),
    path: '/workbench/mediation/settings',
    access: 'mediation.settings.manage',
  },
  {
    key: 'mediation-rules',
    label: medText('rules.menu'),
    path: '/workbench/mediation/settings/rules',
    access: 'mediation.settings.manage',
  },
];

/** Workbench pages (paths relative to /workbench); other pages append their own routes to this array. */
export const workbenchRoutes: WebRoute[] = [
  {
    layout: 'workbench',
    path: 'mediation/today',
    title: medText('page.today'),
    access: 'mediation.case.handle',
    page: lazy(() => import('./pages/workbench/today/TodayPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/cases',
    title: medText('page.cases'),
    access: caseAccess,
    page: lazy(() => import('./pages/workbench/cases/CaseListPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/cases/new',
    title: medText('page.intake'),
    access: 'mediation.case.intake',
    page: lazy(() => import('./pages/workbench/intake/CaseIntakePage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/cases/:id',
    title: medText('page.detail'),
    access: caseAccess,
    page: lazy(() => import('./pages/workbench/detail/CaseDetailPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/cases/:id/session',
    title: medText('session.formTitle'),
    access: 'mediation.case.handle',
    page: lazy(() => import('./pages/workbench/today/SessionPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/referrers',
    title: medText('page.referrers'),
    access: 'mediation.settings.manage',
    page: lazy(() => import('./pages/settings/ReferrersPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/settings',
    title: medText('page.settings'),
    access: 'mediation.settings.manage',
    page: lazy(() => import('./pages/settings/TargetsPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/settings/rules',
    title: medText('rules.page'),
    access: 'mediation.settings.manage',
    page: lazy(() => import('./pages/settings/RulesPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/stats',
    title: { zh: '人民调解统计', en: 'Mediation statistics' },
    access: 'stats.metric.read',
    page: lazy(() => import('./pages/stats/StatsPage')),
  },
  ...organisationRoutes,
];
