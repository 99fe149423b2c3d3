import { FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Access } from '../../../web/src/access/can';
import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';
import { type AidMessageKey, aidText } from './i18n';

/** Who sees cases: centre staff (application.read) and the assigned lawyers (case.work, own cases only). */
export const caseAccess: Access = { anyOf: ['legalAid.application.read', 'legalAid.case.work'] };
const subsidyAccess: Access = { anyOf: ['legalAid.subsidy.manage', 'legalAid.subsidy.approve'] };
const providerAccess: Access = { anyOf: ['legalAid.provider.manage', 'legalAid.assignment.manage', 'legalAid.duty.manage'] };
const dutyAccess: Access = { anyOf: ['legalAid.duty.manage', 'legalAid.case.work'] };
const hardshipAccess: Access = { anyOf: ['legalAid.settings.manage', 'legalAid.application.read'] };

interface Page {
  path: string;
  title: AidMessageKey;
  menu?: AidMessageKey;
  access: Access;
  page: WebRoute['page'];
}

const pages: Page[] = [
  {
    path: 'legal-aid/cases',
    title: 'page.queue',
    menu: 'menu.queue',
    access: caseAccess,
    page: lazy(() => import('./pages/workbench/queue/QueuePage')),
  },
  {
    path: 'legal-aid/notices',
    title: 'page.notices',
    menu: 'menu.notices',
    access: 'legalAid.application.read',
    page: lazy(() => import('./pages/workbench/queue/NoticesPage')),
  },
  {
    path: 'legal-aid/intake',
    title: 'page.intake',
    menu: 'menu.intake',
    access: 'legalAid.application.intake',
    page: lazy(() => import('./pages/workbench/intake/IntakePage')),
  },
  {
    path: 'legal-aid/cases/:id',
    title: 'page.detail',
    access: caseAccess,
    page: lazy(() => import('./pages/workbench/detail/CaseDetailPage')),
  },
  {
    path: 'legal-aid/objections',
    title: 'page.objections',
    menu: 'menu.objections',
    access: 'legalAid.objection.decide',
    page: lazy(() => import('./pages/workbench/objection/ObjectionsPage')),
  },
  {
    path: 'legal-aid/providers',
    title: 'page.providers',
    menu: 'menu.providers',
    access: providerAccess,
    page: lazy(() => import('./pages/registry/ProvidersPage')),
  },
  {
    path: 'legal-aid/duty',
    title: 'page.duty',
    menu: 'menu.duty',
    access: dutyAccess,
    page: lazy(() => import('./pages/registry/DutyPage')),
  },
  {
    path: 'legal-aid/hardship-standards',
    title: 'page.hardship',
    menu: 'menu.hardship',
    access: hardshipAccess,
    page: lazy(() => import('./pages/registry/HardshipPage')),
  },
  {
    path: 'legal-aid/settings/assignment',
    title: 'rules.title',
    menu: 'rules.menu',
    access: { anyOf: ['legalAid.assignment.manage', 'legalAid.settings.manage'] },
    page: lazy(() => import('./pages/registry/settings/AssignmentSettingsPage')),
  },
  {
    path: 'legal-aid/subsidies',
    title: 'page.subsidies',
    menu: 'menu.subsidies',
    access: subsidyAccess,
    page: lazy(() => import('./pages/registry/SubsidiesPage')),
  },
  {
    path: 'legal-aid/sampling',
    title: 'page.sampling',
    menu: 'menu.sampling',
    access: 'legalAid.quality.manage',
    page: lazy(() => import('./pages/registry/SamplingPage')),
  },
];

/** Workbench pages (paths relative to /workbench). */
export const workbenchRoutes: WebRoute[] = pages.map((p) => ({
  layout: 'workbench',
  path: p.path,
  title: aidText(p.title),
  access: p.access,
  page: p.page,
}));

/** Entries under the 法律援助 menu group. */
export const legalAidMenu: WebMenuItem[] = pages
  .filter((p) => p.menu)
  .map((p, i) => ({
    key: `legal-aid-${p.path.split('/').slice(1).join('-')}`,
    label: aidText(p.menu ?? p.title),
    icon: i === 0 ? <FileSearchOutlined /> : undefined,
    path: `/workbench/${p.path}`,
    access: p.access,
  }));

/** The statistics page: the module's registered metrics by centre (readers of statistics). */
workbenchRoutes.push({
  layout: 'workbench',
  path: 'legal-aid/stats',
  title: { zh: '法律援助统计', en: 'Legal aid statistics' },
  access: 'stats.metric.read',
  page: lazy(() => import('./pages/stats/StatsPage')),
});
legalAidMenu.push({
  key: 'legal-aid-stats',
  label: { zh: '法律援助统计', en: 'Statistics' },
  path: '/workbench/legal-aid/stats',
  access: 'stats.metric.read',
});
