import { localDateAt } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { systemContext } from '../access/actor';
import { buildOrgTree } from '../org/test-fixtures';

describe('statistics metrics', async () => {
  const t = await buildTestApp();
  const tree = await buildOrgTree(t);
  await createOrg(t, { parentId: tree.officeA1.id, type: 'mediationCommittee', regionCode: '120101001', active: 0 });
  const cityReader = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: tree.city.id });
  const districtReader = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'subtree', orgId: tree.districtA.id });
  await loginAs(t, { permissions: [], scope: 'own', orgId: tree.officeA1.id });
  await loginAs(t, { permissions: [], scope: 'own', orgId: tree.officeA1.id });
  await loginAs(t, { permissions: [], scope: 'own', orgId: tree.officeB1.id });
  const cityAuditor = await loginAs(t, { permissions: ['audit.event.read'], scope: 'city', orgId: tree.city.id, category: 'audit' });
  const districtAuditor = await loginAs(t, {
    permissions: ['audit.event.read'],
    scope: 'subtree',
    orgId: tree.districtA.id,
    category: 'audit',
  });
  const nobody = await loginAs(t, { permissions: [], scope: 'city', orgId: tree.city.id });
  const today = localDateAt(new Date());
  const range = `from=2026-01-01&to=${today}`;
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });
  const evaluate = async (id: string, query: string, headers: Record<string, string>) => {
    const res = await get(`/api/stats/metrics/${id}?${query}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { rows: { key: string; label: string | null; series: string | null; value: number }[]; total: number };
  };

  it('401 / 403 / 404 / 400', async () => {
    expect((await get('/api/stats/metrics')).statusCode).toBe(401);
    expect((await get('/api/stats/metrics', nobody.headers)).statusCode).toBe(403);
    expect((await get(`/api/stats/metrics/identity.activeStaff?${range}`, nobody.headers)).statusCode).toBe(403);
    expect((await get(`/api/stats/metrics/no.suchMetric?${range}`, cityReader.headers)).statusCode).toBe(404);
    const cases: [string, string, string][] = [
      ['identity.activeStaff?from=2026-02-30&to=2026-03-01', 'VALIDATION_FAILED', 'from'],
      ['identity.activeStaff?from=2026-03-01&to=2026-02-01', 'STATS_RANGE_INVALID', 'to'],
      ['identity.activeStaff?from=2010-01-01&to=2026-02-01', 'STATS_RANGE_TOO_LONG', 'to'],
      [`identity.activeStaff?${range}&groupBy=month`, 'STATS_GROUP_BY_UNSUPPORTED', 'groupBy'],
      [`identity.activeStaff?${range}&groupBy=week`, 'VALIDATION_FAILED', 'groupBy'],
    ];
    for (const [url, code, field] of cases) {
      const res = await get(`/api/stats/metrics/${url}`, cityReader.headers);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error, url).toMatchObject({ code, field });
    }
  });

  it('lists the metrics each reader may read: audit metrics only for auditors', async () => {
    const business = (await get('/api/stats/metrics', cityReader.headers)).json().items.map((m: { id: string }) => m.id);
    expect(business).toEqual(expect.arrayContaining(['org.activeOrganisations', 'identity.activeStaff']));
    expect(business).not.toContain('audit.events');
    const audit = (await get('/api/stats/metrics', cityAuditor.headers)).json().items.map((m: { id: string }) => m.id);
    expect(audit).toEqual(['audit.events']);
    expect((await get(`/api/stats/metrics/audit.events?${range}`, cityReader.headers)).statusCode).toBe(403);
  });

  it('org.activeOrganisations: by type within the scope, by district with the region name', async () => {
    const district = await evaluate('org.activeOrganisations', range, districtReader.headers);
    expect(district.rows).toEqual([
      { key: 'total', label: null, series: 'districtBureau', value: 1 },
      { key: 'total', label: null, series: 'justiceOffice', value: 2 },
    ]);
    const byRegion = await evaluate('org.activeOrganisations', `${range}&groupBy=region`, districtReader.headers);
    expect(byRegion.rows.map((r) => [r.key, r.series, r.value])).toEqual([
      ['120101', 'districtBureau', 1],
      ['120101', 'justiceOffice', 2],
    ]);
    const city = await evaluate('org.activeOrganisations', range, cityReader.headers);
    expect(city.total).toBeGreaterThanOrEqual(6);
    const before = await evaluate('org.activeOrganisations', 'from=2020-01-01&to=2020-12-31', cityReader.headers);
    expect(before.total).toBe(0);
  });

  it('identity.activeStaff: in scope, by organisation and by district', async () => {
    const total = await evaluate('identity.activeStaff', range, districtReader.headers);
    expect(total.rows).toEqual([{ key: 'total', label: null, series: null, value: 4 }]);
    const byOrg = await evaluate('identity.activeStaff', `${range}&groupBy=organisation`, districtReader.headers);
    expect(byOrg.rows.map((r) => [r.key, r.value]).sort()).toEqual(
      [
        [tree.districtA.id, 2],
        [tree.officeA1.id, 2],
      ].sort(),
    );
    const byRegion = await evaluate('identity.activeStaff', `${range}&groupBy=region`, cityReader.headers);
    expect(byRegion.rows.find((r) => r.key === '120102')?.value).toBe(1);
  });

  it('audit.events: per day in China time, within the auditor’s scope', async () => {
    const event = (orgId: string) => ({ action: 'stats.test.event', entityType: 'statsTest', entityId: orgId, orgId });
    await t.kernel.audit.record(t.kernel.db, systemContext(), event(tree.officeA1.id));
    await t.kernel.audit.record(t.kernel.db, systemContext(), event(tree.officeB1.id));
    const all = await t.kernel.db.selectFrom('auditEvents').select(['orgId']).execute();
    const city = await evaluate('audit.events', `${range}&groupBy=day`, cityAuditor.headers);
    expect(city.total).toBe(all.length);
    expect(city.rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.key))).toBe(true);
    expect(city.rows.at(-1)?.key).toBe(today);
    const inDistrict = new Set([tree.districtA.id, tree.officeA1.id, tree.officeA2.id]);
    const district = await evaluate('audit.events', range, districtAuditor.headers);
    expect(district.total).toBe(all.filter((e) => e.orgId !== null && inDistrict.has(e.orgId)).length);
    expect(district.total).toBeGreaterThanOrEqual(1);
    expect(district.total).toBeLessThan(city.total);
    const month = await evaluate('audit.events', `${range}&groupBy=month`, cityAuditor.headers);
    expect(month.rows.at(-1)?.key).toBe(today.slice(0, 7));
  });
});
