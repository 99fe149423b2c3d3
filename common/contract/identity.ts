import { z } from 'zod';
import { dataScopes, permissionCategories, permissionKeySchema } from '../access/permission';
import { defineErrorCodes } from '../errors/codes';
import { idSchema, mobileSchema, pageQuerySchema, pageSchema, textSchema } from '../validation/schemas';

/**
 * Identity and access: staff accounts, roles (permission sets), role assignments with a data
 * scope, sessions, passwords and the TOTP second factor. Shared by server and web.
 */

export const identityErrors = defineErrorCodes({
  INVALID_CREDENTIALS: { kind: 'Unauthorized', zh: '用户名或密码错误', en: 'Wrong username or password' },
  TOTP_REQUIRED: { kind: 'Unauthorized', zh: '请输入身份验证器中的动态验证码', en: 'Enter the code from your authenticator app' },
  TOTP_INVALID: { kind: 'Unauthorized', zh: '动态验证码错误或已过期', en: 'The authenticator code is wrong or expired' },
  ACCOUNT_LOCKED: {
    kind: 'Locked',
    zh: '账号因多次登录失败已被临时锁定',
    en: 'The account is temporarily locked after repeated failed sign-ins',
  },
  PASSWORD_POLICY: { kind: 'Invalid', zh: '新密码不符合密码策略', en: 'The new password does not meet the password policy' },
  CURRENT_PASSWORD_INCORRECT: { kind: 'Invalid', zh: '当前密码不正确', en: 'The current password is incorrect' },
  TOTP_CODE_INCORRECT: { kind: 'Invalid', zh: '动态验证码错误或已过期', en: 'The authenticator code is wrong or expired' },
  TOTP_ALREADY_ENABLED: { kind: 'Conflict', zh: '已启用双因素认证', en: 'The second factor is already enabled' },
  TOTP_NOT_SET_UP: { kind: 'Conflict', zh: '请先生成身份验证器密钥', en: 'Set up the authenticator first' },
  TOTP_NOT_ENABLED: { kind: 'Conflict', zh: '尚未启用双因素认证', en: 'The second factor is not enabled' },
  TOTP_REQUIRED_BY_ROLE: {
    kind: 'Conflict',
    zh: '您的角色要求启用双因素认证，不能关闭',
    en: 'Your role requires a second factor; it cannot be disabled',
  },
  USERNAME_TAKEN: { kind: 'Conflict', zh: '用户名已被使用', en: 'The username is already taken' },
  ROLE_CODE_TAKEN: { kind: 'Conflict', zh: '角色编码已被使用', en: 'The role code is already taken' },
  UNKNOWN_PERMISSION: { kind: 'Invalid', zh: '包含不存在的权限', en: 'Unknown permission' },
  ROLE_CATEGORY_MIXED: {
    kind: 'Invalid',
    zh: '一个角色只能包含一类权限（业务、系统管理、安全管理或审计管理），通用权限除外',
    en: 'A role may hold permissions of one category only (business, system, security or audit), besides common ones',
  },
  BUILTIN_ROLE_LOCKED: {
    kind: 'Conflict',
    zh: '内置角色的编码和权限由系统维护，不能修改',
    en: 'The code and permissions of a built-in role are maintained by the system',
  },
  ADMIN_DUTY_CONFLICT: {
    kind: 'Conflict',
    zh: '三员分立：同一账号不能同时担任系统管理员、安全管理员、审计管理员中的两种，管理员账号也不能兼任业务角色',
    en: 'Separation of duties: one account may not hold two of the system, security and audit administrator duties, nor an administrator duty and a business role',
  },
  ASSIGNMENT_EXISTS: { kind: 'Conflict', zh: '该用户已在此机构担任该角色', en: 'The user already holds this role in this organisation' },
  SELF_ASSIGNMENT: { kind: 'Forbidden', zh: '不能为自己分配或撤销角色', en: 'You cannot grant or revoke your own roles' },
  SCOPE_EXCEEDS_GRANTER: {
    kind: 'Forbidden',
    zh: '授予的数据范围不能超过您自己的数据范围',
    en: 'You cannot grant a data scope wider than your own',
  },
  SELF_DEACTIVATION: { kind: 'Conflict', zh: '不能停用自己的账号', en: 'You cannot deactivate your own account' },
});
export type IdentityErrorCode = keyof typeof identityErrors;

/** Built-in roles, seeded and kept in sync with the registered permissions on every start. */
export const builtinRoles = [
  { code: 'systemAdmin', category: 'system', name: '系统管理员', nameEn: 'System administrator' },
  { code: 'securityAdmin', category: 'security', name: '安全管理员', nameEn: 'Security administrator' },
  { code: 'auditAdmin', category: 'audit', name: '审计管理员', nameEn: 'Audit administrator' },
  { code: 'cityLeader', category: 'business', name: '市局领导', nameEn: 'City bureau leader' },
  { code: 'caseHandler', category: 'business', name: '业务人员', nameEn: 'Case handler' },
  { code: 'officeStaff', category: 'business', name: '司法所工作人员', nameEn: 'Justice office staff' },
] as const;
export type BuiltinRoleCode = (typeof builtinRoles)[number]['code'];

