import { defineServerModule } from '../core/module';
import { orgMigrations } from './migrations';
import './tables';

export const orgModule = defineServerModule({
  id: 'org',
  label: { zh: '组织机构', en: 'Organisations' },
  migrations: orgMigrations,
});
