import { describe, expect, it } from 'vitest';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { Rng } from '../../../bench/lib/prng';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import type { MedMediatorTable } from './organisation-tables';
import { generateYear, loadCommittees } from './seed-volume';

describe('mediation volume: figures near Tianjin’s', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  const db = t.kernel.db;
  const city = await db.selectFrom('organisations').select('id').where('type', '=', 'cityBureau').executeTakeFirstOrThrow();
  const reader = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: city.id });

  it('generates a year in bulk across the committees, with metrics near the targets', async () => {
    const rng = new Rng(7);
    const mediators: MedMediatorTable[] = [];
    const committees = await loadCommittees(t.kernel, rng, new Date().toISOString(), (row) => mediators.push(row as MedMediatorTable));
    expect(committees.length).toBeGreaterThan(10);
    await db.insertInto('medMediators').values(mediators).execute();
    const rows: Record<'medCases' | 'medParties', object[]> = { medCases: [], medParties: [] };
    const sink = { add: (table: 'medCases' | 'medParties', row: object) => void rows[table].push(row), flushIfFull: async () => {} };
    const started = Date.now();
    const states = await generateYear(t.kernel, rng, sink as never, committees, 2025, 3000, new Map());
    console.log(`volume: 3000 disputes in ${Date.now() - started} ms`, states);
    for (const table of ['medCases', 'medParties'] as const)
      for (let i = 0; i < rows[table].length; i += 200)
        await db
          .insertInto(table)
          .values(rows[table].slice(i, i + 200) as never)
          .execute();
    const evaluate = async (id: string, extra = '') => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/mediation.${id}?from=2025-01-01&to=2026-06-30${extra}`,
        headers: reader.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().rows as { key: string; series: string | null; value: number }[];
    };
    expect((await evaluate('casesReceived'))[0]!.value).toBe(3000);
    const success = (await evaluate('successRate'))[0]!.value;
    expect(success).toBeGreaterThan(94);
    expect(success).toBeLessThan(98.5);
    expect((await evaluate('averageDaysToClose'))[0]!.value).toBeLessThan(20);
    expect((await evaluate('casesBySource')).length).toBe(9);
    expect((await evaluate('casesByKind')).length).toBe(13);
    const regions = await evaluate('casesReceived', '&groupBy=region');
    expect(regions.length).toBeGreaterThan(1);
    expect(regions.every((r) => r.key.length === 6)).toBe(true);
  });
});
