import { coreErrors } from '@tianping/common/errors/codes';
import type { Authenticator } from '../access/authenticate';
import { fail } from '../http/errors';
import { loadSessionActor, sessionCookie, sessionIdOf } from './session.service';

/**
 * Staff sessions: the `tp_session` cookie holds a random token whose SHA-256 names the
 * session row. A cookie that names no live session is refused with 401 SESSION_EXPIRED
 * (never silently treated as anonymous), except on public routes such as the login itself.
 */
export const staffSessionAuthenticator: Authenticator = {
  name: 'staffSession',
  realm: 'staff',
  cookieBased: true,
  async authenticate(req, kernel) {
    const token = req.cookies[sessionCookie];
    if (!token) return null;
    const actor = token.length <= 100 ? await loadSessionActor(kernel.db, kernel.clock.now(), sessionIdOf(token)) : null;
    if (actor) return actor;
    if (req.routeOptions.config?.access === 'public') return null;
    throw fail(coreErrors, 'SESSION_EXPIRED');
  },
};
