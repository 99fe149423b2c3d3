import { PhoneOutlined } from '@ant-design/icons';
import { defineWebModule } from '../../../web/src/web-module';
import { deskMenu, deskRoutes } from './desk.routes';
import { knowledgeMenu, knowledgeRoutes } from './knowledge.routes';
import { portalRoutes } from './portal.routes';
import { statsMenu, statsRoutes } from './stats.routes';

/**
 * The 12348 public legal service hotline: the agent desk, tickets, transfers, callbacks, follow-ups,
 * rosters (desk.routes), the knowledge base and online consultations (knowledge.routes), statistics
 * (stats.routes); the citizen's online consultation, survey page and public Q&A (portal.routes).
 */
export const hotlineWebModule = defineWebModule({
  id: 'hotline',
  label: { zh: '12348热线', en: '12348 hotline' },
  menu: [
    {
      key: 'hotline',
      label: { zh: '12348热线', en: '12348 hotline' },
      icon: <PhoneOutlined />,
      children: [...deskMenu, ...knowledgeMenu, ...statsMenu],
    },
  ],
  routes: [...deskRoutes, ...knowledgeRoutes, ...statsRoutes, ...portalRoutes],
});
