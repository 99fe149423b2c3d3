import { coreErrors } from '@tianping/common/errors/codes';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance, Kernel } from '../core/module';
import { fail, forbidden, unauthenticated } from '../http/errors';
import type { RouteAccess } from '../http/route-access';
import type { Actor } from './actor';

/**
 * Turns a request's credentials into an actor. Each realm has one: staff sessions
 * (identity), citizen sessions (citizen), bearer tokens (tokens). The first that returns
 * an actor wins; one that finds credentials it cannot accept throws (401), so a forged or
 * expired credential is never silently treated as anonymous.
 */
export interface Authenticator {
  name: string;
  /**
   * The realm of the credential (default `staff`). Citizen credentials are read only on
   * citizen and public routes, staff and token credentials never on citizen routes, so a
   * portal cookie can never open the workbench API and a workbench cookie never the portal's.
   */
  realm?: AuthRealm;
  /** Whether this credential is carried by a cookie (and so needs the CSRF check). */
  cookieBased: boolean;
  authenticate(req: FastifyRequest, kernel: Kernel): Promise<Actor | null>;
}

export type AuthRealm = 'staff' | 'citizen' | 'token';

function readsRealm(access: RouteAccess, realm: AuthRealm): boolean {
  return access === 'public' || (access === 'citizen') === (realm === 'citizen');
}

export const csrfCookie = 'tp_csrf';
export const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function csrfOk(req: FastifyRequest): boolean {
  const cookie = req.cookies[csrfCookie];
  const header = req.headers[csrfHeader];
  if (!cookie || typeof header !== 'string' || cookie.length !== header.length) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
}

/**
 * Sets the double-submit CSRF cookie when the browser has none (at sign-in, in every realm).
 * Readable by the page's script, which echoes it in the `x-csrf-token` header.
 */
export function ensureCsrfCookie(req: FastifyRequest, reply: FastifyReply, secure: boolean) {
  if (req.cookies[csrfCookie]) return;
  reply.setCookie(csrfCookie, randomBytes(32).toString('base64url'), { path: '/', sameSite: 'lax', secure, httpOnly: false });
}

export function hasPermission(actor: Actor | null, access: RouteAccess): boolean {
  if (access === 'public') return true;
  if (!actor) return false;
  if (access === 'staff') return actor.kind === 'staff';
  if (access === 'citizen') return actor.kind === 'citizen';
  if (actor.kind === 'citizen') return false;
  const keys = typeof access === 'string' ? [access] : access.anyOf;
  return keys.some((k) => actor.permissions.has(k));
}

/**
 * Installs the one authentication and authorisation hook: identify the actor, enforce
 * CSRF for cookie sessions on state-changing requests, then the route's declared access
 * (401 when nobody is signed in, 403 when the signed-in actor lacks it).
 */
export function installAuth(app: AppInstance, kernel: Kernel, authenticators: readonly Authenticator[]) {
  app.addHook('preHandler', async (req) => {
    const access = req.routeOptions.config?.access;
    if (!access) return; // non-API routes (static files, docs)
    let actor: Actor | null = null;
    let viaCookie = false;
    for (const a of authenticators) {
      if (!readsRealm(access, a.realm ?? 'staff')) continue;
      actor = await a.authenticate(req, kernel);
      if (actor) {
        viaCookie = a.cookieBased;
        break;
      }
    }
    req.actor = actor;
    req.ctx.actor = actor;
    if (access === 'public' && !actor) return;
    if (viaCookie && !safeMethods.has(req.method) && !req.routeOptions.config.csrfExempt && !csrfOk(req)) {
      throw fail(coreErrors, 'CSRF_FAILED');
    }
    if (
      actor?.kind === 'staff' &&
      actor.restriction &&
      access !== 'public' &&
      !req.routeOptions.config.allowWhile?.includes(actor.restriction)
    ) {
      throw fail(coreErrors, actor.restriction === 'passwordChange' ? 'PASSWORD_CHANGE_REQUIRED' : 'SECOND_FACTOR_REQUIRED');
    }
    if (!hasPermission(actor, access)) throw actor ? forbidden() : unauthenticated();
  });
}
