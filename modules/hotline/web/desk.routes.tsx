import { lazy } from 'react';
import type { Access } from '../../../web/src/access/can';
import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';
import { type DeskMessageKey, deskText } from './desk-i18n';

const readAccess: Access = { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.ticket.supervise'] };
const followUpAccess: Access = { anyOf: ['hotline.ticket.supervise', 'hotline.ticket.read'] };
const settingsAccess: Access = { anyOf: ['hotline.ticket.read', 'hotline.ticket.handle', 'hotline.settings.manage'] };

interface Page {
  path: string;
  title: DeskMessageKey;
  menu?: DeskMessageKey;
  access: Access;
  page: WebRoute['page'];
}

const pages: Page[] = [
  {
    path: 'hotline/desk',
    title: 'page.desk',
    menu: 'menu.desk',
    access: 'hotline.ticket.handle',
    page: lazy(() => import('./pages/desk/DeskPage')),
  },
  {
    path: 'hotline/tickets',
    title: 'page.tickets',
    menu: 'menu.tickets',
    access: readAccess,
    page: lazy(() => import('./pages/tickets/TicketListPage')),
  },
  {
    path: 'hotline/tickets/:id',
    title: 'page.ticket',
    access: readAccess,
    page: lazy(() => import('./pages/tickets/TicketDetailPage')),
  },
  {
    path: 'hotline/transfers',
    title: 'page.transfers',
    menu: 'menu.transfers',
    access: readAccess,
    page: lazy(() => import('./pages/handling/TransfersPage')),
  },
  {
    path: 'hotline/callbacks',
    title: 'page.callbacks',
    menu: 'menu.callbacks',
    access: readAccess,
    page: lazy(() => import('./pages/handling/CallbacksPage')),
  },
  {
    path: 'hotline/followups',
    title: 'page.followups',
    menu: 'menu.followups',
    access: followUpAccess,
    page: lazy(() => import('./pages/handling/FollowupsPage')),
  },
  {
    path: 'hotline/rosters',
    title: 'page.rosters',
    menu: 'menu.rosters',
    access: readAccess,
    page: lazy(() => import('./pages/rosters/RostersPage')),
  },
  {
    path: 'hotline/settings',
    title: 'page.settings',
    menu: 'menu.settings',
    access: settingsAccess,
    page: lazy(() => import('./pages/settings/SettingsPage')),
  },
];

/** Workbench pages of the hotline's desk part (paths relative to /workbench, under hotline/). */
export const deskRoutes: WebRoute[] = pages.map((p) => ({
  layout: 'workbench',
  path: p.path,
  title: deskText(p.title),
  access: p.access,
  page: p.page,
}));

/** Entries of the 12348热线 menu group. */
export const deskMenu: WebMenuItem[] = pages
  .filter((p) => p.menu)
  .map((p) => ({ key: `hotline-${p.path.split('/')[1]}`, label: deskText(p.menu!), path: `/workbench/${p.path}`, access: p.access }));
