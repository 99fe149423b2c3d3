import type { DataScope, PermissionCategory } from '@tianping/common/access/permission';
import { newId, nowIso } from '../src/db/ids';
import { hashPassword } from '../src/identity/password-hash';
import { newUserRow } from '../src/identity/user.repository';
import type { TestApp } from './build-test-app';
import { createOrg } from './factories';

/** The password of every user `loginAs` creates (policy-compliant). */
export const testPassword = 'Test-Passw0rd!';
let testHash: Promise<string> | undefined;
let seq = 0;

export interface LoggedIn {
  userId: string;
  username: string;
  orgId: string;
  roleId: string;
  assignmentId: string;
  /** `cookie` (tp_session + tp_csrf) and `x-csrf-token`: pass to `inject({ headers })`. */
  headers: Record<string, string>;
}

/** A distinct client address per sign-in, so the per-address login rate limit never trips a test. */
function testAddress(): string {
  const n = ++seq;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** Signs in through POST /api/auth/login and returns the headers of the session. */
export async function loginWithPassword(
  t: TestApp,
  username: string,
  password: string,
  extra: { totpCode?: string; remoteAddress?: string } = {},
): Promise<{ headers: Record<string, string>; me: unknown }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: extra.remoteAddress ?? testAddress(),
    payload: { username, password, ...(extra.totpCode ? { totpCode: extra.totpCode } : {}) },
  });
  if (res.statusCode !== 200) throw new Error(`login of ${username} failed: ${res.statusCode} ${res.body}`);
  const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const session = cookies.tp_session;
  const csrf = cookies.tp_csrf;
  if (!session || !csrf) throw new Error('login did not set tp_session and tp_csrf');
  return { headers: { cookie: `tp_session=${session}; tp_csrf=${csrf}`, 'x-csrf-token': csrf }, me: res.json() };
}

/**
 * Creates an organisation (unless `orgId` is given), a role holding exactly `permissions`, a
 * user with `testPassword` and an assignment with the data scope, then signs in over HTTP.
 * The role's category is `category`, or derived from the permissions (business by default).
 */
export async function loginAs(
  t: TestApp,
  opts: { permissions: string[]; scope?: DataScope; orgId?: string; category?: PermissionCategory },
): Promise<LoggedIn> {
  const db = t.kernel.db;
  const orgId = opts.orgId ?? (await createOrg(t)).id;
  const wanted = opts.category ?? derivedCategory(t, opts.permissions);
  const category: Exclude<PermissionCategory, 'common'> = wanted === 'common' ? 'business' : wanted;
  const now = nowIso();
  const roleId = newId();
  const userId = newId();
  const assignmentId = newId();
  const username = `test.user.${userId.toLowerCase().slice(-10)}`;
  testHash ??= hashPassword(testPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('roles')
      .values({
        id: roleId,
        code: `testRole${roleId}`,
        name: '测试角色',
        nameEn: 'Test role',
        category,
        builtin: 0,
        requireTotp: 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    if (opts.permissions.length) {
      await trx
        .insertInto('rolePermissions')
        .values(opts.permissions.map((permission) => ({ roleId, permission })))
        .execute();
    }
    await trx
      .insertInto('users')
      .values(
        newUserRow(
          {
            id: userId,
            username,
            displayName: `测试用户${username.slice(-4)}`,
            orgId,
            passwordHash: await testHash!,
            mustChangePassword: 0,
          },
          now,
        ),
      )
      .execute();
    await trx
      .insertInto('userRoles')
      .values({ id: assignmentId, userId, roleId, orgId, scope: opts.scope ?? 'own', createdAt: now })
      .execute();
  });
  const { headers } = await loginWithPassword(t, username, testPassword);
  return { userId, username, orgId, roleId, assignmentId, headers };
}

function derivedCategory(t: TestApp, permissions: string[]): PermissionCategory {
  for (const key of permissions) {
    const c = t.kernel.permissions.get(key)?.category;
    if (c && c !== 'common') return c;
  }
  return 'business';
}
