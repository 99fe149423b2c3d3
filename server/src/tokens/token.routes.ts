import {
  createTokenBodySchema,
  createdTokenSchema,
  tokenIdParamsSchema,
  tokenListSchema,
  tokenViewSchema,
} from '@tianping/common/contract/tokens';
import type { FastifyRequest } from 'fastify';
import { isScoped, type ScopedActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { unauthenticated } from '../http/errors';
import { createApiToken, listApiTokens, revokeApiToken } from './token.service';

const access = 'tokens.token.manage' as const;

function scopedActor(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

export function tokenRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/tokens',
    { config: { access }, schema: { tags: ['tokens'], summary: '接口令牌列表 List API tokens', response: { 200: tokenListSchema } } },
    async (req) => listApiTokens(kernel, scopedActor(req)),
  );

  app.post(
    '/tokens',
    {
      config: { access },
      schema: {
        tags: ['tokens'],
        summary: '签发接口令牌（密钥仅显示一次）Issue an API token (the secret is shown once)',
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiToken(kernel, req.ctx, scopedActor(req), req.body)),
  );

  app.post(
    '/tokens/:id/revoke',
    {
      config: { access },
      schema: {
        tags: ['tokens'],
        summary: '撤销接口令牌 Revoke an API token',
        params: tokenIdParamsSchema,
        response: { 200: tokenViewSchema },
      },
    },
    async (req) => revokeApiToken(kernel, req.ctx, scopedActor(req), req.params.id),
  );
}
