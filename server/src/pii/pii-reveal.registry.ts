import type { ScopedActor } from '../access/actor';
import type { Trx } from '../db/database';

export interface RevealedValue {
  /** The clear value; null when the record holds none in that field. */
  value: string | null;
  /** Organisation the record belongs to, for the audit row (defaults to the actor's). */
  orgId?: string | null;
}

/**
 * How a module reveals the personal data of one kind of record. `load` reads through the
 * module's own scoped repository inside the reveal transaction and returns `undefined` for
 * a record that does not exist or lies outside the actor's data scope (the API answers 404).
 */
export interface PiiRevealer {
  /** Revealable fields with their labels, e.g. `{ idNumber: { zh: '身份证号码', en: 'ID number' } }`. */
  fields: Record<string, { zh: string; en: string }>;
  load(trx: Trx, actor: ScopedActor, entityId: string, field: string): Promise<RevealedValue | undefined>;
}

/**
 * The kernel's registry of revealers, one per entity type. Modules register theirs when
 * their routes are registered:
 *
 *   routes(app, kernel) {
 *     kernel.piiRevealers.register('citizen', { fields: { phone: {...} }, load: (trx, actor, id) => … });
 *   }
 */
export interface PiiRevealRegistry {
  register(entityType: string, revealer: PiiRevealer): void;
  get(entityType: string): PiiRevealer | undefined;
  entityTypes(): string[];
}

export function createPiiRevealRegistry(): PiiRevealRegistry {
  const revealers = new Map<string, PiiRevealer>();
  return {
    register(entityType, revealer) {
      if (revealers.has(entityType)) throw new Error(`A PII revealer for "${entityType}" is already registered`);
      revealers.set(entityType, revealer);
    },
    get: (entityType) => revealers.get(entityType),
    entityTypes: () => [...revealers.keys()].sort(),
  };
}
