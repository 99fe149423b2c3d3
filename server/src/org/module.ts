import { orgPermissions } from '@tianping/common/contract/org';
import { defineServerModule } from '../core/module';
import { orgMigrations } from './migrations';
import { orgRoutes } from './org.routes';
import { seedDemoOrganisations } from './org.seed-demo';
import { regionRoutes } from './region.routes';
import { seedRegions } from './region.seed';
import './tables';

export const orgModule = defineServerModule({
  id: 'org',
  label: { zh: '组织机构', en: 'Organisations' },
  permissions: [...orgPermissions],
  migrations: orgMigrations,
  routes(app, kernel) {
    orgRoutes(app, kernel);
    regionRoutes(app, kernel);
  },
  seed: seedRegions,
  async seedDemo(kernel) {
    await seedDemoOrganisations(kernel);
  },
});
