import { citizenLoginBodySchema, citizenMeSchema, smsCodeBodySchema } from '@tianping/common/contract/citizen';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CitizenActor } from '../access/actor';
import { ensureCsrfCookie } from '../access/authenticate';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { citizenCookie } from './citizen.authenticator';
import { citizenLogin, citizenLogout, citizenMe } from './citizen-session.service';
import { sendLoginCode } from './login-code.service';

const noContent = z.null().describe('No content');

function citizenActor(req: FastifyRequest): CitizenActor {
  if (req.actor?.kind !== 'citizen') throw unauthenticated();
  return req.actor;
}

export function citizenRoutes(app: AppInstance, kernel: Kernel) {
  const secure = kernel.config.secureCookies;

  app.post(
    '/citizen/sms-code',
    {
      // Nobody is signed in yet, so there is no CSRF cookie to echo; the sending limits protect it.
      config: { access: 'public', csrfExempt: true },
      schema: {
        tags: ['citizen'],
        summary: '发送登录验证码 Send a sign-in code by SMS',
        body: smsCodeBodySchema,
        response: { 204: noContent },
      },
    },
    async (req, reply) => {
      await sendLoginCode(kernel, req.ctx, req.body.phone);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/citizen/login',
    {
      config: { access: 'public', csrfExempt: true },
      schema: {
        tags: ['citizen'],
        summary: '短信验证码登录 Sign in with the SMS code',
        body: citizenLoginBodySchema,
        response: { 200: citizenMeSchema },
      },
    },
    async (req, reply) => {
      const { token, expiresAt, me } = await citizenLogin(kernel, req.ctx, req.body);
      reply.setCookie(citizenCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
      ensureCsrfCookie(req, reply, secure);
      return me;
    },
  );

  app.get(
    '/citizen/me',
    {
      config: { access: 'citizen' },
      schema: { tags: ['citizen'], summary: '当前群众账户 The signed-in citizen', response: { 200: citizenMeSchema } },
    },
    async (req) => citizenMe(kernel, citizenActor(req)),
  );

  app.post(
    '/citizen/logout',
    { config: { access: 'citizen' }, schema: { tags: ['citizen'], summary: '退出登录 Sign out', response: { 204: noContent } } },
    async (req, reply) => {
      await citizenLogout(kernel, req.ctx, citizenActor(req));
      reply.clearCookie(citizenCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return reply.status(204).send(null);
    },
  );
}
