import { createContext, useCallback, useContext } from 'react';
import type { Me } from '../api/types';

/** What a route or menu entry needs: one permission key, or any one of several. */
export type Access = string | { anyOf: readonly string[] };

export function canAccess(permissions: ReadonlySet<string>, access: Access | undefined): boolean {
  if (access === undefined) return true;
  if (typeof access === 'string') return permissions.has(access);
  return access.anyOf.some((k) => permissions.has(k));
}

export interface StaffSession {
  me: Me;
  permissions: ReadonlySet<string>;
}

const noPermissions: ReadonlySet<string> = new Set();

export const StaffContext = createContext<StaffSession | null>(null);

/** The signed-in staff member inside the guarded workbench / cockpit tree. */
export function useStaff(): StaffSession {
  const session = useContext(StaffContext);
  if (!session) throw new Error('useStaff() used outside <RequireStaff>');
  return session;
}

/** `can('org.organisation.update')` for the active assignment's permissions. */
export function useCan(): (access: Access | undefined) => boolean {
  const session = useContext(StaffContext);
  return useCallback((access: Access | undefined) => canAccess(session?.permissions ?? noPermissions, access), [session]);
}

/**
 * Whether to offer an action: the server's `abilities` decide when the view carries them
 * (they include object rules the client cannot know); otherwise the route permission does.
 */
export function allowed<A extends object>(abilities: A | undefined, ability: keyof A & string, fallback: boolean): boolean {
  if (abilities && ability in abilities) return (abilities as Record<string, unknown>)[ability] === true && fallback;
  return fallback;
}
