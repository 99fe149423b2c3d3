import { z } from 'zod';
import { dataScopes, permissionKeySchema, type PermissionCategory, type PermissionDef } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, textSchema } from '../validation/schemas';

export const tokenPermissions: PermissionDef[] = [
  { key: 'tokens.token.manage', category: 'security', zh: '管理接口令牌', en: 'Manage API tokens' },
];

/**
 * What an API token may carry. A token acts for another system, without a person behind each
 * request, so besides never exceeding its creator's own permissions it may hold:
 * - every `business` and `common` permission;
 * - of the separated administrator duties (三员分立) only these read-only ones, for monitoring
 *   and log shipping: SMS delivery (`sms.outbox.read`), audit export (`audit.event.read`) and
 *   chain verification (`audit.chain.verify`).
 * Never anything that manages accounts, roles, organisations or tokens: a token cannot mint
 * tokens or grant itself more.
 */
export const tokenGrantableCategories: readonly PermissionCategory[] = ['business', 'common'];
export const tokenGrantableAdminPermissions: readonly string[] = ['sms.outbox.read', 'audit.event.read', 'audit.chain.verify'];

/** A token lives at most one year (the same instant a calendar year ahead). */
export const tokenMaxLifetimeYears = 1;

/** `tp_<prefix>_<secret>`: a 12-hex-digit public prefix and a 32-byte base64url secret. */
export const tokenFormat = /^tp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export const tokenScopeSchema = z.enum(dataScopes);

export const createTokenBodySchema = z.strictObject({
  name: textSchema(100),
  orgId: idSchema,
  scope: tokenScopeSchema,
  permissions: z.array(permissionKeySchema).min(1).max(200),
  /** ISO instant in the future, at most one year ahead. */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CreateTokenBody = z.infer<typeof createTokenBodySchema>;

export const tokenViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  orgId: idSchema,
  orgName: z.string(),
  scope: tokenScopeSchema,
  permissions: z.array(z.string()),
  /** Non-secret start of the token (`tp_<prefix>_…`) so administrators can recognise it. */
  prefix: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TokenView = z.infer<typeof tokenViewSchema>;

export const tokenListSchema = z.array(tokenViewSchema);

/** Answer of POST /tokens: the only time the secret is ever shown. */
export const createdTokenSchema = tokenViewSchema.extend({ secret: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const tokenIdParamsSchema = z.strictObject({ id: idSchema });

export const tokenErrors = defineErrorCodes({
  PERMISSION_NOT_HELD: {
    kind: 'Forbidden',
    zh: '不能授予自己没有的权限',
    en: 'You cannot grant a permission you do not hold',
  },
  PERMISSION_NOT_FOR_TOKENS: {
    kind: 'Invalid',
    zh: '该管理权限不能授予接口令牌',
    en: 'This administrative permission cannot be given to an API token',
  },
  UNKNOWN_PERMISSION: { kind: 'Invalid', zh: '权限不存在', en: 'No such permission' },
  SCOPE_TOO_WIDE: {
    kind: 'Forbidden',
    zh: '令牌的数据范围不能超过您自己的数据范围',
    en: "The token's data scope cannot be wider than your own",
  },
  EXPIRY_INVALID: {
    kind: 'Invalid',
    zh: '有效期须晚于当前时间且不超过一年',
    en: 'The expiry must be in the future and at most one year ahead',
  },
});
