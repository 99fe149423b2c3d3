import { lazy } from 'react';
import type { WebRoute } from '../../../web/src/web-module';
import { medPortalText } from './i18n/portal';

const LandingPage = lazy(() => import('./pages/portal/LandingPage'));
const RequestPage = lazy(() => import('./pages/portal/RequestPage'));
const CasePage = lazy(() => import('./pages/portal/CasePage'));

/**
 * Portal pages (phone-first): what people's mediation is and the citizen's own cases, the request form,
 * and one case (consent, sessions, agreement, rating). Own cases need a signed-in citizen.
 */
export const portalRoutes: WebRoute[] = [
  { layout: 'portal', path: 'mediation', title: medPortalText('title.landing'), page: LandingPage },
  { layout: 'portal', path: 'mediation/request', title: medPortalText('title.request'), page: RequestPage },
  { layout: 'portal', path: 'mediation/cases/:id', title: medPortalText('title.case'), page: CasePage },
];
