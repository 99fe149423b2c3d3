import { outboxPageSchema, outboxQuerySchema, type OutboxItem } from '@tianping/common/contract/sms';
import { maskMobile } from '@tianping/common/validation/phone';
import type { AppInstance, Kernel } from '../core/module';
import { findOutboxPage } from './outbox.repository';

/** GET /sms/outbox: what the gateway sent, for administrators (phones masked). */
export function outboxRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/sms/outbox',
    {
      config: { access: 'sms.outbox.read' },
      schema: {
        tags: ['sms'],
        summary: '短信发件箱 SMS outbox',
        querystring: outboxQuerySchema,
        response: { 200: outboxPageSchema },
      },
    },
    async (req) => {
      const { phone, page, pageSize } = req.query;
      const phoneIndex = phone ? kernel.pii.blindIndex('phone', phone) : undefined;
      const { rows, total } = await findOutboxPage(kernel.db, { phoneIndex, page, pageSize });
      const items: OutboxItem[] = rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        phoneMasked: maskMobile(kernel.pii.decrypt(r.phoneEnc)),
        template: r.template,
        body: r.body,
        status: r.status,
      }));
      return { items, total, page, pageSize };
    },
  );
}
