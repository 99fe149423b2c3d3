import { SafetyOutlined } from '@ant-design/icons';
import { defineWebModule } from '../../../web/src/web-module';
import { portalRoutes } from './portal.routes';
import { legalAidMenu, workbenchRoutes } from './workbench.routes';

/** Legal aid (法律援助法, 2022): the review queue, assignment, casework and registers; the applicant's portal. */
export const legalAidWebModule = defineWebModule({
  id: 'legalAid',
  label: { zh: '法律援助', en: 'Legal aid' },
  menu: [{ key: 'legal-aid', label: { zh: '法律援助', en: 'Legal aid' }, icon: <SafetyOutlined />, children: legalAidMenu }],
  routes: [...workbenchRoutes, ...portalRoutes],
});
