import { auditPermissions } from '@tianping/common/contract/audit';
import { defineServerModule } from '../core/module';
import { auditRoutes } from './audit.routes';
import { auditMigrations } from './migrations';
import './tables';

export const auditModule = defineServerModule({
  id: 'audit',
  label: { zh: '审计', en: 'Audit' },
  permissions: [...auditPermissions],
  migrations: auditMigrations,
  routes: auditRoutes,
});
