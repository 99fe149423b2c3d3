import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { api, buildUserWorld } from './test-helpers';

describe('GET /api/users and /api/users/:id (scoped)', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const w = await buildUserWorld(t);
  const created: Record<string, string> = {};
  for (const [username, orgId] of [
    ['scope.city', w.orgs.city.id],
    ['scope.district-a', w.orgs.districtA.id],
    ['scope.office-a1', w.orgs.officeA1.id],
    ['scope.office-b1', w.orgs.officeB1.id],
  ] as const) {
    const res = await http.post('/api/users', w.cityAdmin.headers, {
      username,
      displayName: `用户 ${username}`,
      orgId,
      phone: '13812345678',
    });
    created[username] = res.json().id;
  }
  const names = async (headers: Record<string, string>, query = 'q=scope.') =>
    ((await http.get(`/api/users?${query}`, headers)).json().items as { username: string }[]).map((u) => u.username).sort();

  it('401 without a session, 403 without identity.user.read (or identity.role.assign)', async () => {
    expect((await http.get('/api/users')).statusCode).toBe(401);
    const nobody = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'city', orgId: w.orgs.city.id });
    expect((await http.get('/api/users', nobody.headers)).statusCode).toBe(403);
    expect((await http.get(`/api/users/${created['scope.city']}`, nobody.headers)).statusCode).toBe(403);
    const assigner = await loginAs(t, { permissions: ['identity.role.assign'], scope: 'city', orgId: w.orgs.city.id });
    expect((await http.get('/api/users', assigner.headers)).statusCode).toBe(200);
  });

  it('400 for invalid query parameters', async () => {
    for (const q of ['pageSize=0', 'pageSize=1000', 'page=-1', 'orgId=nope', `q=${'x'.repeat(61)}`]) {
      const res = await http.get(`/api/users?${q}`, w.cityAdmin.headers);
      expect(res.statusCode, q).toBe(400);
    }
  });

  it('applies the data scope: city sees all, subtree its district, own its office only', async () => {
    expect(await names(w.cityAdmin.headers)).toEqual(['scope.city', 'scope.district-a', 'scope.office-a1', 'scope.office-b1']);
    expect(await names(w.districtAdmin.headers)).toEqual(['scope.district-a', 'scope.office-a1']);
    expect(await names(w.officeAdmin.headers)).toEqual(['scope.office-a1']);
    // Without q: the admins themselves are within their own scopes too.
    const all = (await http.get('/api/users?pageSize=200', w.officeAdmin.headers)).json();
    expect(all.items.map((u: { orgId: string }) => u.orgId).every((id: string) => id === w.orgs.officeA1.id)).toBe(true);
  });

  it('filters by organisation and text, pages with a total, masks phones', async () => {
    expect(await names(w.cityAdmin.headers, `orgId=${w.orgs.officeB1.id}`)).toEqual(['scope.office-b1']);
    // An organisation outside the scope yields nothing rather than an error.
    expect(await names(w.districtAdmin.headers, `orgId=${w.orgs.officeB1.id}`)).toEqual([]);
    expect(await names(w.cityAdmin.headers, 'q=office')).toEqual(['scope.office-a1', 'scope.office-b1']);
    expect(await names(w.cityAdmin.headers, 'q=%25')).toEqual([]); // LIKE wildcards are literal
    const page = (await http.get('/api/users?q=scope.&pageSize=3&page=2', w.cityAdmin.headers)).json();
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      username: 'scope.office-b1',
      orgName: '大王庄街道司法所',
      phoneMasked: '138****5678',
      active: true,
      locked: false,
      mustChangePassword: true,
      lastLoginAt: null,
    });
    expect(JSON.stringify(page)).not.toContain('13812345678');
  });

  it('GET /users/:id: the user with assignments and abilities; 404 outside the scope or unknown', async () => {
    const res = await http.get(`/api/users/${created['scope.office-a1']}`, w.districtAdmin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: 'scope.office-a1',
      assignments: [],
      abilities: { canEdit: true, canAssign: false },
      version: 1,
      totpEnabled: false,
    });
    expect(res.json()).not.toHaveProperty('passwordHash');
    expect((await http.get(`/api/users/${created['scope.office-b1']}`, w.districtAdmin.headers)).statusCode).toBe(404);
    expect((await http.get(`/api/users/${created['scope.district-a']}`, w.officeAdmin.headers)).statusCode).toBe(404);
    expect((await http.get('/api/users/01ARZ3NDEKTSV4RRFFQ69G5FAV', w.cityAdmin.headers)).statusCode).toBe(404);
    expect((await http.get('/api/users/not-an-id', w.cityAdmin.headers)).statusCode).toBe(400);
  });
});
