import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginWithPassword } from '../../test/login';
import { printDemoLogins } from './demo-logins';
import { demoPassword, demoUsers, seedDemoUsers } from './seed-demo';
import { api } from './test-helpers';

describe('demo users', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const other = await createOrg(t, { type: 'cityBureau', name: '另一个根机构' });
  const city = await createOrg(t, { type: 'cityBureau', name: '天津市司法局' });
  const hexi = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河西区司法局' });
  const hedong = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '天津市河东区司法局' });
  const office = await createOrg(t, { parentId: hexi.id, type: 'justiceOffice', name: '大营门街道司法所' });
  await t.kernel.db.updateTable('organisations').set({ code: 'TJSFJ' }).where('id', '=', city.id).execute();
  await t.kernel.db.updateTable('organisations').set({ code: 'TJSFJ-120103' }).where('id', '=', hexi.id).execute();
  await seedDemoUsers(t.kernel);
  await seedDemoUsers(t.kernel); // idempotent

  afterEach(() => vi.restoreAllMocks());

  it('creates one account per built-in role in the matching organisation, once', async () => {
    const rows = await t.kernel.db
      .selectFrom('users as u')
      .innerJoin('userRoles as a', 'a.userId', 'u.id')
      .innerJoin('roles as r', 'r.id', 'a.roleId')
      .select(['u.username', 'r.code', 'a.orgId', 'a.scope', 'u.mustChangePassword'])
      .orderBy('u.username')
      .execute();
    expect(rows).toHaveLength(demoUsers.length);
    const by = Object.fromEntries(rows.map((r) => [r.username, r]));
    expect(by.sysadmin).toMatchObject({ code: 'systemAdmin', orgId: city.id, scope: 'city', mustChangePassword: 0 });
    expect(by.secadmin).toMatchObject({ code: 'securityAdmin', orgId: city.id });
    expect(by.auditor).toMatchObject({ code: 'auditAdmin', orgId: city.id });
    expect(by.leader).toMatchObject({ code: 'cityLeader', orgId: city.id, scope: 'city' });
    expect(by['hexi.handler']).toMatchObject({ code: 'caseHandler', orgId: hexi.id, scope: 'subtree' });
    expect(by['hexi.office']).toMatchObject({ code: 'officeStaff', orgId: office.id, scope: 'own' });
    expect(rows.some((r) => r.orgId === other.id || r.orgId === hedong.id)).toBe(false);
  });

  it('the demo password signs every account in, each with its own duty', async () => {
    const sys = await loginWithPassword(t, 'sysadmin', demoPassword);
    expect((await http.get('/api/users', sys.headers)).statusCode).toBe(200);
    expect((await http.get('/api/roles', sys.headers)).statusCode).toBe(403);
    const secadmin = await loginWithPassword(t, 'secadmin', demoPassword);
    expect((await http.get('/api/roles', secadmin.headers)).statusCode).toBe(200);
    const auditor = await loginWithPassword(t, 'auditor', demoPassword);
    expect((await http.get('/api/users', auditor.headers)).statusCode).toBe(403);
    const handler = await loginWithPassword(t, 'hexi.handler', demoPassword);
    expect((handler.me as { permissions: string[] }).permissions).not.toContain('identity.user.read');
  });

  it('prints a table of the demo logins', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await printDemoLogins(t.kernel, 'http://localhost:3000');
    const text = log.mock.calls.map((c) => String(c[0])).join('\n');
    for (const u of demoUsers) expect(text).toContain(u.username);
    expect(text).toContain(demoPassword);
    expect(text).toContain('系统管理员 System administrator');
    expect(text).toContain('天津市河西区司法局');
    expect(text).toContain('本机构及下级 Organisation and subordinates');
  });
});
