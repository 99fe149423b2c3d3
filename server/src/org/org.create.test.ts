import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { auditCount, buildOrgTree, lastAudit, loginOrgAdmin } from './test-fixtures';

describe('POST /api/orgs', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  const admin = await loginOrgAdmin(t, tree.city.id, 'city');
  const post = (payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/orgs', payload: payload as object, ...(headers ? { headers } : {}) });
  const valid = () => ({
    name: '劝业场街道公共法律服务站',
    type: 'legalServiceStation',
    regionCode: '120101001',
    parentId: tree.officeA1.id,
  });

  it('401 without a session', async () => {
    expect((await post(valid())).statusCode).toBe(401);
  });

  it('403 without org.organisation.create (and without the CSRF header)', async () => {
    const reader = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'city', orgId: tree.city.id });
    expect((await post(valid(), reader.headers)).statusCode).toBe(403);
    const res = await post(valid(), { cookie: admin.headers.cookie! });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('400 for invalid bodies, unknown fields and unknown regions, writing nothing', async () => {
    const before = (
      await t.kernel.db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const cases: [object, string, string][] = [
      [{ ...valid(), name: '' }, 'VALIDATION_FAILED', 'name'],
      [{ ...valid(), name: 'x'.repeat(201) }, 'VALIDATION_FAILED', 'name'],
      [{ ...valid(), name: 42 }, 'VALIDATION_FAILED', 'name'],
      [{ ...valid(), type: 'prison' }, 'VALIDATION_FAILED', 'type'],
      [{ ...valid(), regionCode: '12010' }, 'VALIDATION_FAILED', 'regionCode'],
      [{ ...valid(), parentId: undefined }, 'VALIDATION_FAILED', 'parentId'],
      [{ ...valid(), code: 'has space' }, 'VALIDATION_FAILED', 'code'],
      [{ ...valid(), active: false }, 'UNKNOWN_FIELD', 'active'],
      [{ ...valid(), regionCode: '120199999999' }, 'ORG_REGION_UNKNOWN', 'regionCode'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await post(payload, admin.headers);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, field });
    }
    const after = (
      await t.kernel.db
        .selectFrom('organisations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(after)).toBe(Number(before));
  });

  it('404 on parentId when the parent is outside the scope; 409 when it is inactive', async () => {
    const districtAdmin = await loginOrgAdmin(t, tree.districtA.id, 'subtree');
    const res = await post({ ...valid(), parentId: tree.officeB1.id }, districtAdmin.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
    const closed = await createOrg(t, { parentId: tree.districtA.id, type: 'justiceOffice', regionCode: '120101', active: 0 });
    const inactive = await post({ ...valid(), parentId: closed.id }, admin.headers);
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json().error).toMatchObject({ code: 'ORG_PARENT_INACTIVE', field: 'parentId' });
  });

  it('creates under a parent: path, depth and code computed, audit written in the same request', async () => {
    const res = await post({ ...valid(), shortName: '劝业场法律服务站' }, admin.headers);
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      name: '劝业场街道公共法律服务站',
      shortName: '劝业场法律服务站',
      type: 'legalServiceStation',
      typeLabel: { zh: '公共法律服务站', en: 'Public legal service station' },
      regionName: '劝业场街道',
      parentId: tree.officeA1.id,
      parentName: '劝业场街道司法所',
      path: `${tree.officeA1.path}${org.id}/`,
      depth: 3,
      active: true,
      version: 1,
      code: `ORG-${org.id}`,
    });
    const audit = await lastAudit(t, org.id);
    expect(audit).toMatchObject({
      action: 'org.organisation.create',
      entityType: 'organisation',
      actorType: 'staff',
      actorId: admin.userId,
      orgId: org.id,
    });
    expect(audit!.diff).toMatchObject({
      name: [null, '劝业场街道公共法律服务站'],
      path: [null, org.path],
      parentId: [null, tree.officeA1.id],
    });
    const detail = await t.app.inject({ method: 'GET', url: `/api/orgs/${org.id}`, headers: admin.headers });
    expect(detail.json()).toEqual(org);
  });

  it('accepts a given code once (409 ORG_CODE_TAKEN on reuse)', async () => {
    const first = await post({ ...valid(), code: 'GFZ-120101001' }, admin.headers);
    expect(first.statusCode).toBe(201);
    expect(first.json().code).toBe('GFZ-120101001');
    const again = await post({ ...valid(), code: 'GFZ-120101001' }, admin.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'ORG_CODE_TAKEN', field: 'code' });
  });

  it('stores SQL and HTML fragments verbatim and returns them only as JSON strings', async () => {
    const name = `<script>alert("x")</script>'; DROP TABLE organisations; --`;
    const res = await post({ ...valid(), name, shortName: '<b>站</b>' }, admin.headers);
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toMatchObject({ name, shortName: '<b>站</b>' });
    const list = await t.app.inject({ method: 'GET', url: `/api/orgs?q=${encodeURIComponent('DROP TABLE')}`, headers: admin.headers });
    expect(list.json().items.map((o: { name: string }) => o.name)).toEqual([name]);
    expect(await auditCount(t, res.json().id)).toBe(1);
  });

  it('lets a subtree administrator create within the subtree', async () => {
    const districtAdmin = await loginOrgAdmin(t, tree.districtA.id, 'subtree');
    const res = await post(
      { name: '和平区法律援助中心', type: 'legalAidCentre', regionCode: '120101', parentId: tree.districtA.id },
      districtAdmin.headers,
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().abilities).toEqual({ canEdit: true, canMove: true, canDeactivate: true });
  });
});
