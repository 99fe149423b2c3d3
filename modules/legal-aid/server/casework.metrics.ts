import { sql, type Expression, type SqlBool } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import { defineMetric, type MetricQueryContext } from '@tianping/server/stats/metric';

/**
 * Statistics of the aided case (AC): satisfaction (follow-ups and portal ratings), subsidies paid
 * (法律援助法 第五十二条), objections and their review on time (第四十九条). Each is evaluated within the
 * reader's data scope (the centre of the record), by centre, district (the case's region) or period.
 */

type Table = 'aidFollowups' | 'aidSubsidies' | 'aidObjections';
interface Spec {
  table: Table;
  date: string;
  where?: (t: Table) => Expression<SqlBool>;
  /** Per group: `n` rows, `hits` rows matching, `amount` summed. */
  hits?: (t: Table) => Expression<SqlBool>;
  amount?: string;
  series?: string;
}

async function aggregate(db: DbOrTrx, ctx: MetricQueryContext, spec: Spec) {
  const t = spec.table;
  const dateCol = `${t}.${spec.date}`;
  let q = db
    .selectFrom(t)
    .innerJoin('aidCases', 'aidCases.id', `${t}.caseId`)
    .where((eb) => inOrgScope(eb, ctx.actor, `${t}.orgId`))
    .where(sql.ref(dateCol), '>=', ctx.from)
    .where(sql.ref(dateCol), '<=', ctx.to);
  if (spec.where) q = q.where(spec.where(t));
  let m = q.select([
    sql<number>`count(*)`.as('n'),
    (spec.hits ? sql<number>`sum(case when ${spec.hits(t)} then 1 else 0 end)` : sql<number>`0`).as('hits'),
    (spec.amount ? sql<number>`coalesce(sum(${sql.ref(`${t}.${spec.amount}`)}), 0)` : sql<number>`0`).as('amount'),
  ]);
  if (spec.series) m = m.select(sql.ref<string>(`${t}.${spec.series}`).as('series')).groupBy(sql.ref(`${t}.${spec.series}`));
  let rows: { key: unknown; label?: unknown; series?: unknown; n: unknown; hits: unknown; amount: unknown }[];
  if (ctx.groupBy === 'organisation')
    rows = await m
      .leftJoin('organisations', 'organisations.id', `${t}.orgId`)
      .select([sql.ref<string>(`${t}.orgId`).as('key'), sql<string>`min(${sql.ref('organisations.name')})`.as('label')])
      .groupBy(`${t}.orgId`)
      .orderBy('key')
      .execute();
  else if (ctx.groupBy === 'region')
    rows = await m
      .leftJoin('regions', 'regions.code', 'aidCases.regionCode')
      .select(['aidCases.regionCode as key', sql<string>`min(${sql.ref('regions.name')})`.as('label')])
      .groupBy('aidCases.regionCode')
      .orderBy('key')
      .execute();
  else if (ctx.groupBy === 'month' || ctx.groupBy === 'day') {
    const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'month' ? 7 : 10)})`;
    rows = await m.select(bucket.as('key')).groupBy(bucket).orderBy('key').execute();
  } else rows = await m.select(sql.lit('total').as('key')).execute();
  return rows
    .map((r) => ({
      key: r.key == null ? 'unknown' : String(r.key),
      label: r.label == null ? null : String(r.label),
      series: r.series == null ? null : String(r.series),
      n: Number(r.n ?? 0),
      hits: Number(r.hits ?? 0),
      amount: Number(r.amount ?? 0),
    }))
    .filter((r) => r.n > 0 || !spec.series);
}

const rate = (rows: Awaited<ReturnType<typeof aggregate>>): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n ? Math.round((10000 * r.hits) / r.n) / 100 : 0 }));
const all = ['region', 'organisation', 'period'] as const;
const percent = { zh: '%', en: '%' };

export const satisfactionRate = defineMetric({
  id: 'legalAid.satisfactionRate',
  zh: '受援人满意率',
  en: 'Recipient satisfaction',
  unit: percent,
  description: {
    zh: '回访和门户评价中给出评价的，满意（4、5分）所占比例（按回访或评价日）',
    en: 'Share of ratings (follow-up calls and portal) that are satisfied (4 or 5), by day rated',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    rate(
      await aggregate(db, ctx, {
        table: 'aidFollowups',
        date: 'contactedOn',
        where: (t) => sql<SqlBool>`${sql.ref(`${t}.satisfaction`)} is not null`,
        hits: (t) => sql<SqlBool>`${sql.ref(`${t}.satisfaction`)} >= 4`,
      }),
    ),
});

export const subsidiesPaid = defineMetric({
  id: 'legalAid.subsidiesPaid',
  zh: '已支付法律援助补贴',
  en: 'Legal aid subsidies paid',
  unit: { zh: '元', en: 'yuan' },
  description: {
    zh: '区间内支付的法律援助补贴金额（法律援助法第五十二条，按支付日）',
    en: 'Subsidies paid in the range (Art. 52), by day paid',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    (
      await aggregate(db, ctx, {
        table: 'aidSubsidies',
        date: 'paidOn',
        where: (t) => sql<SqlBool>`${sql.ref(`${t}.status`)} = 'paid'`,
        amount: 'totalYuan',
      })
    ).map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.amount })),
});

export const objectionsReceived = defineMetric({
  id: 'legalAid.objections',
  zh: '法律援助异议',
  en: 'Objections',
  unit: { zh: '件', en: 'objections' },
  description: {
    zh: '区间内收到的异议（法律援助法第四十九条），按审查结果分列',
    en: 'Objections received in the range (Art. 49), by outcome',
  },
  dimensions: [...all],
  series: { zh: '审查结果', en: 'Outcome' },
  query: async (db, ctx) =>
    (await aggregate(db, ctx, { table: 'aidObjections', date: 'receivedOn', series: 'status' })).map((r) => ({
      key: r.key,
      label: r.label,
      series: r.series,
      value: r.n,
    })),
});

export const objectionsOnTime = defineMetric({
  id: 'legalAid.objectionsOnTimeRate',
  zh: '异议五日内审结率',
  en: 'Objections decided within 5 days',
  unit: percent,
  description: {
    zh: '区间内审结的异议中，在五日期限内作出决定的比例（第四十九条第二款）',
    en: 'Share of decided objections decided by their due day (Art. 49(2))',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    rate(
      await aggregate(db, ctx, {
        table: 'aidObjections',
        date: 'decidedOn',
        where: (t) => sql<SqlBool>`${sql.ref(`${t}.decidedOn`)} is not null`,
        hits: (t) => sql<SqlBool>`${sql.ref(`${t}.decidedOn`)} <= ${sql.ref(`${t}.dueOn`)}`,
      }),
    ),
});

export const caseworkMetrics = [satisfactionRate, subsidiesPaid, objectionsReceived, objectionsOnTime];