/** The categories of the separated administrator duties (三员分立). */
export const adminCategories = ['system', 'security', 'audit'] as const;
/** Categories a role can have (`common` permissions ride along with any of them). */
export const roleCategories = permissionCategories.filter((c) => c !== 'common') as ['business', 'system', 'security', 'audit'];
export const roleCategorySchema = z.enum(roleCategories);
export const dataScopeSchema = z.enum(dataScopes);

/** Staff usernames: lower-case letters, digits, dot, underscore, hyphen (stored lower case). */
export const usernameSchema = z
  .string()
  .transform((v) => v.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { message: 'username: 3–40 of a-z 0-9 . _ -, starting with a letter or digit' }));

/** Password input bounds (the policy itself is checked by the server with a precise message). */
export const passwordInputSchema = z.string().min(1).max(128);
export const totpCodeSchema = z.string().regex(/^\d{6}$/, { message: '6 digits' });

// ---- sessions and the signed-in user -------------------------------------------------------

export const loginBodySchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: passwordInputSchema,
  totpCode: totpCodeSchema.optional(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
  }),
  assignments: z.array(
    z.object({
      id: z.string(),
      orgId: z.string(),
      orgName: z.string(),
      roleId: z.string(),
      roleName: z.string(),
      roleNameEn: z.string(),
      scope: dataScopeSchema,
    }),
  ),
  activeAssignmentId: z.string().nullable(),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const switchBodySchema = z.strictObject({ assignmentId: idSchema });
export const changePasswordBodySchema = z.strictObject({ currentPassword: passwordInputSchema, newPassword: passwordInputSchema });
export const totpSetupSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpCodeBodySchema = z.strictObject({ code: totpCodeSchema });

// ---- permissions and roles -----------------------------------------------------------------

export const permissionViewSchema = z.object({
  module: z.string(),
  moduleLabel: z.object({ zh: z.string(), en: z.string() }),
  key: z.string(),
  category: z.enum(permissionCategories),
  zh: z.string(),
  en: z.string(),
});

export const roleViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  category: roleCategorySchema,
  builtin: z.boolean(),
  requireTotp: z.boolean(),
  permissions: z.array(z.string()),
  version: z.number().int(),
});
export type RoleView = z.infer<typeof roleViewSchema>;

const roleCodeSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{1,39}$/, { message: 'role code: lower camel case, 2–40 characters' });
const permissionListSchema = z.array(permissionKeySchema).max(500);

export const createRoleBodySchema = z.strictObject({
  code: roleCodeSchema,
  name: textSchema(60),
  nameEn: textSchema(100),
  /** Optional: derived from the permissions (business when only common ones are given). */
  category: roleCategorySchema.optional(),
  permissions: permissionListSchema,
  requireTotp: z.boolean().default(false),
});

export const updateRoleBodySchema = z.strictObject({
  code: roleCodeSchema.optional(),
  name: textSchema(60).optional(),
  nameEn: textSchema(100).optional(),
  permissions: permissionListSchema.optional(),
  requireTotp: z.boolean().optional(),
  version: z.number().int().min(1),
});

// ---- users and assignments -----------------------------------------------------------------

export const assignmentViewSchema = z.object({
  id: z.string(),
  userId: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  roleId: z.string(),
  roleCode: z.string(),
  roleName: z.string(),
  roleNameEn: z.string(),
  category: roleCategorySchema,
  scope: dataScopeSchema,
  createdAt: z.string(),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const userListItemSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  phoneMasked: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type UserListItem = z.infer<typeof userListItemSchema>;

export const userDetailSchema = userListItemSchema.extend({
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  assignments: z.array(assignmentViewSchema),
  abilities: z.object({ canEdit: z.boolean(), canAssign: z.boolean() }),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

export const userListQuerySchema = pageQuerySchema.extend({
  orgId: idSchema.optional(),
  q: z.string().trim().max(60).optional(),
});
export const userPageSchema = pageSchema(userListItemSchema);

export const createUserBodySchema = z.strictObject({
  username: usernameSchema,
  displayName: textSchema(60),
  orgId: idSchema,
  phone: mobileSchema.optional(),
});
export const updateUserBodySchema = z.strictObject({
  displayName: textSchema(60).optional(),
  /** A mobile number, or null to remove it. */
  phone: mobileSchema.nullable().optional(),
  orgId: idSchema.optional(),
  version: z.number().int().min(1),
});
export const createdUserSchema = userDetailSchema.extend({ initialPassword: z.string() });
export const resetUserSchema = userDetailSchema.extend({ temporaryPassword: z.string() });

export const createAssignmentBodySchema = z.strictObject({ roleId: idSchema, orgId: idSchema, scope: dataScopeSchema });
export const userIdParamsSchema = z.object({ id: idSchema });
export const assignmentParamsSchema = z.object({ id: idSchema, assignmentId: idSchema });
