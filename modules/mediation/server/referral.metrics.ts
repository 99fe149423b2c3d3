import { sql } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import { defineMetric, type MetricQueryContext } from '@tianping/server/stats/metric';
import { referrerKindLabels, type ReferrerKind } from '../contract/referral';

/**
 * Statistics of referrals (诉调、公调、访调、检调对接; issue 5 "Statistics": referrals returned on time
 * per referring body). Within the reader's scope by the committee of the case; grouped by committee,
 * district (the case's region), month or day; the referring body (or its kind) is the series.
 */

interface Spec {
  date: 'receivedOn' | 'closedOn';
  series: 'referrerName' | 'referrerKind';
  /** Only referrals whose outcome was due by a date (returnBy or the case's target). */
  dueOnly?: boolean;
}

async function aggregate(db: DbOrTrx, ctx: MetricQueryContext, spec: Spec) {
  const dateCol = `medReferrals.${spec.date}` as const;
  let q = db
    .selectFrom('medReferrals')
    .innerJoin('medCases', 'medCases.id', 'medReferrals.caseId')
    .innerJoin('medReferrers', 'medReferrers.id', 'medReferrals.referrerId')
    .where((eb) => inOrgScope(eb, ctx.actor, 'medCases.orgId'))
    .where(dateCol, '>=', ctx.from)
    .where(dateCol, '<=', ctx.to);
  if (spec.dueOnly) q = q.where('medReferrals.returnedOnTime', 'is not', null);
  const seriesCol = spec.series === 'referrerName' ? 'medReferrers.name' : 'medReferrers.kind';
  const measures = q
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when ${sql.ref('medReferrals.returnedOnTime')} = 1 then 1 else 0 end)`.as('hits'),
      sql.ref<string>(seriesCol).as('series'),
    ])
    .groupBy(seriesCol);
  let rows: { key: unknown; label?: unknown; series: unknown; n: unknown; hits: unknown }[];
  switch (ctx.groupBy) {
    case 'organisation':
      rows = await measures
        .leftJoin('organisations', 'organisations.id', 'medCases.orgId')
        .select(['medCases.orgId as key', sql<string>`min(${sql.ref('organisations.name')})`.as('label')])
        .groupBy('medCases.orgId')
        .orderBy('key')
        .execute();
      break;
    case 'region':
      rows = await measures
        .leftJoin('regions', 'regions.code', 'medCases.regionCode')
        .select(['medCases.regionCode as key', sql<string>`min(${sql.ref('regions.name')})`.as('label')])
        .groupBy('medCases.regionCode')
        .orderBy('key')
        .execute();
      break;
    case 'month':
    case 'day': {
      const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'month' ? 7 : 10)})`;
      rows = await measures.select(bucket.as('key')).groupBy(bucket).orderBy('key').execute();
      break;
    }
    default:
      rows = await measures.select(sql.lit('total').as('key')).execute();
  }
  return rows.map((r) => ({
    key: String(r.key ?? 'unknown'),
    label: r.label === null || r.label === undefined ? null : String(r.label),
    series: r.series === null || r.series === undefined ? null : String(r.series),
    n: Number(r.n ?? 0),
    hits: Number(r.hits ?? 0),
  }));
}

const all = ['region', 'organisation', 'period'] as const;

export const referralsReceived = defineMetric({
  id: 'mediation.referralsReceived',
  zh: '委托移送纠纷',
  en: 'Referred disputes',
  unit: { zh: '件', en: 'referrals' },
  description: {
    zh: '区间内收到的法院、公安、信访、检察等单位委托移送（按收到之日；同一纠纷经多个渠道移送的分别计数）',
    en: 'Referrals received from courts, police, petition offices, procuratorates… in the range (by day received; each channel counted)',
  },
  dimensions: [...all],
  series: { zh: '委托单位类别', en: 'Kind of referring body' },
  query: async (db, ctx): Promise<MetricRow[]> =>
    (await aggregate(db, ctx, { date: 'receivedOn', series: 'referrerKind' })).map((r) => ({
      key: r.key,
      label: r.label,
      series: r.series ? (referrerKindLabels[r.series as ReferrerKind]?.zh ?? r.series) : null,
      value: r.n,
    })),
});

export const referralsReturnedOnTime = defineMetric({
  id: 'mediation.referralsReturnedOnTime',
  zh: '委托移送按期反馈率',
  en: 'Referrals returned on time',
  unit: { zh: '%', en: '%' },
  description: {
    zh: '区间内办结并反馈委托单位的移送中，在反馈期限（委托单位要求的日期，未要求的按本地办理时限）内反馈的比例，按委托单位分列（本地考核口径）',
    en: 'Of the referrals whose outcome went back in the range, the share returned by the due date (the body’s date, else the local target), per referring body (local measure)',
  },
  dimensions: [...all],
  series: { zh: '委托单位', en: 'Referring body' },
  query: async (db, ctx): Promise<MetricRow[]> =>
    (await aggregate(db, ctx, { date: 'closedOn', series: 'referrerName', dueOnly: true })).map((r) => ({
      key: r.key,
      label: r.label,
      series: r.series,
      value: r.n ? Math.round((10000 * r.hits) / r.n) / 100 : 0,
    })),
});

export const referralMetrics = [referralsReceived, referralsReturnedOnTime];
