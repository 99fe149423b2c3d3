import type { Insertable } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId, nowIso } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import type { MedCaseTable } from './tables';
import { createMediator, medOrgs } from './test-fixtures';

describe('mediation case metrics', async () => {
  const t = await buildTestApp();
  const orgs = await medOrgs(t);
  const db = t.kernel.db;
  const city = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: orgs.city.id });
  const villageA = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'own', orgId: orgs.villageA.id });
  const liu = await createMediator(t, orgs.villageA.id, { name: '刘调解' });
  const wang = await createMediator(t, orgs.nankaiVillage.id, { name: '王调解' });

  const now = nowIso();
  const row = (o: Partial<Insertable<MedCaseTable>>): Insertable<MedCaseTable> => ({
    id: newId(),
    caseNumber: `测调〔2025〕${newId().slice(-6)}号`,
    orgId: orgs.villageA.id,
    regionCode: '120103',
    state: 'received',
    source: 'walkIn',
    kind: 'neighbour',
    amountYuan: null,
    title: '纠纷',
    facts: '事实',
    receivedOn: '2025-03-01',
    mediatorChosenByParties: 0,
    riskLevel: 'none',
    riskReportedToPolice: 0,
    publicSession: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...o,
  });
  const closed = (state: string, outcome: string, receivedOn: string, closedOn: string, o: Partial<Insertable<MedCaseTable>> = {}) =>
    row({ state, outcome, receivedOn, acceptedOn: receivedOn, closedOn, mediatorId: liu, ...o });
  await db
    .insertInto('medCases')
    .values([
      closed('succeeded', 'agreementWritten', '2025-03-01', '2025-03-11', { kind: 'marriageFamily' }),
      closed('succeeded', 'agreementOral', '2025-03-02', '2025-03-06'),
      closed('failed', 'failed', '2025-03-03', '2025-04-02', { source: 'court' }),
      row({ state: 'refused', outcome: 'refused', receivedOn: '2025-03-04', closedOn: '2025-03-05', source: 'court' }),
      row({ state: 'mediating', receivedOn: '2025-05-01', acceptedOn: '2025-05-02', mediatorId: liu, source: 'police' }),
      closed('succeeded', 'agreementWritten', '2025-04-01', '2025-04-21', {
        orgId: orgs.nankaiVillage.id,
        regionCode: '120104',
        mediatorId: wang,
        kind: 'labour',
      }),
      row({ receivedOn: '2024-12-30' }),
    ])
    .execute();

  const range = 'from=2025-01-01&to=2025-12-31';
  const evaluate = async (id: string, headers = city.headers, extra = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/stats/metrics/mediation.${id}?${range}${extra}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { rows: { key: string; label: string | null; series: string | null; value: number }[]; total: number };
  };
  const value = async (id: string, headers = city.headers) => (await evaluate(id, headers)).rows[0]?.value;
  const bySeries = async (id: string, headers = city.headers) =>
    Object.fromEntries((await evaluate(id, headers)).rows.map((r) => [r.series, r.value]));

  it('lists the case metrics beside the referral and handling ones', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stats/metrics', headers: city.headers });
    const ids = res
      .json()
      .items.map((m: { id: string }) => m.id)
      .filter((id: string) => id.startsWith('mediation.'));
    expect(ids).toEqual(
      expect.arrayContaining([
        'mediation.casesReceived',
        'mediation.successRate',
        'mediation.agreementsPerformed',
        'mediation.referralsReturnedOnTime',
      ]),
    );
  });

  it('received, by kind, by source; within the scope', async () => {
    expect(await value('casesReceived')).toBe(6);
    expect(await value('casesReceived', villageA.headers)).toBe(5);
    expect(await bySeries('casesByKind')).toEqual({ 婚姻家庭纠纷: 1, 邻里纠纷: 4, 劳动争议纠纷: 1 });
    expect(await bySeries('casesBySource')).toEqual({ 当事人来访申请: 3, '法院委托（诉调对接）': 2, '公安移送（公调对接）': 1 });
  });

  it('by district with its name, by month, by committee', async () => {
    const byRegion = await evaluate('casesReceived', city.headers, '&groupBy=region');
    expect(byRegion.rows.map((r) => [r.key, r.value])).toEqual([
      ['120103', 5],
      ['120104', 1],
    ]);
    const byMonth = await evaluate('casesReceived', city.headers, '&groupBy=month');
    expect(byMonth.rows.map((r) => [r.key, r.value])).toEqual([
      ['2025-03', 4],
      ['2025-04', 1],
      ['2025-05', 1],
    ]);
    const byCommittee = await evaluate('committeeWorkload', city.headers, '&groupBy=organisation');
    expect(Object.fromEntries(byCommittee.rows.map((r) => [r.label, r.value]))).toEqual({
      [orgs.villageA.name]: 4,
      [orgs.nankaiVillage.name]: 1,
    });
  });

  it('closed by outcome, success rate, average days', async () => {
    expect(await bySeries('casesClosed')).toEqual({
      达成书面调解协议: 2,
      达成口头调解协议: 1,
      '调解不成，告知其他途径': 1,
      '当事人拒绝调解，告知其他途径': 1,
    });
    expect(await value('successRate')).toBe(75);
    expect(await value('successRate', villageA.headers)).toBeCloseTo(66.67, 2);
    // (10 + 4 + 30 + 20) / 4
    expect(await value('averageDaysToClose')).toBe(16);
  });

  it('workload per mediator', async () => {
    expect(await bySeries('mediatorWorkload')).toEqual({ 刘调解: 4, 王调解: 1 });
    expect(await bySeries('mediatorWorkload', villageA.headers)).toEqual({ 刘调解: 4 });
  });
});
