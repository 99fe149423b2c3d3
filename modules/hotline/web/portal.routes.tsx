import { lazy } from 'react';
import type { WebRoute } from '../../../web/src/web-module';
import { type HotlinePortalMessageKey, hotlinePortalText } from './portal-i18n';

const pages: [path: string, title: HotlinePortalMessageKey, page: WebRoute['page']][] = [
  ['hotline', 'title.landing', lazy(() => import('./pages/portal/LandingPage'))],
  ['hotline/survey/:token', 'title.survey', lazy(() => import('./pages/portal/SurveyPage'))],
  ['hotline/ask', 'title.ask', lazy(() => import('./pages/portal/AskPage'))],
  ['hotline/consultations', 'title.consultations', lazy(() => import('./pages/portal/ConsultationsPage'))],
  ['hotline/consultations/:id', 'title.consultation', lazy(() => import('./pages/portal/ConsultationPage'))],
  ['hotline/qa', 'title.qa', lazy(() => import('./pages/portal/QaListPage'))],
  ['hotline/qa/:id', 'title.qaArticle', lazy(() => import('./pages/portal/QaArticlePage'))],
  ['hotline/contacts', 'title.contacts', lazy(() => import('./pages/portal/ContactsPage'))],
];

/**
 * Portal pages: the 12348 landing page, online consultation (ask, mine, one), the survey page opened
 * from the SMS link (no login), public Q&A (no login) and the citizen's hotline contacts.
 */
export const portalRoutes: WebRoute[] = pages.map(([path, title, page]) => ({
  layout: 'portal',
  path,
  title: hotlinePortalText(title),
  page,
}));
