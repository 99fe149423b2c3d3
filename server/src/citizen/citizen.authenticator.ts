import { coreErrors } from '@tianping/common/errors/codes';
import type { Authenticator } from '../access/authenticate';
import { fail } from '../http/errors';
import { loadCitizenActor } from './citizen-session.service';

export const citizenCookie = 'tp_citizen';
/** Tokens we issue are 43 characters; anything much longer is not worth a database lookup. */
const maxTokenLength = 100;

/**
 * Portal sessions (`tp_citizen` cookie). Read only on citizen and public routes (realm
 * `citizen`), so it never opens the staff API. A cookie that names no live session is refused
 * with 401 SESSION_EXPIRED, except on public routes such as signing in again.
 */
export const citizenSessionAuthenticator: Authenticator = {
  name: 'citizenSession',
  realm: 'citizen',
  cookieBased: true,
  async authenticate(req, kernel) {
    const token = req.cookies[citizenCookie];
    if (!token) return null;
    const actor = token.length <= maxTokenLength ? await loadCitizenActor(kernel.db, kernel.clock.now(), token) : null;
    if (actor) return actor;
    if (req.routeOptions.config?.access === 'public') return null;
    throw fail(coreErrors, 'SESSION_EXPIRED');
  },
};
