import type { Me } from '../../api/types';

/** Only same-site paths are followed after sign-in (no `//host` or absolute URLs). */
export function safeNext(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return null;
  return next;
}

/** Where a staff member goes once signed in: outstanding security steps first. */
export function destinationAfterSignIn(me: Me, next: string | null): string {
  if (me.user.mustChangePassword) return '/change-password';
  if (me.user.totpRequired && !me.user.totpEnabled) return '/totp-setup';
  return safeNext(next) ?? '/workbench';
}
