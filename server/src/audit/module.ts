import { defineServerModule } from '../core/module';
import { auditMigrations } from './migrations';
import './tables';

export const auditModule = defineServerModule({
  id: 'audit',
  label: { zh: '审计', en: 'Audit' },
  migrations: auditMigrations,
});
