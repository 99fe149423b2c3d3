import { describe, expect, it } from 'vitest';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { rngOf } from './seed-aid.plan';
import { generateAidYear } from './seed-volume';
import { subsidyScheduleMap, volumeCentres, volumeTables } from './seed-volume-support';

describe('legal aid volume: figures near Tianjin’s', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  const db = t.kernel.db;
  const city = await db.selectFrom('organisations').select('id').where('code', '=', 'TJSFJ').executeTakeFirstOrThrow();
  const reader = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: city.id });

  it('generates a year in bulk, with metrics near the targets', async () => {
    const centres = await volumeCentres(t.kernel);
    expect(centres.length).toBeGreaterThanOrEqual(16);
    const rows = new Map<string, object[]>(volumeTables.map((x) => [x, []]));
    const sink = { add: (table: string, row: object) => void rows.get(table)!.push(row), flushIfFull: async () => {} };
    const started = Date.now();
    const out = await generateAidYear(
      t.kernel,
      rngOf(7),
      sink as never,
      centres,
      2025,
      2000,
      new Map(),
      await subsidyScheduleMap(t.kernel),
    );
    for (const table of volumeTables)
      for (let i = 0; i < rows.get(table)!.length; i += 200)
        await db
          .insertInto(table)
          .values(rows.get(table)!.slice(i, i + 200) as never)
          .execute();
    console.log(`legal aid volume: 2000 records (${out.aided} aided, ${out.notices} notices) in ${Date.now() - started} ms`);
    expect(out.aided / out.records).toBeGreaterThan(0.88);
    const metric = async (id: string, query = '') => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/legalAid.${id}?from=2025-01-01&to=2026-12-31${query}`,
        headers: reader.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().rows as { key: string; series: string | null; value: number }[];
    };
    const sum = (r: { value: number }[]) => r.reduce((s, x) => s + x.value, 0);
    expect(sum(await metric('notices'))).toBe(out.notices);
    expect(sum(await metric('applications'))).toBe(2000 - out.notices);
    expect(sum(await metric('aidedCases'))).toBe(out.aided);
    const review = (await metric('reviewOnTimeRate'))[0]!.value;
    expect(review).toBeGreaterThan(94);
    const assign = await metric('assignmentOnTimeRate');
    for (const r of assign) expect(r.value).toBeGreaterThan(94);
    const response = (await metric('noticeResponseDays'))[0]!.value;
    expect(response).toBeGreaterThan(1);
    expect(response).toBeLessThan(2.5);
    const satisfaction = (await metric('satisfactionRate'))[0]!.value;
    expect(satisfaction).toBeGreaterThan(90);
    const paid = await db
      .selectFrom('aidSubsidies')
      .select((eb) => eb.fn.sum<number>('totalYuan').as('s'))
      .executeTakeFirstOrThrow();
    expect(sum(await metric('subsidiesPaid'))).toBe(Number(paid.s));
    const wages = (await metric('applications')).filter((r) => r.series === 'wages');
    expect(sum(wages)).toBeGreaterThan(0.2 * (2000 - out.notices));
    const byRegion = await metric('applications', '&groupBy=region');
    expect(new Set(byRegion.map((r) => r.key)).size).toBe(centres.length);
  });
});
