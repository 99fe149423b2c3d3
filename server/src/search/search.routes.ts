import { searchPageSize, searchQuerySchema, searchResultSchema } from '@tianping/common/contract/search';
import type { AppInstance, Kernel } from '../core/module';
import { searchDocuments } from './search.service';

export function searchRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/search',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['search'],
        summary: '全文检索（按数据范围过滤） Full-text search within the data scope',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema },
      },
    },
    async (req) => {
      const { q, types, page } = req.query;
      const found = await searchDocuments(kernel.db, req.actor, {
        q,
        entityTypes: types,
        limit: searchPageSize,
        offset: (page - 1) * searchPageSize,
      });
      return { ...found, page, pageSize: searchPageSize };
    },
  );
}
