import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs, loginWithPassword } from '../../test/login';
import { api, auditEvents, buildUserWorld, withoutCsrf } from './test-helpers';

describe('POST/DELETE /api/users/:id/assignments and 三员分立', async () => {
  const t = await buildTestApp();
  const http = api(t);
  const w = await buildUserWorld(t);
  const sec = (scope: 'city' | 'subtree' | 'own', orgId: string) =>
    loginAs(t, { permissions: ['identity.role.assign'], scope, orgId, category: 'security' });
  const citySec = await sec('city', w.orgs.city.id);
  const districtSec = await sec('subtree', w.orgs.districtA.id);
  const roles = Object.fromEntries(
    (await t.kernel.db.selectFrom('roles').select(['code', 'id']).where('builtin', '=', 1).execute()).map((r) => [r.code, r.id]),
  );
  let n = 0;
  /** A new account without assignments, created through the API. */
  async function newUser(orgId: string) {
    const res = await http.post('/api/users', w.cityAdmin.headers, { username: `grant.user${++n}`, displayName: '待授权用户', orgId });
    return res.json() as { id: string; username: string; initialPassword: string };
  }
  const grant = (userId: string, headers: Record<string, string> | undefined, body: object) =>
    http.post(`/api/users/${userId}/assignments`, headers, body);
  const assignmentCount = async (userId: string) =>
    (await t.kernel.db.selectFrom('userRoles').select('id').where('userId', '=', userId).execute()).length;

  it('401, 403 without identity.role.assign, 403 without CSRF, 400 for invalid bodies', async () => {
    const u = await newUser(w.orgs.districtA.id);
    const body = { roleId: roles.caseHandler, orgId: w.orgs.districtA.id, scope: 'subtree' };
    expect((await grant(u.id, undefined, body)).statusCode).toBe(401);
    expect((await grant(u.id, w.cityAdmin.headers, body)).statusCode).toBe(403);
    expect((await grant(u.id, withoutCsrf(citySec.headers), body)).json().error.code).toBe('CSRF_FAILED');
    const cases: [object, string, string][] = [
      [{ ...body, expires: '2030-01-01' }, 'UNKNOWN_FIELD', 'expires'],
      [{ ...body, scope: 'galaxy' }, 'VALIDATION_FAILED', 'scope'],
      [{ ...body, roleId: 'x' }, 'VALIDATION_FAILED', 'roleId'],
      [{ roleId: roles.caseHandler, scope: 'own' }, 'VALIDATION_FAILED', 'orgId'],
    ];
    for (const [payload, code, field] of cases)
      expect((await grant(u.id, citySec.headers, payload)).json().error).toMatchObject({ code, field });
    expect(await assignmentCount(u.id)).toBe(0);
  });

  it('404 for users, roles and organisations outside the granter’s reach; 403 for wider scopes and oneself', async () => {
    const inB = await newUser(w.orgs.officeB1.id);
    const inA = await newUser(w.orgs.officeA1.id);
    expect(
      (await grant(inB.id, districtSec.headers, { roleId: roles.caseHandler, orgId: w.orgs.officeA1.id, scope: 'own' })).statusCode,
    ).toBe(404);
    const noRole = await grant(inA.id, districtSec.headers, {
      roleId: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      orgId: w.orgs.officeA1.id,
      scope: 'own',
    });
    expect(noRole.statusCode).toBe(404);
    expect(noRole.json().error.field).toBe('roleId');
    const farOrg = await grant(inA.id, districtSec.headers, { roleId: roles.caseHandler, orgId: w.orgs.districtB.id, scope: 'own' });
    expect(farOrg.statusCode).toBe(404);
    expect(farOrg.json().error.field).toBe('orgId');
    const wider = await grant(inA.id, districtSec.headers, { roleId: roles.caseHandler, orgId: w.orgs.districtA.id, scope: 'city' });
    expect(wider.statusCode).toBe(403);
    expect(wider.json().error).toMatchObject({ code: 'SCOPE_EXCEEDS_GRANTER', field: 'scope' });
    const self = await grant(citySec.userId, citySec.headers, { roleId: roles.caseHandler, orgId: w.orgs.city.id, scope: 'city' });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('SELF_ASSIGNMENT');
    expect(await assignmentCount(inA.id)).toBe(0);
  });

  it('201: the grant takes effect at the holder’s next sign-in, audited; 409 for the same grant twice', async () => {
    const u = await newUser(w.orgs.districtA.id);
    const res = await grant(u.id, districtSec.headers, { roleId: roles.caseHandler, orgId: w.orgs.districtA.id, scope: 'subtree' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      userId: u.id,
      orgId: w.orgs.districtA.id,
      orgName: '河西区司法局',
      roleCode: 'caseHandler',
      roleName: '业务人员',
      category: 'business',
      scope: 'subtree',
    });
    const [event] = await auditEvents(t, 'identity.assignment.create', u.id);
    expect(event).toMatchObject({ actorId: districtSec.userId, entityType: 'user' });
    expect(event!.diff).toMatchObject({ role: [null, 'caseHandler'], scope: [null, 'subtree'] });
    const again = await grant(u.id, districtSec.headers, { roleId: roles.caseHandler, orgId: w.orgs.districtA.id, scope: 'own' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ASSIGNMENT_EXISTS');
    const { me } = await loginWithPassword(t, u.username, u.initialPassword);
    expect(me).toMatchObject({ activeAssignmentId: res.json().id, assignments: [{ roleId: roles.caseHandler, scope: 'subtree' }] });
  });

  it('三员分立: an account holds at most one administrator duty and then no business role (409 ADMIN_DUTY_CONFLICT)', async () => {
    const admin = await newUser(w.orgs.city.id);
    const at = (roleId: string) => ({ roleId, orgId: w.orgs.city.id, scope: 'city' });
    expect((await grant(admin.id, citySec.headers, at(roles.systemAdmin!))).statusCode).toBe(201);
    for (const code of ['securityAdmin', 'auditAdmin', 'caseHandler', 'cityLeader']) {
      const res = await grant(admin.id, citySec.headers, at(roles[code]!));
      expect(res.statusCode, code).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'ADMIN_DUTY_CONFLICT', field: 'roleId' });
    }
    // A custom role counts by its category too.
    const custom = await http.post(
      '/api/roles',
      (await loginAs(t, { permissions: ['identity.role.manage'], scope: 'city', orgId: w.orgs.city.id })).headers,
      {
        code: 'auditReader',
        name: '审计查阅',
        nameEn: 'Audit reader',
        permissions: ['audit.event.read'],
      },
    );
    expect((await grant(admin.id, citySec.headers, at(custom.json().id))).json().error.code).toBe('ADMIN_DUTY_CONFLICT');
    // The same duty in another organisation is no conflict.
    expect(
      (await grant(admin.id, citySec.headers, { roleId: roles.systemAdmin, orgId: w.orgs.districtB.id, scope: 'subtree' })).statusCode,
    ).toBe(201);
    expect(await assignmentCount(admin.id)).toBe(2);

    const worker = await newUser(w.orgs.city.id);
    expect((await grant(worker.id, citySec.headers, at(roles.caseHandler!))).statusCode).toBe(201);
    for (const code of ['systemAdmin', 'securityAdmin', 'auditAdmin']) {
      expect((await grant(worker.id, citySec.headers, at(roles[code]!))).json().error.code, code).toBe('ADMIN_DUTY_CONFLICT');
    }
    expect((await grant(worker.id, citySec.headers, at(roles.cityLeader!))).statusCode).toBe(201);
  });

  it('DELETE: 401, 403, 404 outside the scope, 204 audited; sessions under it fall back to another assignment', async () => {
    const u = await newUser(w.orgs.districtA.id);
    const first = (await grant(u.id, citySec.headers, { roleId: roles.caseHandler, orgId: w.orgs.districtA.id, scope: 'subtree' })).json();
    const second = (await grant(u.id, citySec.headers, { roleId: roles.officeStaff, orgId: w.orgs.districtB.id, scope: 'own' })).json();
    const session = await loginWithPassword(t, u.username, u.initialPassword);
    const url = `/api/users/${u.id}/assignments/${first.id}`;
    expect((await http.del(url)).statusCode).toBe(401);
    expect((await http.del(url, w.cityAdmin.headers)).statusCode).toBe(403);
    expect((await http.del(url, withoutCsrf(citySec.headers))).json().error.code).toBe('CSRF_FAILED');
    // The district admin sees the user, but not the assignment held in district B.
    expect((await http.del(`/api/users/${u.id}/assignments/${second.id}`, districtSec.headers)).statusCode).toBe(404);
    expect((await http.del(`/api/users/${u.id}/assignments/${citySec.assignmentId}`, citySec.headers)).statusCode).toBe(404);
    expect((await http.del(`/api/users/${citySec.userId}/assignments/${citySec.assignmentId}`, citySec.headers)).json().error.code).toBe(
      'SELF_ASSIGNMENT',
    );

    expect((await http.del(url, districtSec.headers)).statusCode).toBe(204);
    const [event] = await auditEvents(t, 'identity.assignment.delete', u.id);
    expect(event!.diff).toMatchObject({ role: ['caseHandler', null] });
    // The holder must change the initial password first, which /auth/me still shows.
    const me = (await http.get('/api/auth/me', session.headers)).json();
    expect(me).toMatchObject({ activeAssignmentId: second.id, assignments: [{ id: second.id }] });
    const detail = (await http.get(`/api/users/${u.id}`, w.cityAdmin.headers)).json();
    expect(detail.assignments.map((a: { id: string }) => a.id)).toEqual([second.id]);
  });
});
