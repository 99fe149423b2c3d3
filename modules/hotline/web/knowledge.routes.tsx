import { lazy } from 'react';
import type { Access } from '../../../web/src/access/can';
import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';
import { type KnowledgeMessageKey, knowledgeText } from './knowledge-i18n';

const kbRead: Access = {
  anyOf: [
    'hotline.knowledge.edit',
    'hotline.knowledge.review',
    'hotline.ticket.handle',
    'hotline.ticket.read',
    'hotline.consultation.answer',
  ],
};
const qaReview: Access = { anyOf: ['hotline.knowledge.review', 'hotline.consultation.answer'] };
const kbEdit: Access = 'hotline.knowledge.edit';

interface Page {
  path: string;
  title: KnowledgeMessageKey;
  menu?: KnowledgeMessageKey;
  access: Access;
  page: WebRoute['page'];
}

const pages: Page[] = [
  {
    path: 'hotline/knowledge',
    title: 'page.knowledge',
    menu: 'menu.knowledge',
    access: kbRead,
    page: lazy(() => import('./pages/knowledge/KnowledgeListPage')),
  },
  {
    path: 'hotline/knowledge/new',
    title: 'page.articleNew',
    access: kbEdit,
    page: lazy(() => import('./pages/knowledge/ArticleEditPage')),
  },
  { path: 'hotline/knowledge/:id', title: 'page.article', access: kbRead, page: lazy(() => import('./pages/knowledge/ArticlePage')) },
  {
    path: 'hotline/knowledge/:id/edit',
    title: 'page.articleEdit',
    access: kbEdit,
    page: lazy(() => import('./pages/knowledge/ArticleEditPage')),
  },
  {
    path: 'hotline/consultations',
    title: 'page.consultations',
    menu: 'menu.consultations',
    access: 'hotline.consultation.answer',
    page: lazy(() => import('./pages/consultations/ConsultationQueuePage')),
  },
  {
    path: 'hotline/consultations/:id',
    title: 'page.consultation',
    access: 'hotline.consultation.answer',
    page: lazy(() => import('./pages/consultations/ConsultationDetailPage')),
  },
  {
    path: 'hotline/public-qa',
    title: 'page.publicQa',
    menu: 'menu.publicQa',
    access: qaReview,
    page: lazy(() => import('./pages/consultations/PublicQaReviewPage')),
  },
];

/** Workbench pages of the hotline's knowledge part (paths relative to /workbench, under hotline/). */
export const knowledgeRoutes: WebRoute[] = pages.map((p) => ({
  layout: 'workbench',
  path: p.path,
  title: knowledgeText(p.title),
  access: p.access,
  page: p.page,
}));

/** Entries of the 12348热线 menu group. */
export const knowledgeMenu: WebMenuItem[] = pages
  .filter((p) => p.menu)
  .map((p) => ({ key: `hotline-${p.path.split('/')[1]}`, label: knowledgeText(p.menu!), path: `/workbench/${p.path}`, access: p.access }));
