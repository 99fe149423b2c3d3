import { todoListQuerySchema, todoPageSchema } from '@tianping/common/contract/workflow';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { listMyTodos } from './todo.service';

export function todoRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/todos',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['workflow'],
        summary: '我的待办（含期限状态）My todo items with their deadline status',
        querystring: todoListQuerySchema,
        response: { 200: todoPageSchema },
      },
    },
    async (req) => {
      if (req.actor?.kind !== 'staff') throw unauthenticated();
      return listMyTodos(kernel, req.actor, req.query);
    },
  );
}
