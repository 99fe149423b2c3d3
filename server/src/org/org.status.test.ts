import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { auditCount, buildOrgTree, lastAudit, loginOrgAdmin } from './test-fixtures';

describe('POST /api/orgs/:id/deactivate and /activate', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  const admin = await loginOrgAdmin(t, tree.city.id, 'city');
  const call = (id: string, verb: 'deactivate' | 'activate', payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/api/orgs/${id}/${verb}`, payload: payload as object, ...(headers ? { headers } : {}) });
  const reason = { reason: '机构改革，职能并入劝业场街道司法所' };

  it('401 without a session, 403 without org.organisation.deactivate', async () => {
    expect((await call(tree.officeA2.id, 'deactivate', reason)).statusCode).toBe(401);
    expect((await call(tree.officeA2.id, 'activate', reason)).statusCode).toBe(401);
    const editor = await loginAs(t, {
      permissions: ['org.organisation.read', 'org.organisation.update'],
      scope: 'city',
      orgId: tree.city.id,
    });
    expect((await call(tree.officeA2.id, 'deactivate', reason, editor.headers)).statusCode).toBe(403);
    expect((await call(tree.officeA2.id, 'activate', reason, editor.headers)).statusCode).toBe(403);
  });

  it('400 without a reason, with an empty one or with unknown fields', async () => {
    const cases: [unknown, string, string][] = [
      [{}, 'VALIDATION_FAILED', 'reason'],
      [{ reason: '  ' }, 'VALIDATION_FAILED', 'reason'],
      [{ reason: 'x'.repeat(501) }, 'VALIDATION_FAILED', 'reason'],
      [{ ...reason, force: true }, 'UNKNOWN_FIELD', 'force'],
    ];
    for (const verb of ['deactivate', 'activate'] as const) {
      for (const [payload, code, field] of cases) {
        const res = await call(tree.officeA2.id, verb, payload, admin.headers);
        expect(res.statusCode, `${verb} ${JSON.stringify(payload)}`).toBe(400);
        expect(res.json().error).toMatchObject({ code, field });
      }
    }
  });

  it('404 outside the scope; 403 for the organisation the actor works in', async () => {
    const districtAdmin = await loginOrgAdmin(t, tree.districtA.id, 'subtree');
    expect((await call(tree.officeB1.id, 'deactivate', reason, districtAdmin.headers)).statusCode).toBe(404);
    const own = await call(tree.districtA.id, 'deactivate', reason, districtAdmin.headers);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('ORG_OWN_ORGANISATION');
  });

  it('409 when the organisation still has active children, with a clear message', async () => {
    const res = await call(tree.districtB.id, 'deactivate', reason, admin.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'ORG_HAS_ACTIVE_CHILDREN',
      message: '该机构仍有启用的下级机构，请先停用或移走下级机构',
      messageEn: 'The organisation still has active sub-organisations; deactivate or move them first',
    });
    expect(await auditCount(t, tree.districtB.id)).toBe(0);
  });

  it('deactivates with the reason audited, never deletes, and activates again', async () => {
    const res = await call(tree.officeA2.id, 'deactivate', reason, admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false, version: 2 });
    const audit = await lastAudit(t, tree.officeA2.id);
    expect(audit).toMatchObject({ action: 'org.organisation.deactivate', reason: reason.reason, actorId: admin.userId });
    expect(audit!.diff).toEqual({ active: [1, 0], version: [1, 2] });
    expect(await t.kernel.db.selectFrom('organisations').select('id').where('id', '=', tree.officeA2.id).executeTakeFirst()).toBeTruthy();

    const again = await call(tree.officeA2.id, 'deactivate', reason, admin.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ORG_ALREADY_INACTIVE');
    const list = await t.app.inject({ method: 'GET', url: `/api/orgs?parentId=${tree.districtA.id}`, headers: admin.headers });
    expect(list.json().items.map((o: { id: string }) => o.id)).toEqual([tree.officeA1.id]);

    const back = await call(tree.officeA2.id, 'activate', { reason: '恢复设立' }, admin.headers);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ active: true, version: 3 });
    expect(await lastAudit(t, tree.officeA2.id)).toMatchObject({ action: 'org.organisation.activate', reason: '恢复设立' });
    const twice = await call(tree.officeA2.id, 'activate', { reason: '恢复设立' }, admin.headers);
    expect(twice.json().error.code).toBe('ORG_ALREADY_ACTIVE');
  });

  it('deactivates bottom-up, and activates only under an active parent', async () => {
    expect((await call(tree.officeB1.id, 'deactivate', reason, admin.headers)).statusCode).toBe(200);
    expect((await call(tree.districtB.id, 'deactivate', reason, admin.headers)).statusCode).toBe(200);
    const orphan = await call(tree.officeB1.id, 'activate', reason, admin.headers);
    expect(orphan.statusCode).toBe(409);
    expect(orphan.json().error).toMatchObject({ code: 'ORG_PARENT_INACTIVE', field: 'parentId' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      headers: admin.headers,
      payload: { name: '新设司法所', type: 'justiceOffice', regionCode: '120102', parentId: tree.districtB.id },
    });
    expect(created.statusCode).toBe(409);
    expect((await call(tree.districtB.id, 'activate', reason, admin.headers)).statusCode).toBe(200);
    expect((await call(tree.officeB1.id, 'activate', reason, admin.headers)).statusCode).toBe(200);
  });
});
