import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { RouteAccess } from '@tianping/server/http/route-access';
import { hotlineSearchQuerySchema, suggestBodySchema, suggestResultSchema } from '../contract/suggest';
import { staffOf, tags } from './route-actor';
import { hotlineSearch, suggest } from './suggest.service';

const access: RouteAccess = {
  anyOf: ['hotline.ticket.handle', 'hotline.consultation.answer', 'hotline.knowledge.edit', 'hotline.knowledge.review'],
};

/** Answer suggestions and the agent's one search box (knowledge base + law library). */
export function suggestRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/hotline/suggest',
    {
      config: { access },
      schema: {
        tags,
        summary: '答复建议 Suggestions for a question (FAQ and law articles, with sources)',
        description: 'Ranked by BM25 with colloquial → legal synonyms and the topic’s law boosted (retrieval.quality.test.ts).',
        body: suggestBodySchema,
        response: { 200: suggestResultSchema },
      },
    },
    async (req) => {
      staffOf(req);
      return suggest(kernel, req.body);
    },
  );

  app.get(
    '/hotline/search',
    {
      config: { access },
      schema: {
        tags,
        summary: '知识库与法规检索 Search the knowledge base and the law library',
        querystring: hotlineSearchQuerySchema,
        response: { 200: suggestResultSchema },
      },
    },
    async (req) => {
      staffOf(req);
      return hotlineSearch(kernel, req.query);
    },
  );
}
