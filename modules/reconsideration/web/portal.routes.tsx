import { lazy } from 'react';
import type { WebRoute } from '../../../web/src/web-module';
import { reconPortalText } from './portal-i18n';

const LandingPage = lazy(() => import('./pages/portal/LandingPage'));
const ApplyPage = lazy(() => import('./pages/portal/ApplyPage'));
const CasesPage = lazy(() => import('./pages/portal/CasesPage'));
const CasePage = lazy(() => import('./pages/portal/CasePage'));
const DecisionsPage = lazy(() => import('./pages/portal/DecisionsPage'));
const DecisionPage = lazy(() => import('./pages/portal/DecisionPage'));

/**
 * Portal pages of the module: public information and published decisions; applying and following
 * one's own cases need a signed-in citizen (the pages show the SMS sign-in link otherwise).
 */
export const portalRoutes: WebRoute[] = [
  { layout: 'portal', path: 'reconsideration', title: reconPortalText('title.landing'), page: LandingPage },
  { layout: 'portal', path: 'reconsideration/apply', title: reconPortalText('title.apply'), page: ApplyPage },
  { layout: 'portal', path: 'reconsideration/cases', title: reconPortalText('title.cases'), page: CasesPage },
  { layout: 'portal', path: 'reconsideration/cases/:id', title: reconPortalText('title.case'), page: CasePage },
  { layout: 'portal', path: 'reconsideration/decisions', title: reconPortalText('title.decisions'), page: DecisionsPage },
  { layout: 'portal', path: 'reconsideration/decisions/:id', title: reconPortalText('title.decision'), page: DecisionPage },
];
