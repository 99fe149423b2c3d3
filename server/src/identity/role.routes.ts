import { createRoleBodySchema, permissionViewSchema, roleViewSchema, updateRoleBodySchema } from '@tianping/common/contract/identity';
import { idSchema } from '@tianping/common/validation/schemas';
import { z } from 'zod';
import type { AppInstance, Kernel } from '../core/module';
import { createRole, getRoles, updateRole } from './role-admin.service';

const tags = ['roles'];

/** Every registered permission with its module's label, in module order. */
function permissionViews(kernel: Kernel) {
  const labels = new Map(kernel.modules.map((m) => [m.id, m.label]));
  return [...kernel.permissions.values()].map((p) => ({
    module: p.module,
    moduleLabel: labels.get(p.module) ?? { zh: p.module, en: p.module },
    key: p.key,
    category: p.category,
    zh: p.zh,
    en: p.en,
  }));
}

export function roleRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/permissions',
    {
      config: { access: 'identity.role.read' },
      schema: { tags, summary: '权限清单 Permissions', response: { 200: z.array(permissionViewSchema) } },
    },
    async () => permissionViews(kernel),
  );

  app.get(
    '/roles',
    { config: { access: 'identity.role.read' }, schema: { tags, summary: '角色列表 Roles', response: { 200: z.array(roleViewSchema) } } },
    async () => getRoles(kernel),
  );

  app.post(
    '/roles',
    {
      config: { access: 'identity.role.manage' },
      schema: { tags, summary: '创建角色 Create role', body: createRoleBodySchema, response: { 201: roleViewSchema } },
    },
    async (req, reply) => reply.status(201).send(await createRole(kernel, req.ctx, req.body)),
  );

  app.patch(
    '/roles/:id',
    {
      config: { access: 'identity.role.manage' },
      schema: {
        tags,
        summary: '修改角色 Edit role',
        params: z.object({ id: idSchema }),
        body: updateRoleBodySchema,
        response: { 200: roleViewSchema },
      },
    },
    async (req) => updateRole(kernel, req.ctx, req.params.id, req.body),
  );
}
