import { sql } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import { defineMetric, type MetricQueryContext } from '@tianping/server/stats/metric';

/**
 * Statistics of assignment and duty lawyers (AB): assignments within 3 days (第四十三条第一款 for
 * applications, 第三十六条 for notices — the series tells them apart) and duty-lawyer services by kind
 * (第三十条). Evaluated in SQL within the reader's data scope (the centre), by centre, district or period.
 */

type Grouped = { key: unknown; label?: unknown; series?: unknown; n: unknown; hits: unknown };

function keyed(ctx: MetricQueryContext, dateCol: string, orgCol: string) {
  const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'day' ? 10 : 7)})`;
  if (ctx.groupBy === 'organisation')
    return { key: sql<string>`${sql.ref(orgCol)}`, label: sql<string>`min(${sql.ref('centre.name')})`, group: sql.ref(orgCol) };
  if (ctx.groupBy === 'region')
    return {
      key: sql<string>`substr(${sql.ref('centre.regionCode')}, 1, 6)`,
      label: sql<string>`null`,
      group: sql`substr(${sql.ref('centre.regionCode')}, 1, 6)`,
    };
  if (ctx.groupBy === 'month' || ctx.groupBy === 'day') return { key: bucket, label: sql<string>`null`, group: bucket };
  return { key: sql<string>`'total'`, label: sql<string>`null`, group: null };
}

/** Series values are codes: `application | notice`, and the contract's `dutyServiceKinds`. */
const rows = (r: Grouped[], value: (g: { n: number; hits: number }) => number): MetricRow[] =>
  r.map((g) => ({
    key: g.key == null ? 'unknown' : String(g.key),
    label: g.label == null ? null : String(g.label),
    series: g.series == null ? null : String(g.series),
    value: value({ n: Number(g.n ?? 0), hits: Number(g.hits ?? 0) }),
  }));

export const assignmentOnTime = defineMetric({
  id: 'legalAid.assignmentOnTimeRate',
  zh: '三日内指派率',
  en: 'Assigned within 3 days',
  unit: { zh: '%', en: '%' },
  description: {
    zh: '区间内首次指派中，在三日期限内指派的比例（申请：法律援助法第四十三条第一款；通知辩护：第三十六条），按来源分列',
    en: 'Share of first assignments made within the 3-day period (Art. 43(1); notices Art. 36), by origin',
  },
  dimensions: ['region', 'organisation', 'period'],
  series: { zh: '来源', en: 'Origin' },
  query: async (db: DbOrTrx, ctx) => {
    const k = keyed(ctx, 'aidAssignments.assignedOn', 'aidCases.orgId');
    let q = db
      .selectFrom('aidAssignments')
      .innerJoin('aidCases', 'aidCases.id', 'aidAssignments.caseId')
      .innerJoin('organisations as centre', 'centre.id', 'aidCases.orgId')
      .where((eb) => inOrgScope(eb, ctx.actor, 'aidCases.orgId'))
      .where('aidAssignments.replacesAssignmentId', 'is', null)
      .where('aidAssignments.assignedOn', '>=', ctx.from)
      .where('aidAssignments.assignedOn', '<=', ctx.to)
      .select([
        k.key.as('key'),
        k.label.as('label'),
        sql<string>`case when ${sql.ref('aidCases.origin')} = 'notice' then 'notice' else 'application' end`.as('series'),
        sql<number>`count(*)`.as('n'),
        sql<number>`sum(${sql.ref('aidAssignments.onTime')})`.as('hits'),
      ])
      .groupBy(sql`case when ${sql.ref('aidCases.origin')} = 'notice' then 'notice' else 'application' end`);
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n, hits }) => (n ? Math.round((10000 * hits) / n) / 100 : 0));
  },
});

export const dutyServices = defineMetric({
  id: 'legalAid.dutyServices',
  zh: '值班律师法律帮助',
  en: 'Duty-lawyer services',
  unit: { zh: '次', en: 'services' },
  description: {
    zh: '区间内值班律师提供的法律帮助（法律援助法第三十条），按帮助类别分列，按工作站所属法律援助中心统计',
    en: 'Help given by duty lawyers in the range (Art. 30), by kind, counted for the centre running the station',
  },
  dimensions: ['region', 'organisation', 'period'],
  series: { zh: '帮助类别', en: 'Kind' },
  query: async (db: DbOrTrx, ctx) => {
    const k = keyed(ctx, 'aidDutyServices.servedOn', 'aidDutyStations.orgId');
    let q = db
      .selectFrom('aidDutyServices')
      .innerJoin('aidDutyStations', 'aidDutyStations.id', 'aidDutyServices.stationId')
      .innerJoin('organisations as centre', 'centre.id', 'aidDutyStations.orgId')
      .where((eb) => inOrgScope(eb, ctx.actor, 'aidDutyStations.orgId'))
      .where('aidDutyServices.servedOn', '>=', ctx.from)
      .where('aidDutyServices.servedOn', '<=', ctx.to)
      .select([
        k.key.as('key'),
        k.label.as('label'),
        'aidDutyServices.kind as series',
        sql<number>`count(*)`.as('n'),
        sql<number>`0`.as('hits'),
      ])
      .groupBy('aidDutyServices.kind');
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n }) => n);
  },
});

export const assignmentMetrics = [assignmentOnTime, dutyServices];
