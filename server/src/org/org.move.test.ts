import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { auditCount, buildOrgTree, lastAudit, loginOrgAdmin } from './test-fixtures';

describe('POST /api/orgs/:id/move', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  const admin = await loginOrgAdmin(t, tree.city.id, 'city');
  const move = (id: string, payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: `/api/orgs/${id}/move`, payload: payload as object, ...(headers ? { headers } : {}) });
  const stored = (id: string) =>
    t.kernel.db
      .selectFrom('organisations')
      .select(['id', 'parentId', 'path', 'depth', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('401 without a session, 403 without org.organisation.update', async () => {
    expect((await move(tree.officeA1.id, { parentId: tree.districtB.id, version: 1 })).statusCode).toBe(401);
    const reader = await loginAs(t, {
      permissions: ['org.organisation.read', 'org.organisation.deactivate'],
      scope: 'city',
      orgId: tree.city.id,
    });
    expect((await move(tree.officeA1.id, { parentId: tree.districtB.id, version: 1 }, reader.headers)).statusCode).toBe(403);
  });

  it('400 for invalid bodies and unknown fields', async () => {
    const cases: [object, string, string][] = [
      [{ parentId: tree.districtB.id }, 'VALIDATION_FAILED', 'version'],
      [{ parentId: 'x', version: 1 }, 'VALIDATION_FAILED', 'parentId'],
      [{ parentId: tree.districtB.id, version: 1, path: '/' }, 'UNKNOWN_FIELD', 'path'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await move(tree.officeA1.id, payload, admin.headers);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, field });
    }
  });

  it('404 when the organisation or the new parent is outside the scope', async () => {
    const districtAdmin = await loginOrgAdmin(t, tree.districtA.id, 'subtree');
    expect((await move(tree.officeB1.id, { parentId: tree.districtA.id, version: 1 }, districtAdmin.headers)).statusCode).toBe(404);
    const res = await move(tree.officeA1.id, { parentId: tree.districtB.id, version: 1 }, districtAdmin.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
  });

  it('403 when a subtree administrator tries to move their own organisation', async () => {
    const districtAdmin = await loginOrgAdmin(t, tree.districtA.id, 'subtree');
    const res = await move(tree.districtA.id, { parentId: tree.officeA1.id, version: 1 }, districtAdmin.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ORG_OWN_ORGANISATION');
  });

  it('400 ORG_MOVE_CYCLE under itself or its own descendant', async () => {
    for (const parentId of [tree.districtA.id, tree.officeA1.id]) {
      const res = await move(tree.districtA.id, { parentId, version: 1 }, admin.headers);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'ORG_MOVE_CYCLE', field: 'parentId' });
    }
    expect(await stored(tree.districtA.id)).toMatchObject({ parentId: tree.city.id, path: tree.districtA.path, version: 1 });
  });

  it('409 under an inactive parent and for a stale version', async () => {
    const closed = await createOrg(t, { parentId: tree.city.id, type: 'districtBureau', regionCode: '120103', active: 0 });
    const inactive = await move(tree.officeB1.id, { parentId: closed.id, version: 1 }, admin.headers);
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json().error).toMatchObject({ code: 'ORG_PARENT_INACTIVE', field: 'parentId' });
    const stale = await move(tree.officeB1.id, { parentId: tree.districtA.id, version: 7 }, admin.headers);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
  });

  it('moves a subtree: rewrites every descendant path and depth in one transaction, audited', async () => {
    // districtA (with officeA1, officeA2 and a grandchild) moves under districtB.
    const station = await createOrg(t, { parentId: tree.officeA1.id, type: 'legalServiceStation', regionCode: '120101001' });
    const res = await move(tree.districtA.id, { parentId: tree.districtB.id, version: 1 }, admin.headers);
    expect(res.statusCode).toBe(200);
    const newPath = `${tree.districtB.path}${tree.districtA.id}/`;
    expect(res.json()).toMatchObject({
      parentId: tree.districtB.id,
      parentName: '天津市河东区司法局',
      path: newPath,
      depth: 2,
      version: 2,
    });
    expect(await stored(tree.officeA1.id)).toMatchObject({ path: `${newPath}${tree.officeA1.id}/`, depth: 3, version: 1 });
    expect(await stored(tree.officeA2.id)).toMatchObject({ path: `${newPath}${tree.officeA2.id}/`, depth: 3 });
    expect(await stored(station.id)).toMatchObject({ path: `${newPath}${tree.officeA1.id}/${station.id}/`, depth: 4 });
    expect(await stored(tree.officeB1.id)).toMatchObject({ path: tree.officeB1.path, depth: 2 });
    const leftovers = await t.kernel.db.selectFrom('organisations').select('id').where('path', 'like', `${tree.districtA.path}%`).execute();
    expect(leftovers).toEqual([]);
    const audit = await lastAudit(t, tree.districtA.id);
    expect(audit).toMatchObject({ action: 'org.organisation.move', actorId: admin.userId });
    expect(audit!.diff).toMatchObject({
      parentId: [tree.city.id, tree.districtB.id],
      path: [tree.districtA.path, newPath],
      depth: [1, 2],
      descendantsMoved: [null, 3],
    });

    // The subtree scope follows the new paths: districtB's administrator now sees officeA1.
    const districtB = await loginOrgAdmin(t, tree.districtB.id, 'subtree');
    expect((await t.app.inject({ method: 'GET', url: `/api/orgs/${tree.officeA1.id}`, headers: districtB.headers })).statusCode).toBe(200);
    // And it moves back.
    const back = await move(tree.districtA.id, { parentId: tree.city.id, version: 2 }, admin.headers);
    expect(back.json()).toMatchObject({ path: tree.districtA.path, depth: 1, version: 3 });
    expect(await stored(station.id)).toMatchObject({ path: `${tree.officeA1.path}${station.id}/`, depth: 3 });
  });

  it('treats a move to the current parent as a no-op', async () => {
    const before = await stored(tree.officeB1.id);
    const audits = await auditCount(t, tree.officeB1.id);
    const res = await move(tree.officeB1.id, { parentId: tree.districtB.id, version: before.version }, admin.headers);
    expect(res.statusCode).toBe(200);
    expect(await stored(tree.officeB1.id)).toEqual(before);
    expect(await auditCount(t, tree.officeB1.id)).toBe(audits);
  });
});
