import { BookOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { defineWebModule } from '../web-module';

const LawsPage = lazy(() => import('../pages/portal/laws/LawsPage'));
const LawPage = lazy(() => import('../pages/portal/laws/LawPage'));
const label = { zh: '法律法规库', en: 'Law library' };

/** The law library: the same pages in the public portal and, for any staff member, in the workbench. */
export const lawsModule = defineWebModule({
  id: 'laws',
  label,
  menu: [{ key: 'laws', label, icon: <BookOutlined />, path: '/workbench/laws' }],
  routes: [
    { layout: 'portal', path: 'laws', title: label, page: LawsPage },
    { layout: 'portal', path: 'laws/:id', title: label, page: LawPage },
    { layout: 'workbench', path: 'laws', title: label, page: LawsPage },
    { layout: 'workbench', path: 'laws/:id', title: label, page: LawPage },
  ],
});
