import { FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Access } from '../../../web/src/access/can';
import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';
import { reconText } from './i18n';

/** Who sees cases: the reconsideration office (case.read) and respondent agencies (reply.submit). */
export const caseAccess: Access = { anyOf: ['reconsideration.case.read', 'reconsideration.reply.submit'] };

/** Entries under the 行政复议 menu group; other pages append their own entries to this array. */
export const reconsiderationMenu: WebMenuItem[] = [
  {
    key: 'reconsideration-cases',
    label: reconText('menu.cases'),
    icon: <FileSearchOutlined />,
    path: '/workbench/reconsideration/cases',
    access: caseAccess,
  },
];

/** Workbench pages (paths relative to /workbench); other pages append their own routes to this array. */
export const workbenchRoutes: WebRoute[] = [
  {
    layout: 'workbench',
    path: 'reconsideration/cases',
    title: reconText('page.cases'),
    access: caseAccess,
    page: lazy(() => import('./pages/workbench/cases/CaseListPage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/cases/new',
    title: reconText('page.intake'),
    access: 'reconsideration.case.intake',
    page: lazy(() => import('./pages/workbench/case-intake/CaseIntakePage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/cases/:id',
    title: reconText('page.detail'),
    access: caseAccess,
    page: lazy(() => import('./pages/workbench/case-detail/CaseDetailPage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/litigations',
    title: { zh: '行政应诉案件', en: 'Litigation-response cases' },
    access: 'reconsideration.litigation.read',
    page: lazy(() => import('./pages/litigation/LitigationsPage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/litigations/new',
    title: { zh: '登记应诉案件', en: 'Record a lawsuit' },
    access: 'reconsideration.litigation.manage',
    page: lazy(() => import('./pages/litigation/LitigationNewPage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/litigations/:id',
    title: { zh: '应诉案件', en: 'Lawsuit' },
    access: 'reconsideration.litigation.read',
    page: lazy(() => import('./pages/litigation/LitigationPage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/stats',
    title: { zh: '行政复议统计', en: 'Reconsideration statistics' },
    access: 'reconsideration.case.read',
    page: lazy(() => import('./pages/stats/StatsPage')),
  },
  {
    layout: 'workbench',
    path: 'reconsideration/settings',
    title: { zh: '行政复议设置', en: 'Reconsideration settings' },
    access: 'reconsideration.decision.review',
    page: lazy(() => import('./pages/settings/SettingsPage')),
  },
];

/** Menu entries of the litigation, statistics and settings pages (appended after the case pages). */
reconsiderationMenu.push(
  {
    key: 'reconsideration-litigations',
    label: { zh: '行政应诉', en: 'Litigation response' },
    path: '/workbench/reconsideration/litigations',
    access: 'reconsideration.litigation.read',
  },
  {
    key: 'reconsideration-stats',
    label: { zh: '行政复议统计', en: 'Statistics' },
    path: '/workbench/reconsideration/stats',
    access: 'reconsideration.case.read',
  },
  {
    key: 'reconsideration-settings',
    label: { zh: '行政复议设置', en: 'Settings' },
    path: '/workbench/reconsideration/settings',
    access: 'reconsideration.decision.review',
  },
);
