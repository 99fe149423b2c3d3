import type { PermissionKey } from '@tianping/common/access/permission';
import type { Actor, RequestContext, StaffRestriction } from '../access/actor';

/**
 * What a route requires. Every `/api` route must declare one (boot fails otherwise):
 * - `public`: anyone, signed in or not;
 * - `staff`: any signed-in staff member (e.g. their own profile);
 * - `citizen`: a signed-in citizen of the portal;
 * - a permission key: staff or API token holding that permission in the active assignment;
 * - `{ anyOf: [...] }`: at least one of the permissions.
 */
export type RouteAccess = 'public' | 'staff' | 'citizen' | PermissionKey | { anyOf: PermissionKey[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Skip the CSRF check (only for endpoints that establish a session, e.g. login). */
    csrfExempt?: boolean;
    /** Restricted staff (must change password / enable TOTP) may still call this route. */
    allowWhile?: StaffRestriction[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    ctx: RequestContext;
  }
}
