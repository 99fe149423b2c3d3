import { z } from 'zod';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { fromZod } from '../http/error-handler';
import { fail } from '../http/errors';
import { coreErrors } from '@tianping/common/errors/codes';

/**
 * Hand-offs between modules (`kernel.handoffs`): a module that receives matters from elsewhere (the
 * 12348 hotline's one-click transfer, 一键转接) registers a handler creating a PRE-FILLED record of its own
 * (a legal-aid application, a mediation request, a reconsideration intake) through its own intake
 * service. The sending module calls `kernel.handoffs.run(trx, …)` inside its transaction and never
 * imports the receiving module. A handler rejecting the data throws its own 4xx (AppError): the caller's
 * transaction rolls back, nothing of either side is half-written.
 */

/** Where the matter comes from (the sending module's record). */
export interface HandoffSource {
  module: string;
  entityType: string;
  entityId: string;
  /** The sender's reference (e.g. the ticket number), quoted in the created record. */
  reference: string;
  /** The sender's organisation (e.g. the hotline centre). */
  orgId: string;
  /** A short text of the matter (e.g. the caller's question), used when the prefill gives none. */
  summary: string;
}

export interface HandoffResult {
  entityType: string;
  entityId: string;
  /** The created record's own reference (case number), shown to the sender. */
  reference: string;
  /** The workbench link of the created record. */
  path: string;
}

export interface HandoffInput<T> {
  actor: ScopedActor;
  source: HandoffSource;
  /** The prefill, validated by the handler's schema. */
  data: T;
}

export interface HandoffHandler<T = unknown> {
  /** Destination key (`legalAid`, `mediation`, `reconsideration`…). */
  target: string;
  label: { zh: string; en: string };
  /** Validates the prefill (a zod error → 400 with field `prefill.<path>`). */
  schema: z.ZodType<T>;
  /** Names of the prefill fields, listed to the sender's UI. */
  fields: readonly string[];
  create(trx: Trx, kernel: Kernel, ctx: RequestContext, input: HandoffInput<T>): Promise<HandoffResult>;
}

export interface HandoffRegistry {
  register<T>(handler: HandoffHandler<T>): void;
  get(target: string): HandoffHandler | undefined;
  list(): HandoffHandler[];
  /**
   * Validates `prefill` with the target's schema and creates the record inside `trx`. Unknown target →
   * 400 VALIDATION_FAILED field `destination`; invalid prefill → 400 field `prefill.<path>`.
   */
  run(trx: Trx, kernel: Kernel, ctx: RequestContext, target: string, input: HandoffInput<unknown>): Promise<HandoffResult>;
}

export function createHandoffRegistry(): HandoffRegistry {
  const handlers = new Map<string, HandoffHandler>();
  return {
    register(handler) {
      if (handlers.has(handler.target)) throw new Error(`A hand-off handler for "${handler.target}" is already registered`);
      handlers.set(handler.target, handler as HandoffHandler);
    },
    get: (target) => handlers.get(target),
    list: () => [...handlers.values()].sort((a, b) => a.target.localeCompare(b.target)),
    async run(trx, kernel, ctx, target, input) {
      const handler = handlers.get(target);
      if (!handler) throw fail(coreErrors, 'VALIDATION_FAILED', { field: 'destination' });
      const parsed = handler.schema.safeParse(input.data ?? {});
      if (!parsed.success) throw fromZod(parsed.error.issues, 'prefill', ['prefill']);
      return handler.create(trx, kernel, ctx, { ...input, data: parsed.data });
    },
  };
}
