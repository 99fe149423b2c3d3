import { portalServiceListSchema } from '@tianping/common/contract/portal';
import { defineServerModule } from '../core/module';
import { collectPortalServices } from './portal-services';

/** GET /portal/services: what the portal home lists (an empty list hides the section). */
export const portalModule = defineServerModule({
  id: 'portal',
  label: { zh: '公共服务门户', en: 'Public portal' },
  routes(app, kernel) {
    const services = collectPortalServices(kernel.modules);
    app.get(
      '/portal/services',
      {
        config: { access: 'public' },
        schema: { tags: ['portal'], summary: '门户服务列表 Services of the public portal', response: { 200: portalServiceListSchema } },
      },
      async () => services,
    );
  },
});
