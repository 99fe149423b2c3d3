import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '@tianping/server/access/actor';
import { forbidden, unauthenticated } from '@tianping/server/http/errors';

export const tags = ['hotline'];

export function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** Routes for people at the desk: an API token is refused even if it carries the permission. */
export function staffOf(req: FastifyRequest): ScopedActor & { kind: 'staff' } {
  const actor = actorOf(req);
  if (actor.kind !== 'staff') throw forbidden();
  return actor;
}
