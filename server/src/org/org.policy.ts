import type { ScopedActor } from '../access/actor';

/** The permissions of the organisation module. */
export const orgAccess = {
  read: 'org.organisation.read',
  create: 'org.organisation.create',
  update: 'org.organisation.update',
  deactivate: 'org.organisation.deactivate',
} as const;

/** What the rules below need to know about an organisation already loaded within scope. */
export interface OrgPolicySubject {
  id: string;
}

/**
 * The organisation an actor works in is the root of an own- or subtree-scoped assignment:
 * moving or deactivating it would pull the ground from under the actor's own access.
 * Only a whole-city assignment may do that (to any organisation but the city's root).
 */
function isOwnScopeRoot(actor: ScopedActor, org: OrgPolicySubject): boolean {
  return actor.scope !== 'city' && org.id === actor.orgId;
}

export function canEditOrg(actor: ScopedActor): boolean {
  return actor.permissions.has(orgAccess.update);
}

export function canMoveOrg(actor: ScopedActor, org: OrgPolicySubject): boolean {
  return actor.permissions.has(orgAccess.update) && !isOwnScopeRoot(actor, org);
}

export function canDeactivateOrg(actor: ScopedActor, org: OrgPolicySubject): boolean {
  return actor.permissions.has(orgAccess.deactivate) && !isOwnScopeRoot(actor, org);
}

export function orgAbilities(actor: ScopedActor, org: OrgPolicySubject) {
  return { canEdit: canEditOrg(actor), canMove: canMoveOrg(actor, org), canDeactivate: canDeactivateOrg(actor, org) };
}
