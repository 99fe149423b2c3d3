import {
  notificationIdParamsSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationReadAllSchema,
  notificationSchema,
} from '@tianping/common/contract/notifications';
import type { FastifyRequest } from 'fastify';
import type { StaffActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { listMyNotifications, readAllNotifications, readNotification } from './notification.service';

const tags = ['notifications'];

/** Notifications belong to staff users: routes with access `staff` admit only them. */
function staffOf(req: FastifyRequest): StaffActor {
  if (req.actor?.kind !== 'staff') throw unauthenticated();
  return req.actor;
}

export function notificationRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/notifications',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: '我的消息（含未读数）My notifications with the unread count',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (req) => listMyNotifications(kernel, staffOf(req), { ...req.query, unreadOnly: req.query.unreadOnly === 'true' }),
  );

  app.post(
    '/notifications/:id/read',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: '标记消息已读 Mark a notification read',
        params: notificationIdParamsSchema,
        response: { 200: notificationSchema },
      },
    },
    async (req) => readNotification(kernel, req.ctx, staffOf(req), req.params.id),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { access: 'staff' },
      schema: { tags, summary: '全部标记已读 Mark all notifications read', response: { 200: notificationReadAllSchema } },
    },
    async (req) => readAllNotifications(kernel, req.ctx, staffOf(req)),
  );
}
