import { piiRevealBodySchema, piiRevealResultSchema } from '@tianping/common/contract/pii';
import { isScoped } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { forbidden } from '../http/errors';
import { revealPii } from './pii-reveal.service';

export function piiRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/pii/reveal',
    {
      config: { access: 'pii.value.reveal' },
      schema: {
        tags: ['pii'],
        summary: '查看完整个人信息（记录事由） Reveal personal information (audited, with a reason)',
        body: piiRevealBodySchema,
        response: { 200: piiRevealResultSchema },
      },
    },
    async (req, reply) => {
      // The clear value must not stay in any browser or proxy cache.
      reply.header('cache-control', 'no-store');
      // The permission check admits only staff and tokens; this narrows the type.
      if (!isScoped(req.actor)) throw forbidden();
      return revealPii(kernel, req.ctx, req.actor, req.body);
    },
  );
}
