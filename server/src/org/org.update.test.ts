import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { auditCount, buildOrgTree, lastAudit, loginOrgAdmin } from './test-fixtures';

describe('PATCH /api/orgs/:id', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  const admin = await loginOrgAdmin(t, tree.city.id, 'city');
  const patch = (id: string, payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'PATCH', url: `/api/orgs/${id}`, payload: payload as object, ...(headers ? { headers } : {}) });
  const version = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/orgs/${id}`, headers: admin.headers })).json().version as number;

  it('401 without a session, 403 without org.organisation.update', async () => {
    expect((await patch(tree.officeA1.id, { name: '新名称', version: 1 })).statusCode).toBe(401);
    const creator = await loginAs(t, {
      permissions: ['org.organisation.read', 'org.organisation.create'],
      scope: 'city',
      orgId: tree.city.id,
    });
    expect((await patch(tree.officeA1.id, { name: '新名称', version: 1 }, creator.headers)).statusCode).toBe(403);
  });

  it('400 for invalid bodies, unknown fields and unknown regions', async () => {
    const cases: [object, string, string][] = [
      [{ name: '新名称' }, 'VALIDATION_FAILED', 'version'],
      [{ name: '   ', version: 1 }, 'VALIDATION_FAILED', 'name'],
      [{ type: 'court', version: 1 }, 'VALIDATION_FAILED', 'type'],
      [{ parentId: tree.districtB.id, version: 1 }, 'UNKNOWN_FIELD', 'parentId'],
      [{ regionCode: '120101999', version: 1 }, 'ORG_REGION_UNKNOWN', 'regionCode'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await patch(tree.officeA1.id, payload, admin.headers);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, field });
    }
    expect(await version(tree.officeA1.id)).toBe(1);
  });

  it('404 outside the scope', async () => {
    const districtAdmin = await loginOrgAdmin(t, tree.districtA.id, 'subtree');
    const res = await patch(tree.officeB1.id, { name: '越权修改', version: 1 }, districtAdmin.headers);
    expect(res.statusCode).toBe(404);
    const own = await loginOrgAdmin(t, tree.districtA.id, 'own');
    expect((await patch(tree.officeA1.id, { name: '越权修改', version: 1 }, own.headers)).statusCode).toBe(404);
  });

  it('updates with the current version and records before/after', async () => {
    const res = await patch(
      tree.officeA1.id,
      { name: '劝业场司法所', shortName: '劝业场所', regionCode: '120101002', version: 1 },
      admin.headers,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: '劝业场司法所',
      shortName: '劝业场所',
      regionCode: '120101002',
      regionName: '小白楼街道',
      version: 2,
    });
    const audit = await lastAudit(t, tree.officeA1.id);
    expect(audit).toMatchObject({ action: 'org.organisation.update', actorId: admin.userId });
    expect(audit!.diff).toEqual({
      name: ['劝业场街道司法所', '劝业场司法所'],
      shortName: [null, '劝业场所'],
      regionCode: ['120101001', '120101002'],
      version: [1, 2],
    });
    const cleared = await patch(tree.officeA1.id, { shortName: null, version: 2 }, admin.headers);
    expect(cleared.json()).toMatchObject({ shortName: null, version: 3 });
  });

  it('409 CONFLICT for a stale version, without writing', async () => {
    const current = await version(tree.officeA2.id);
    expect((await patch(tree.officeA2.id, { name: '第一次修改', version: current }, admin.headers)).statusCode).toBe(200);
    const audits = await auditCount(t, tree.officeA2.id);
    const stale = await patch(tree.officeA2.id, { name: '基于旧版本的修改', version: current }, admin.headers);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect(await auditCount(t, tree.officeA2.id)).toBe(audits);
    const detail = await t.app.inject({ method: 'GET', url: `/api/orgs/${tree.officeA2.id}`, headers: admin.headers });
    expect(detail.json().name).toBe('第一次修改');
  });

  it('treats an update that changes nothing as a no-op (no version bump, no audit)', async () => {
    const current = await version(tree.districtB.id);
    const audits = await auditCount(t, tree.districtB.id);
    const res = await patch(tree.districtB.id, { name: '天津市河东区司法局', version: current }, admin.headers);
    expect(res.json().version).toBe(current);
    expect(await auditCount(t, tree.districtB.id)).toBe(audits);
  });
});
