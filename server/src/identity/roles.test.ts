import { adminCategories } from '@tianping/common/contract/identity';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { seedBuiltinRoles } from './seed';
import { api, auditEvents, withoutCsrf } from './test-helpers';

describe('permissions and roles', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const secadmin = await loginAs(t, { permissions: ['identity.role.read', 'identity.role.manage', 'identity.role.assign'], scope: 'city' });
  const reader = await loginAs(t, { permissions: ['identity.role.read'], scope: 'city' });
  const sysadmin = await loginAs(t, { permissions: ['identity.user.read'], scope: 'city' });
  const categoryOf = (key: string) => t.kernel.permissions.get(key)!.category;
  const businessKey = [...t.kernel.permissions.values()].find((p) => p.category === 'business')!.key;
  const valid = () => ({
    code: 'districtReviewer',
    name: '区局审核员',
    nameEn: 'District reviewer',
    permissions: [businessKey, 'org.organisation.read'],
    requireTotp: false,
  });

  it('GET /permissions: 401, 403, then every registered permission with its module label', async () => {
    expect((await http.get('/api/permissions')).statusCode).toBe(401);
    expect((await http.get('/api/permissions', sysadmin.headers)).statusCode).toBe(403);
    const res = await http.get('/api/permissions', reader.headers);
    expect(res.statusCode).toBe(200);
    const list = res.json() as { key: string }[];
    expect(list).toHaveLength(t.kernel.permissions.size);
    expect(list).toContainEqual({
      module: 'identity',
      moduleLabel: { zh: '用户与权限', en: 'Identity and access' },
      key: 'identity.role.assign',
      category: 'security',
      zh: '为用户分配角色',
      en: 'Assign roles to users',
    });
  });

  it('GET /roles: built-in roles; 三员分立 — admin roles hold no business permission, business roles no admin one', async () => {
    expect((await http.get('/api/roles')).statusCode).toBe(401);
    expect((await http.get('/api/roles', sysadmin.headers)).statusCode).toBe(403);
    const roles = (await http.get('/api/roles', reader.headers)).json() as {
      code: string;
      category: string;
      builtin: boolean;
      permissions: string[];
    }[];
    const byCode = new Map(roles.map((r) => [r.code, r]));
    for (const code of ['systemAdmin', 'securityAdmin', 'auditAdmin', 'cityLeader', 'caseHandler', 'officeStaff'])
      expect(byCode.get(code)?.builtin).toBe(true);
    for (const role of roles.filter((r) => r.builtin)) {
      for (const p of role.permissions) expect([role.category, 'common'], `${role.code} holds ${p}`).toContain(categoryOf(p));
      if ((adminCategories as readonly string[]).includes(role.category)) expect(role.permissions).not.toContain(businessKey);
    }
    expect(byCode.get('systemAdmin')!.permissions).toEqual(expect.arrayContaining(['identity.user.create', 'org.organisation.create']));
    expect(byCode.get('systemAdmin')!.permissions).not.toContain('identity.role.manage');
    expect(byCode.get('securityAdmin')!.permissions).toContain('identity.role.assign');
    expect(byCode.get('auditAdmin')!.permissions).toContain('audit.event.read');
    expect(byCode.get('caseHandler')!.permissions).toContain(businessKey);
  });

  it('POST /roles: 401, 403, CSRF, then 400 for invalid bodies', async () => {
    expect((await http.post('/api/roles', undefined, valid())).statusCode).toBe(401);
    expect((await http.post('/api/roles', reader.headers, valid())).statusCode).toBe(403);
    expect((await http.post('/api/roles', withoutCsrf(secadmin.headers), valid())).json().error.code).toBe('CSRF_FAILED');
    const cases: [object, string, string][] = [
      [{ ...valid(), builtin: true }, 'UNKNOWN_FIELD', 'builtin'],
      [{ ...valid(), code: 'Has Space' }, 'VALIDATION_FAILED', 'code'],
      [{ ...valid(), name: '' }, 'VALIDATION_FAILED', 'name'],
      [{ ...valid(), permissions: ['not a key'] }, 'VALIDATION_FAILED', 'permissions.0'],
      [{ ...valid(), permissions: ['nosuch.thing.read'] }, 'UNKNOWN_PERMISSION', 'permissions'],
      [{ ...valid(), permissions: [businessKey, 'identity.user.create'] }, 'ROLE_CATEGORY_MIXED', 'permissions'],
      [{ ...valid(), category: 'system', permissions: [businessKey] }, 'ROLE_CATEGORY_MIXED', 'permissions'],
      [{ ...valid(), permissions: ['audit.event.read', 'identity.role.manage'] }, 'ROLE_CATEGORY_MIXED', 'permissions'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await http.post('/api/roles', secadmin.headers, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toMatchObject({ code, field });
    }
    expect((await http.post('/api/roles', secadmin.headers, { ...valid(), code: 'systemAdmin' })).json().error).toMatchObject({
      code: 'ROLE_CODE_TAKEN',
      field: 'code',
    });
  });

  it('POST /roles: 201, text stored verbatim (HTML and SQL are data), category derived, audited', async () => {
    const name = `<img src=x onerror=alert(1)>'); DROP TABLE roles; --`;
    const res = await http.post('/api/roles', secadmin.headers, { ...valid(), name });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toContain('application/json');
    const role = res.json();
    expect(role).toMatchObject({ code: 'districtReviewer', name, category: 'business', builtin: false, requireTotp: false, version: 1 });
    expect(role.permissions).toEqual([businessKey, 'org.organisation.read'].sort());
    const listed = (await http.get('/api/roles', reader.headers)).json().find((r: { id: string }) => r.id === role.id);
    expect(listed.name).toBe(name);
    const [event] = await auditEvents(t, 'identity.role.create', role.id);
    expect(event).toMatchObject({ actorId: secadmin.userId, entityType: 'role' });
    expect(event!.diff!.code).toEqual([null, 'districtReviewer']);
    const commonOnly = await http.post('/api/roles', secadmin.headers, {
      ...valid(),
      code: 'orgViewer',
      category: 'audit',
      permissions: ['org.organisation.read'],
    });
    expect(commonOnly.json()).toMatchObject({ category: 'audit' });
  });

  it('PATCH /roles/:id: 404, 400, 409 on a stale version, edits within the category, audited', async () => {
    const created = (await http.post('/api/roles', secadmin.headers, { ...valid(), code: 'patchMe' })).json();
    const url = `/api/roles/${created.id}`;
    expect((await http.patch(url, undefined, { version: 1 })).statusCode).toBe(401);
    expect((await http.patch(url, reader.headers, { version: 1 })).statusCode).toBe(403);
    expect((await http.patch('/api/roles/01ARZ3NDEKTSV4RRFFQ69G5FAV', secadmin.headers, { version: 1 })).statusCode).toBe(404);
    expect((await http.patch(url, secadmin.headers, { name: 'x' })).json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'version',
    });
    expect((await http.patch(url, secadmin.headers, { version: 1, category: 'system' })).json().error.code).toBe('UNKNOWN_FIELD');
    const mixed = await http.patch(url, secadmin.headers, { version: 1, permissions: ['identity.user.read'] });
    expect(mixed.json().error.code).toBe('ROLE_CATEGORY_MIXED');
    const ok = await http.patch(url, secadmin.headers, {
      version: 1,
      name: '改名',
      requireTotp: true,
      permissions: ['org.organisation.read'],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: '改名', requireTotp: true, permissions: ['org.organisation.read'], version: 2 });
    const stale = await http.patch(url, secadmin.headers, { version: 1, name: '再改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    const [event] = await auditEvents(t, 'identity.role.update', created.id);
    expect(event!.diff).toMatchObject({ name: ['区局审核员', '改名'], secondFactorRequired: [false, true] });
  });

  it('built-in roles: code and permissions are the system’s; names and requireTotp may change; seed re-syncs', async () => {
    const roles = (await http.get('/api/roles', reader.headers)).json() as {
      id: string;
      code: string;
      version: number;
      permissions: string[];
    }[];
    const sys = roles.find((r) => r.code === 'systemAdmin')!;
    const locked = await http.patch(`/api/roles/${sys.id}`, secadmin.headers, {
      version: sys.version,
      permissions: ['org.organisation.read'],
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('BUILTIN_ROLE_LOCKED');
    expect((await http.patch(`/api/roles/${sys.id}`, secadmin.headers, { version: sys.version, code: 'root' })).json().error.code).toBe(
      'BUILTIN_ROLE_LOCKED',
    );
    const ok = await http.patch(`/api/roles/${sys.id}`, secadmin.headers, { version: sys.version, requireTotp: true });
    expect(ok.json()).toMatchObject({ requireTotp: true });

    // A permission lost from a built-in role comes back at the next start; requireTotp is kept.
    await t.kernel.db.deleteFrom('rolePermissions').where('roleId', '=', sys.id).where('permission', '=', 'identity.user.create').execute();
    await seedBuiltinRoles(t.kernel);
    await seedBuiltinRoles(t.kernel);
    const after = (await http.get('/api/roles', reader.headers)).json().find((r: { id: string }) => r.id === sys.id);
    expect(after.permissions).toEqual(sys.permissions);
    expect(after.requireTotp).toBe(true);
    const count = await t.kernel.db
      .selectFrom('roles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('builtin', '=', 1)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(6);
  });
});
