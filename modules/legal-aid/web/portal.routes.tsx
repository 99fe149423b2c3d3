import { lazy } from 'react';
import type { WebRoute } from '../../../web/src/web-module';
import { aidPortalText } from './portal-i18n';

/** Portal pages: public information; applying and following one's cases need a signed-in citizen. */
export const portalRoutes: WebRoute[] = [
  { layout: 'portal', path: 'legal-aid', title: aidPortalText('title.landing'), page: lazy(() => import('./pages/portal/LandingPage')) },
  { layout: 'portal', path: 'legal-aid/apply', title: aidPortalText('title.apply'), page: lazy(() => import('./pages/portal/ApplyPage')) },
  { layout: 'portal', path: 'legal-aid/cases', title: aidPortalText('title.cases'), page: lazy(() => import('./pages/portal/CasesPage')) },
  {
    layout: 'portal',
    path: 'legal-aid/cases/:id',
    title: aidPortalText('title.case'),
    page: lazy(() => import('./pages/portal/CasePage')),
  },
];
