import type { DataScope } from '@tianping/common/access/permission';

/** Who is acting. Staff and API tokens act within an organisation and a data scope. */
export interface ScopedActorBase {
  orgId: string;
  /** Materialised path of the organisation (`/<cityId>/<districtId>/…/`), for subtree scope. */
  orgPath: string;
  scope: DataScope;
  permissions: ReadonlySet<string>;
}

/**
 * Why a signed-in staff member may, for now, reach only their own account pages: a password
 * they must change (first sign-in, admin reset) or a second factor their role requires.
 */
export type StaffRestriction = 'passwordChange' | 'secondFactor';

export interface StaffActor extends ScopedActorBase {
  kind: 'staff';
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  /** The role assignment the session is acting under (the org/role switcher chooses it); null when the user holds none. */
  assignmentId: string | null;
  roleId: string | null;
  /** Set while the account must first change its password or enable TOTP (enforced by `installAuth`). */
  restriction?: StaffRestriction | null;
}

export interface TokenActor extends ScopedActorBase {
  kind: 'token';
  tokenId: string;
  name: string;
}

export interface CitizenActor {
  kind: 'citizen';
  citizenId: string;
  sessionId: string;
}

export type Actor = StaffActor | TokenActor | CitizenActor;
export type ScopedActor = StaffActor | TokenActor;

export function isScoped(actor: Actor | null | undefined): actor is ScopedActor {
  return actor?.kind === 'staff' || actor?.kind === 'token';
}

/** Context a service receives with every call: who, from where, under which request id. */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent: string;
  actor: Actor | null;
}

/** For seeds, migrations and jobs: the system itself acting. */
export function systemContext(requestId = 'system'): RequestContext {
  return { requestId, ip: '127.0.0.1', userAgent: 'tianping-system', actor: null };
}

export function actorLabel(actor: Actor | null): { type: string; id: string | null } {
  if (!actor) return { type: 'system', id: null };
  if (actor.kind === 'staff') return { type: 'staff', id: actor.userId };
  if (actor.kind === 'token') return { type: 'token', id: actor.tokenId };
  return { type: 'citizen', id: actor.citizenId };
}
