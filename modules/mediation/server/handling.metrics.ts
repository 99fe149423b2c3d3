import { sql, type SelectQueryBuilder } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { Database } from '@tianping/server/db/schema';
import { defineMetric, type MetricQueryContext } from '@tianping/server/stats/metric';

/**
 * Statistics of outcomes (issue 5 "Statistics"): agreements and their performance (人民调解法
 * 第三十一条), judicial confirmations applied and granted (第三十三条). Within the reader's scope by the
 * committee of the case; grouped by committee, district (the case's region), month or day.
 */

type Grouped = SelectQueryBuilder<Database & { t: { orgId: string; regionCode: string; day: string; series: string } }, 't', object>;

async function grouped(ctx: MetricQueryContext, source: Grouped) {
  const measures = source.select([sql<number>`count(*)`.as('n'), 't.series as series']).groupBy('t.series');
  let rows: { key: unknown; label?: unknown; series: unknown; n: unknown }[];
  switch (ctx.groupBy) {
    case 'organisation':
      rows = await measures
        .leftJoin('organisations', 'organisations.id', 't.orgId')
        .select(['t.orgId as key', sql<string>`min(${sql.ref('organisations.name')})`.as('label')])
        .groupBy('t.orgId')
        .orderBy('key')
        .execute();
      break;
    case 'region':
      rows = await measures
        .leftJoin('regions', 'regions.code', 't.regionCode')
        .select(['t.regionCode as key', sql<string>`min(${sql.ref('regions.name')})`.as('label')])
        .groupBy('t.regionCode')
        .orderBy('key')
        .execute();
      break;
    case 'month':
    case 'day': {
      const bucket = sql<string>`substr(${sql.ref('t.day')}, 1, ${sql.lit(ctx.groupBy === 'month' ? 7 : 10)})`;
      rows = await measures.select(bucket.as('key')).groupBy(bucket).orderBy('key').execute();
      break;
    }
    default:
      rows = await measures.select(sql.lit('total').as('key')).execute();
  }
  return rows.map((r) => ({
    key: String(r.key ?? 'unknown'),
    label: r.label === null || r.label === undefined ? null : String(r.label),
    series: String(r.series),
    value: Number(r.n ?? 0),
  }));
}

const performanceLabels: Record<string, string> = {
  performed: '已履行',
  partly: '部分履行',
  notPerformed: '未履行',
  unchecked: '未回访核实',
};
const confirmationLabels: Record<string, string> = {
  applied: '已申请待受理',
  accepted: '法院已受理',
  notAccepted: '不予受理',
  confirmed: '确认有效',
  rejected: '驳回申请',
};
const all = ['region', 'organisation', 'period'] as const;

export const agreementsPerformed = defineMetric({
  id: 'mediation.agreementsPerformed',
  zh: '调解协议履行情况',
  en: 'Agreements and their performance',
  unit: { zh: '件', en: 'agreements' },
  description: {
    zh: '区间内生效的调解协议，按最近一次核实的履行情况分列（人民调解法第三十一条）',
    en: 'Agreements taking effect in the range, by the latest performance check (Art. 31)',
  },
  dimensions: [...all],
  series: { zh: '履行情况', en: 'Performance' },
  query: async (db, ctx): Promise<MetricRow[]> => {
    const latest = sql<string>`coalesce((select p.status from med_performance p where p.case_id = ${sql.ref('medAgreements.caseId')} order by p.checked_on desc, p.id desc limit 1), 'unchecked')`;
    const source = db.selectFrom(
      db
        .selectFrom('medAgreements')
        .innerJoin('medCases', 'medCases.id', 'medAgreements.caseId')
        .where((eb) => inOrgScope(eb, ctx.actor, 'medCases.orgId'))
        .where('medAgreements.effectiveOn', '>=', ctx.from)
        .where('medAgreements.effectiveOn', '<=', ctx.to)
        .select(['medCases.orgId as orgId', 'medCases.regionCode as regionCode', 'medAgreements.effectiveOn as day', latest.as('series')])
        .as('t'),
    ) as unknown as Grouped;
    return (await grouped(ctx, source)).map((r) => ({ ...r, series: performanceLabels[r.series] ?? r.series }));
  },
});

export const judicialConfirmations = defineMetric({
  id: 'mediation.judicialConfirmations',
  zh: '司法确认申请及结果',
  en: 'Judicial confirmations applied and granted',
  unit: { zh: '件', en: 'applications' },
  description: {
    zh: '区间内提出的司法确认申请，按法院受理和裁定结果分列（人民调解法第三十三条；民事诉讼法第二百零五、二百零六条）',
    en: 'Applications for judicial confirmation made in the range, by the court’s acceptance and ruling (Art. 33; CPL Arts. 205–206)',
  },
  dimensions: [...all],
  series: { zh: '结果', en: 'Result' },
  query: async (db, ctx): Promise<MetricRow[]> => {
    const source = db.selectFrom(
      db
        .selectFrom('medConfirmations')
        .innerJoin('medCases', 'medCases.id', 'medConfirmations.caseId')
        .where((eb) => inOrgScope(eb, ctx.actor, 'medCases.orgId'))
        .where('medConfirmations.appliedOn', '>=', ctx.from)
        .where('medConfirmations.appliedOn', '<=', ctx.to)
        .select([
          'medCases.orgId as orgId',
          'medCases.regionCode as regionCode',
          'medConfirmations.appliedOn as day',
          'medConfirmations.status as series',
        ])
        .as('t'),
    ) as unknown as Grouped;
    return (await grouped(ctx, source)).map((r) => ({ ...r, series: confirmationLabels[r.series] ?? r.series }));
  },
});

export const handlingMetrics = [agreementsPerformed, judicialConfirmations];
