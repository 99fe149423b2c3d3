import { describe, expect, it } from 'vitest';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { seedAgencies } from './seed-demo';
import { rngOf } from './seed-demo.plan';
import { generateYear } from './seed-volume';

describe('reconsideration volume: figures near Tianjin’s', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  const db = t.kernel.db;
  const bodies = await db.transaction().execute((trx) => seedAgencies(trx, t.kernel));
  const city = await db.selectFrom('organisations').select('id').where('code', '=', 'TJSFJ').executeTakeFirstOrThrow();
  const reader = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: city.id });

  it('generates a year in bulk, with metrics near the targets', async () => {
    const rows: Record<'reconCases' | 'reconLitigations', object[]> = { reconCases: [], reconLitigations: [] };
    const sink = {
      add: (table: 'reconCases' | 'reconLitigations', row: object) => void rows[table].push(row),
      flushIfFull: async () => {},
    };
    const orgs = await db.selectFrom('organisations').select(['id', 'name', 'shortName', 'code']).execute();
    const started = Date.now();
    const out = await generateYear(t.kernel, rngOf(7), sink as never, bodies, 2025, 4000, new Map(), new Map(orgs.map((o) => [o.id, o])));
    for (const table of ['reconCases', 'reconLitigations'] as const)
      for (let i = 0; i < rows[table].length; i += 200)
        await db
          .insertInto(table)
          .values(rows[table].slice(i, i + 200) as never)
          .execute();
    console.log(`volume: 4000 cases, ${out.litigations} lawsuits in ${Date.now() - started} ms`);
    const value = async (id: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/reconsideration.${id}?from=2025-01-01&to=2026-06-30`,
        headers: reader.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().rows[0].value as number;
    };
    expect(await value('casesNew')).toBe(4000);
    expect(await value('substantiveResolutionRate')).toBeGreaterThan(89.5);
    expect(await value('substantiveResolutionRate')).toBeLessThan(94);
    expect(await value('correctionRate')).toBeGreaterThan(13);
    expect(await value('correctionRate')).toBeLessThan(17.5);
    expect(await value('litigationHeadAppearanceRate')).toBeGreaterThanOrEqual(90);
    const regions = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/reconsideration.casesNew?from=2025-01-01&to=2025-12-31&groupBy=region',
      headers: reader.headers,
    });
    expect(regions.json().rows.length).toBe(17);
  });
});
