import type { AppInstance, Kernel } from '@tianping/server/core/module';
import { forbidden } from '@tianping/server/http/errors';
import {
  callEventBatchResultSchema,
  callEventBatchSchema,
  callEventBodySchema,
  callEventResultSchema,
  incomingCallSchema,
  simulateCallBodySchema,
  simulateCallResultSchema,
} from '../contract/calls';
import { submitCallEvent, submitCallEventBatch } from './call-event.service';
import { simulateCall, simulatorEnabled } from './call-simulator';
import { getIncomingCall } from './caller-history.service';
import { actorOf, staffOf, tags } from './route-actor';

/**
 * Call events from the telephony system (API token with `hotline.callEvent.submit` only; the call
 * belongs to the token's centre), the agent's incoming-call screen (polled) and, outside
 * production, the development call simulator (开发模拟).
 */
export function callRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/hotline/call-events',
    {
      config: { access: 'hotline.callEvent.submit' },
      schema: {
        tags,
        summary: '推送呼叫事件 Post a call event (telephony token)',
        description:
          'offered → answered (agentUsername) → ended, or offered → abandoned. Idempotent by eventId (same answer); out of order → 409 HOTLINE_CALL_EVENT_ORDER with the field, nothing written.',
        body: callEventBodySchema,
        response: { 200: callEventResultSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (actor.kind !== 'token') throw forbidden();
      return submitCallEvent(kernel, req.ctx, { orgId: actor.orgId, tokenId: actor.tokenId, simulated: false }, req.body);
    },
  );

  app.post(
    '/hotline/call-events/batch',
    {
      config: { access: 'hotline.callEvent.submit' },
      schema: {
        tags,
        summary: '批量推送呼叫事件 Post call events in a batch (telephony token)',
        description: 'Up to 500 events in arrival order, all or nothing: one out of order → 409 with field events.N.type|at.',
        body: callEventBatchSchema,
        response: { 200: callEventBatchResultSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (actor.kind !== 'token') throw forbidden();
      return submitCallEventBatch(kernel, req.ctx, { orgId: actor.orgId, tokenId: actor.tokenId, simulated: false }, req.body.events);
    },
  );

  app.get(
    '/hotline/desk/incoming',
    {
      config: { access: 'hotline.ticket.handle' },
      schema: {
        tags,
        summary: '来电弹屏 The agent’s current call and the caller’s earlier contacts (poll)',
        response: { 200: incomingCallSchema },
      },
    },
    async (req) => getIncomingCall(kernel, staffOf(req)),
  );

  if (simulatorEnabled(kernel))
    app.post(
      '/hotline/dev/simulate-call',
      {
        config: { access: 'hotline.ticket.handle' },
        schema: {
          tags,
          summary: '开发模拟来电 Development call simulator (not in production)',
          description: 'Emits offered → answered (→ ended) through the same call-event service, at the agent’s centre; marked simulated.',
          body: simulateCallBodySchema,
          response: { 201: simulateCallResultSchema },
        },
      },
      async (req, reply) => reply.status(201).send(await simulateCall(kernel, req.ctx, staffOf(req), req.body)),
    );
}
