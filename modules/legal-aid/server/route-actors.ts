import type { FastifyRequest } from 'fastify';
import { isScoped, type CitizenActor, type ScopedActor } from '@tianping/server/access/actor';
import { unauthenticated } from '@tianping/server/http/errors';

/** The signed-in staff member or token of a permission route (AC's routes). */
export function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** The signed-in citizen of a citizen route. */
export function citizenOf(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}
