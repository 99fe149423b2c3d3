import { caseNumberPermissions } from '@tianping/common/contract/casenumbers';
import { defineServerModule } from '../core/module';
import { caseNumberRoutes } from './case-number.routes';
import { caseNumberMigrations } from './migrations';
import './tables';

export const caseNumbersModule = defineServerModule({
  id: 'casenumbers',
  label: { zh: '案号', en: 'Case numbers' },
  permissions: [...caseNumberPermissions],
  migrations: caseNumberMigrations,
  routes: caseNumberRoutes,
});
