import { regionListSchema, regionQuerySchema } from '@tianping/common/contract/org';
import type { AppInstance, Kernel } from '../core/module';
import { orgAccess } from './org.policy';
import { listRegionChildren } from './region.repository';

/** Administrative divisions of the configured city, one level at a time (for pickers). */
export function regionRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/regions',
    {
      config: { access: orgAccess.read },
      schema: {
        tags: ['org'],
        summary: '行政区划 Administrative divisions',
        querystring: regionQuerySchema,
        response: { 200: regionListSchema },
      },
    },
    async (req) => listRegionChildren(kernel.db, req.query.parentCode),
  );
}
