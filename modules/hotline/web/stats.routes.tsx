import { BarChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';
import { statsText } from './stats-i18n';

/** Workbench pages of the hotline's stats part (paths relative to /workbench, under hotline/). */
export const statsRoutes: WebRoute[] = [
  {
    layout: 'workbench',
    path: 'hotline/stats',
    title: statsText('page.title'),
    access: 'stats.metric.read',
    page: lazy(() => import('./pages/stats/StatsPage')),
  },
];

/** Entries of the 12348热线 menu group. */
export const statsMenu: WebMenuItem[] = [
  {
    key: 'hotline-stats',
    label: statsText('menu.stats'),
    icon: <BarChartOutlined />,
    path: '/workbench/hotline/stats',
    access: 'stats.metric.read',
  },
];
