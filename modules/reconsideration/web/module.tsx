import { AuditOutlined } from '@ant-design/icons';
import { defineWebModule } from '../../../web/src/web-module';
import { reconsiderationMenu, workbenchRoutes } from './workbench.routes';
import { portalRoutes } from './portal.routes';

/** Administrative reconsideration and litigation response: workbench pages and the applicant's portal. */
export const reconsiderationWebModule = defineWebModule({
  id: 'reconsideration',
  label: { zh: '行政复议', en: 'Reconsideration' },
  menu: [
    { key: 'reconsideration', label: { zh: '行政复议', en: 'Reconsideration' }, icon: <AuditOutlined />, children: reconsiderationMenu },
  ],
  routes: [...workbenchRoutes, ...portalRoutes],
});
