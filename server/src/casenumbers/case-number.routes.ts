import { caseNumberCounterListSchema, caseNumberCounterQuerySchema } from '@tianping/common/contract/casenumbers';
import { isScoped } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { listCounters } from './case-number.repository';

export function caseNumberRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/casenumbers/counters',
    {
      config: { access: 'casenumbers.counter.read' },
      schema: {
        tags: ['casenumbers'],
        summary: '案号计数器 Case-number counters',
        description: 'Counters of the organisations in the caller’s data scope, with the last number issued.',
        querystring: caseNumberCounterQuerySchema,
        response: { 200: caseNumberCounterListSchema },
      },
    },
    async (req) => {
      if (!isScoped(req.actor)) throw unauthenticated();
      const rows = await listCounters(kernel.db, req.actor, req.query);
      return {
        items: rows.map((r) => {
          const org = { name: r.orgName, shortName: r.orgShortName, code: r.orgCode };
          return {
            orgId: r.orgId,
            orgName: r.orgName,
            caseType: r.caseType,
            caseTypeLabel: kernel.caseNumbers.get(r.caseType)?.label ?? { zh: r.caseType, en: r.caseType },
            year: r.year,
            last: r.last,
            lastNumber: r.last > 0 ? kernel.caseNumbers.format(r.caseType, org, r.year, r.last) : null,
            updatedAt: r.updatedAt,
          };
        }),
      };
    },
  );
}
