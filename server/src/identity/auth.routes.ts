import {
  changePasswordBodySchema,
  loginBodySchema,
  meSchema,
  switchBodySchema,
  totpCodeBodySchema,
  totpSetupSchema,
} from '@tianping/common/contract/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { StaffActor } from '../access/actor';
import { csrfCookie } from '../access/authenticate';
import type { AppInstance, Kernel } from '../core/module';
import { changeOwnPassword } from './password.service';
import { login, logout, logoutAll } from './login.service';
import { buildMe, switchAssignment } from './me.service';
import { sessionCookie, sessionIdOf } from './session.service';
import { disableTotp, enableTotp, setupTotp } from './totp.service';

/** Sign-in attempts per client address (the account lockout protects each account besides). */
export const loginRateLimit = { max: 10, timeWindow: '1 minute' };
/**
 * Password and second-factor changes, per session: slows guessing the current password or a
 * TOTP code with a stolen session (wrong guesses also count towards the account lockout).
 */
const credentialRateLimit = {
  max: 10,
  timeWindow: '1 minute',
  keyGenerator: (req: FastifyRequest) => {
    const token = req.cookies[sessionCookie];
    return token ? `session:${sessionIdOf(token)}` : `ip:${req.ip}`;
  },
};
const noContent = { 204: z.null().describe('No content') };
const tags = ['auth'];
const anyRestriction = ['passwordChange', 'secondFactor'] as const;

function staff(req: FastifyRequest): StaffActor {
  return req.actor as StaffActor;
}

function setSessionCookies(reply: FastifyReply, kernel: Kernel, token: string, expires: Date) {
  const base = { sameSite: 'lax' as const, secure: kernel.config.secureCookies, path: '/', expires };
  reply.setCookie(sessionCookie, token, { ...base, httpOnly: true });
  // Read by the web app and echoed in `x-csrf-token` (double-submit): deliberately not httpOnly.
  reply.setCookie(csrfCookie, randomBytes(24).toString('base64url'), { ...base, httpOnly: false });
}

/** `tp_csrf` stays: a citizen session in the same browser relies on it too. */
function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, { path: '/' });
}

export function authRoutes(app: AppInstance, kernel: Kernel) {
  app.post(
    '/auth/login',
    {
      config: { access: 'public', csrfExempt: true, rateLimit: loginRateLimit },
      schema: { tags, summary: '工作人员登录 Staff sign-in', body: loginBodySchema, response: { 200: meSchema } },
    },
    async (req, reply) => {
      const { token, expiresAt, actor } = await login(kernel, req.ctx, req.body);
      setSessionCookies(reply, kernel, token, expiresAt);
      return buildMe(kernel.db, actor);
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'staff', allowWhile: [...anyRestriction] }, schema: { tags, summary: '退出登录 Sign out', response: noContent } },
    async (req, reply) => {
      await logout(kernel, req.ctx, staff(req));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/logout-all',
    { config: { access: 'staff' }, schema: { tags, summary: '退出所有设备 Sign out everywhere', response: noContent } },
    async (req, reply) => {
      await logoutAll(kernel, req.ctx, staff(req));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'staff', allowWhile: [...anyRestriction] },
      schema: { tags, summary: '当前用户 Current user', response: { 200: meSchema } },
    },
    async (req) => buildMe(kernel.db, staff(req)),
  );

  app.post(
    '/auth/switch',
    {
      config: { access: 'staff' },
      schema: { tags, summary: '切换机构/角色 Switch assignment', body: switchBodySchema, response: { 200: meSchema } },
    },
    async (req) => switchAssignment(kernel, req.ctx, staff(req), req.body.assignmentId),
  );

  app.post(
    '/auth/password',
    {
      config: { access: 'staff', allowWhile: [...anyRestriction], rateLimit: credentialRateLimit },
      schema: { tags, summary: '修改密码 Change password', body: changePasswordBodySchema, response: noContent },
    },
    async (req, reply) => {
      await changeOwnPassword(kernel, req.ctx, staff(req), req.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/totp/setup',
    {
      config: { access: 'staff', allowWhile: ['secondFactor'], rateLimit: credentialRateLimit },
      schema: { tags, summary: '生成双因素密钥 Set up TOTP', response: { 200: totpSetupSchema } },
    },
    async (req) => setupTotp(kernel, req.ctx, staff(req)),
  );

  app.post(
    '/auth/totp/enable',
    {
      config: { access: 'staff', allowWhile: ['secondFactor'], rateLimit: credentialRateLimit },
      schema: { tags, summary: '启用双因素认证 Enable TOTP', body: totpCodeBodySchema, response: noContent },
    },
    async (req, reply) => {
      await enableTotp(kernel, req.ctx, staff(req), req.body.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/totp/disable',
    {
      config: { access: 'staff', allowWhile: ['secondFactor'], rateLimit: credentialRateLimit },
      schema: { tags, summary: '关闭双因素认证 Disable TOTP', body: totpCodeBodySchema, response: noContent },
    },
    async (req, reply) => {
      await disableTotp(kernel, req.ctx, staff(req), req.body.code);
      return reply.status(204).send(null);
    },
  );
}
