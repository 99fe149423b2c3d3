import { ApartmentOutlined, AuditOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { Access } from '../../../../../web/src/access/can';
import type { WebMenuItem, WebRoute } from '../../../../../web/src/web-module';
import { campaignText } from '../../i18n/campaign';
import { orgText } from '../../i18n/organisation';

const orgRead: Access = { anyOf: ['mediation.committee.read', 'mediation.committee.manage', 'mediation.mediator.manage'] };
const campaignRead: Access = { anyOf: ['mediation.campaign.manage', 'mediation.committee.read'] };

/** Menu entries of committees, mediators and screening campaigns (engineer MB), under 人民调解. */
export const organisationMenu: WebMenuItem[] = [
  {
    key: 'mediation-committees',
    label: orgText('menu.committees'),
    icon: <ApartmentOutlined />,
    path: '/workbench/mediation/committees',
    access: orgRead,
  },
  {
    key: 'mediation-mediators',
    label: orgText('menu.mediators'),
    icon: <SolutionOutlined />,
    path: '/workbench/mediation/mediators',
    access: orgRead,
  },
  {
    key: 'mediation-campaigns',
    label: campaignText('menu.campaigns'),
    icon: <AuditOutlined />,
    path: '/workbench/mediation/campaigns',
    access: campaignRead,
  },
];

/** Workbench pages of committees, mediators and campaigns (paths relative to /workbench). */
export const organisationRoutes: WebRoute[] = [
  {
    layout: 'workbench',
    path: 'mediation/committees',
    title: orgText('page.committees'),
    access: orgRead,
    page: lazy(() => import('./CommitteeListPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/committees/new',
    title: orgText('page.committeeNew'),
    access: 'mediation.committee.manage',
    page: lazy(() => import('./CommitteeEditPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/committees/:orgId',
    title: orgText('page.committee'),
    access: orgRead,
    page: lazy(() => import('./CommitteeDetailPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/committees/:orgId/edit',
    title: orgText('page.committeeEdit'),
    access: 'mediation.committee.manage',
    page: lazy(() => import('./CommitteeEditPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/mediators',
    title: orgText('page.mediators'),
    access: orgRead,
    page: lazy(() => import('./MediatorListPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/mediators/:id',
    title: orgText('page.mediator'),
    access: orgRead,
    page: lazy(() => import('./MediatorDetailPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/campaigns',
    title: campaignText('page.campaigns'),
    access: campaignRead,
    page: lazy(() => import('../campaign/CampaignListPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/campaigns/:id',
    title: campaignText('page.campaign'),
    access: campaignRead,
    page: lazy(() => import('../campaign/CampaignDetailPage')),
  },
  {
    layout: 'workbench',
    path: 'mediation/campaigns/:id/report',
    title: campaignText('page.report'),
    access: campaignRead,
    page: lazy(() => import('../campaign/CampaignReportPage')),
  },
];
