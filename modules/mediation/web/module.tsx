import { TeamOutlined } from '@ant-design/icons';
import { defineWebModule } from '../../../web/src/web-module';
import { mediationMenu, workbenchRoutes } from './workbench.routes';
import { portalRoutes } from './portal.routes';

/** People's mediation (人民调解): workbench case pages, the mediator's phone view and the citizen's portal. */
export const mediationWebModule = defineWebModule({
  id: 'mediation',
  label: { zh: '人民调解', en: 'People’s mediation' },
  menu: [{ key: 'mediation', label: { zh: '人民调解', en: 'People’s mediation' }, icon: <TeamOutlined />, children: mediationMenu }],
  routes: [...workbenchRoutes, ...portalRoutes],
});
