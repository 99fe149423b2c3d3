import {
  assignmentParamsSchema,
  assignmentViewSchema,
  createAssignmentBodySchema,
  createdUserSchema,
  createUserBodySchema,
  resetUserSchema,
  updateUserBodySchema,
  userDetailSchema,
  userIdParamsSchema,
  userListQuerySchema,
  userPageSchema,
} from '@tianping/common/contract/identity';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ScopedActor } from '../access/actor';
import type { AppInstance, Kernel } from '../core/module';
import { addAssignment, removeAssignment } from './assignment.service';
import { activateUser, deactivateUser, resetPassword, unlockUser } from './user-account.service';
import { createUser, listUsers, updateUser, userDetail } from './user-admin.service';

const tags = ['users'];
/** Security administrators must find the accounts they grant roles to. */
const readUsers = { anyOf: ['identity.user.read', 'identity.role.assign'] } as const;

function scoped(req: FastifyRequest): ScopedActor {
  return req.actor as ScopedActor;
}

export function userRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/users',
    {
      config: { access: { anyOf: [...readUsers.anyOf] } },
      schema: { tags, summary: '用户列表 Users (scoped)', querystring: userListQuerySchema, response: { 200: userPageSchema } },
    },
    async (req) => listUsers(kernel, scoped(req), req.query),
  );

  app.get(
    '/users/:id',
    {
      config: { access: { anyOf: [...readUsers.anyOf] } },
      schema: { tags, summary: '用户详情 User', params: userIdParamsSchema, response: { 200: userDetailSchema } },
    },
    async (req) => userDetail(kernel, scoped(req), req.params.id),
  );

  app.post(
    '/users',
    {
      config: { access: 'identity.user.create' },
      schema: { tags, summary: '创建用户 Create user', body: createUserBodySchema, response: { 201: createdUserSchema } },
    },
    async (req, reply) => reply.status(201).send(await createUser(kernel, req.ctx, scoped(req), req.body)),
  );

  app.patch(
    '/users/:id',
    {
      config: { access: 'identity.user.update' },
      schema: {
        tags,
        summary: '修改用户 Edit user',
        params: userIdParamsSchema,
        body: updateUserBodySchema,
        response: { 200: userDetailSchema },
      },
    },
    async (req) => updateUser(kernel, req.ctx, scoped(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { access: 'identity.user.update' },
      schema: { tags, summary: '重置密码 Reset password', params: userIdParamsSchema, response: { 200: resetUserSchema } },
    },
    async (req) => resetPassword(kernel, req.ctx, scoped(req), req.params.id),
  );

  const actions = [
    ['unlock', '解锁 Unlock', unlockUser],
    ['deactivate', '停用 Deactivate', deactivateUser],
    ['activate', '启用 Activate', activateUser],
  ] as const;
  for (const [path, summary, action] of actions) {
    app.post(
      `/users/:id/${path}`,
      {
        config: { access: 'identity.user.update' },
        schema: { tags, summary, params: userIdParamsSchema, response: { 200: userDetailSchema } },
      },
      async (req) => action(kernel, req.ctx, scoped(req), req.params.id),
    );
  }

  app.post(
    '/users/:id/assignments',
    {
      config: { access: 'identity.role.assign' },
      schema: {
        tags,
        summary: '分配角色 Grant role',
        params: userIdParamsSchema,
        body: createAssignmentBodySchema,
        response: { 201: assignmentViewSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await addAssignment(kernel, req.ctx, scoped(req), req.params.id, req.body)),
  );

  app.delete(
    '/users/:id/assignments/:assignmentId',
    {
      config: { access: 'identity.role.assign' },
      schema: { tags, summary: '撤销角色 Revoke role', params: assignmentParamsSchema, response: { 204: z.null().describe('No content') } },
    },
    async (req, reply) => {
      await removeAssignment(kernel, req.ctx, scoped(req), req.params.id, req.params.assignmentId);
      return reply.status(204).send(null);
    },
  );
}
