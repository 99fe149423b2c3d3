import type { Insertable } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId, nowIso } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { MetricQueryContext } from '@tianping/server/stats/metric';
import { substantiveResolutionMetric } from './metrics-resolution';
import type { ReconCaseTable, ReconLitigationTable } from './tables';
import { reconOrgs } from './test-fixtures';

describe('reconsideration metrics', async () => {
  const t = await buildTestApp();
  const orgs = await reconOrgs(t);
  const db = t.kernel.db;
  const city = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: orgs.city.id });
  const hexi = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'subtree', orgId: orgs.hexi.id });

  const now = nowIso();
  const row = (o: Record<string, unknown>): Insertable<ReconCaseTable> =>
    ({
      id: newId(),
      caseNumber: null,
      orgId: orgs.hexi.id,
      regionCode: '120103',
      state: 'received',
      procedure: 'ordinary',
      proposedProcedure: 'ordinary',
      channel: 'online',
      applicantKind: 'person',
      applicantName: '张某',
      applicantIdNumberIndex: `idx-${newId()}`,
      respondentOrgId: orgs.agency.id,
      respondentName: '天津市河西区市场监督管理局',
      actKind: 'penalty',
      actDocumentNo: `doc-${newId()}`,
      actMadeOn: '2024-12-01',
      actLearnedOn: '2024-12-02',
      rightsStated: 1,
      requests: '撤销',
      factsAndReasons: '理由',
      receivedOn: '2025-03-01',
      timeliness: '{}',
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...o,
    }) as Insertable<ReconCaseTable>;
  const decided = (receivedOn: string, closedOn: string, decisionType: string, o: Record<string, unknown> = {}) =>
    row({ receivedOn, acceptedOn: receivedOn, closedOn, state: 'decided', outcome: 'decided', decisionType, ...o });
  const c1 = decided('2025-03-01', '2025-04-20', 'uphold');
  const c8 = decided('2024-12-30', '2025-01-10', 'uphold', { acceptedOn: '2025-01-02', actKind: 'licensing' });
  const rows = [
    c1,
    decided('2025-03-02', '2025-04-25', 'revoke'),
    row({ receivedOn: '2025-03-03', acceptedOn: '2025-03-07', closedOn: '2025-04-10', state: 'mediated', outcome: 'mediated' }),
    row({ receivedOn: '2025-03-04', acceptedOn: '2025-03-08', closedOn: '2025-04-01', state: 'terminated', outcome: 'withdrawn' }),
    row({ receivedOn: '2025-03-05', closedOn: '2025-03-09', state: 'rejected', outcome: 'rejected', procedure: null }),
    row({ receivedOn: '2025-05-01', acceptedOn: '2025-05-02', state: 'accepted', decisionDueOn: '2025-07-01' }),
    decided('2025-03-01', '2025-04-20', 'confirmIllegal', {
      orgId: orgs.nankai.id,
      regionCode: '120104',
      respondentOrgId: null,
      respondentName: '天津市南开区某局',
    }),
    c8,
    // A new application of the same applicant against the same act after c8 closed: c8 was reopened.
    row({
      receivedOn: '2025-02-01',
      applicantIdNumberIndex: c8.applicantIdNumberIndex,
      respondentName: c8.respondentName,
      actDocumentNo: c8.actDocumentNo,
    }),
  ];
  await db.insertInto('reconCases').values(rows).execute();
  const lit = (o: Partial<Insertable<ReconLitigationTable>>): Insertable<ReconLitigationTable> => ({
    id: newId(),
    orgId: orgs.agency.id,
    regionCode: '120103',
    reconCaseId: null,
    court: '天津市河西区人民法院',
    courtCaseNumber: `（2025）津0103行初${newId().slice(-4)}号`,
    plaintiff: '张某',
    defendant: '天津市河西区市场监督管理局',
    coDefendant: 0,
    cause: '行政处罚',
    complaintServedOn: '2025-05-01',
    defenceDueOn: '2025-05-16',
    hearings: '[]',
    headAppeared: null,
    result: 'pending',
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...o,
  });
  await db
    .insertInto('reconLitigations')
    .values([
      lit({ reconCaseId: c1.id, headAppeared: 1, result: 'won', closedOn: '2025-08-01' }),
      lit({ complaintServedOn: '2025-06-01', headAppeared: 0, result: 'lost', closedOn: '2025-09-01' }),
      lit({ complaintServedOn: '2025-07-01' }),
    ])
    .execute();

  const range = 'from=2025-01-01&to=2025-12-31';
  const evaluate = async (id: string, headers = city.headers, extra = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/stats/metrics/reconsideration.${id}?${range}${extra}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { rows: { key: string; label: string | null; series: string | null; value: number }[]; total: number };
  };
  const value = async (id: string, headers = city.headers) => (await evaluate(id, headers)).rows[0]?.value;

  it('lists every metric of the module', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stats/metrics', headers: city.headers });
    const ids = res
      .json()
      .items.map((m: { id: string }) => m.id)
      .filter((id: string) => id.startsWith('reconsideration.'));
    expect(ids).toHaveLength(14);
  });

  it('counts: new, accepted, rejected, concluded, overdue', async () => {
    expect(await value('casesNew')).toBe(8);
    expect(await value('casesNew', hexi.headers)).toBe(7);
    expect(await value('casesAccepted')).toBe(7);
    expect(await value('casesRejected')).toBe(1);
    expect(await value('casesConcluded')).toBe(6);
    expect(await value('overdue')).toBe(1);
    expect(await value('overdue', hexi.headers)).toBe(1);
  });

  it('by district with the region name, by month, by act kind', async () => {
    const byRegion = await evaluate('casesNew', city.headers, '&groupBy=region');
    expect(byRegion.rows.map((r) => [r.key, r.value])).toEqual([
      ['120103', 7],
      ['120104', 1],
    ]);
    expect(byRegion.rows[0]!.label).toContain('河西');
    const byMonth = await evaluate('casesNew', city.headers, '&groupBy=month');
    expect(byMonth.rows.map((r) => [r.key, r.value])).toEqual([
      ['2025-02', 1],
      ['2025-03', 6],
      ['2025-05', 1],
    ]);
    const byOrg = await evaluate('casesConcluded', city.headers, '&groupBy=organisation');
    expect(byOrg.rows.find((r) => r.key === orgs.nankai.id)).toMatchObject({ label: '天津市南开区司法局', value: 1 });
    const kinds = await evaluate('casesByActKind');
    expect(kinds.rows.map((r) => [r.series, r.value]).sort()).toEqual([['penalty', 8]]);
  });

  it('decision mix, correction rate (overall and by respondent agency), mediation and settlement, handling days', async () => {
    const mix = await evaluate('decisionMix');
    expect(Object.fromEntries(mix.rows.map((r) => [r.series, r.value]))).toEqual({ uphold: 2, revoke: 1, confirmIllegal: 1 });
    expect(await value('correctionRate')).toBe(50);
    const byRespondent = await evaluate('respondentCorrectionRate', city.headers, '&groupBy=organisation');
    expect(byRespondent.rows.find((r) => r.key === orgs.agency.id)?.value).toBeCloseTo(33.33, 2);
    expect(byRespondent.rows.find((r) => r.key === '天津市南开区某局')?.value).toBe(100);
    expect(await value('mediationSettlementRate')).toBeCloseTo(33.33, 2);
    expect(await value('averageHandlingDays')).toBe(38.5);
  });

  it('substantive resolution: not sued, not reopened; configurable', async () => {
    expect(await value('substantiveResolutionRate')).toBeCloseTo(66.67, 2);
    const actor = {
      orgId: orgs.city.id,
      orgPath: orgs.city.path,
      scope: 'city',
      permissions: new Set(['stats.metric.read']),
    } as unknown as ScopedActor;
    const ctx: MetricQueryContext = { actor, from: '2025-01-01', to: '2025-12-31', groupBy: null, dialect: t.kernel.handle.dialect };
    const excludeWithdrawn = await substantiveResolutionMetric({
      countWithdrawn: false,
      litigation: 'any',
      reapplicationReopens: true,
    }).query(db, ctx);
    expect(excludeWithdrawn[0]!.value).toBe(60);
    const lostOnly = await substantiveResolutionMetric({ countWithdrawn: true, litigation: 'lost', reapplicationReopens: true }).query(
      db,
      ctx,
    );
    expect(lostOnly[0]!.value).toBeCloseTo(83.33, 2);
    const neither = await substantiveResolutionMetric({ countWithdrawn: true, litigation: 'lost', reapplicationReopens: false }).query(
      db,
      ctx,
    );
    expect(neither[0]!.value).toBe(100);
  });

  it('litigation: head appearance and loss rates, within the scope', async () => {
    expect(await value('litigationHeadAppearanceRate')).toBe(50);
    expect(await value('litigationLossRate')).toBe(50);
    const nankai = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'subtree', orgId: orgs.nankai.id });
    expect(await value('litigationLossRate', nankai.headers)).toBe(0);
    const byRegion = await evaluate('litigationHeadAppearanceRate', city.headers, '&groupBy=region');
    expect(byRegion.rows).toEqual([expect.objectContaining({ key: '120103', value: 50 })]);
  });
});
