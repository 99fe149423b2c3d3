import { sql, type RawBuilder } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import { defineMetric, type MetricQueryContext } from '@tianping/server/stats/metric';
import { matterKindLabels, matterKinds } from '../contract/enums';

/**
 * Statistics of applications, decisions and notices (AA): applications by matter group with the wage
 * claims of 第三十一条第（五）项 separately; decisions (grants, denials by reason, 第四十三条); the review
 * on-time rate (7 days, 第四十三条第一款); mandatory-defence notices by sender and the days from receipt to
 * assignment (第三十六条). Evaluated in SQL within the reader's data scope (the centre).
 */

type Grouped = { key: unknown; label?: unknown; series?: unknown; n: unknown; hits: unknown };

function keyed(ctx: MetricQueryContext, dateCol: string) {
  const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'day' ? 10 : 7)})`;
  if (ctx.groupBy === 'organisation')
    return {
      key: sql<string>`${sql.ref('aidCases.orgId')}`,
      label: sql<string>`min(${sql.ref('centre.name')})`,
      group: sql.ref('aidCases.orgId'),
    };
  if (ctx.groupBy === 'region')
    return { key: sql<string>`${sql.ref('aidCases.regionCode')}`, label: sql<string>`null`, group: sql.ref('aidCases.regionCode') };
  if (ctx.groupBy === 'month' || ctx.groupBy === 'day') return { key: bucket, label: sql<string>`null`, group: bucket };
  return { key: sql<string>`'total'`, label: sql<string>`null`, group: null };
}

const rows = (r: Grouped[], value: (g: { n: number; hits: number }) => number): MetricRow[] =>
  r.map((g) => ({
    key: g.key == null ? 'unknown' : String(g.key),
    label: g.label == null ? null : String(g.label),
    series: g.series == null ? null : String(g.series),
    value: value({ n: Number(g.n ?? 0), hits: Number(g.hits ?? 0) }),
  }));

/** Series code: the matter group, with `wages` (确认劳动关系或者支付劳动报酬) separately. */
const matterSeries: RawBuilder<string> = sql<string>`case ${sql.ref('aidCases.matterKind')} ${sql.join(
  matterKinds.map((k) => sql`when ${sql.lit(k)} then ${sql.lit(k === 'wages' ? 'wages' : matterKindLabels[k].group)}`),
  sql` `,
)} else 'other' end`;

function base(db: DbOrTrx, ctx: MetricQueryContext, dateCol: 'aidCases.receivedOn' | 'aidCases.decidedOn') {
  return db
    .selectFrom('aidCases')
    .innerJoin('organisations as centre', 'centre.id', 'aidCases.orgId')
    .where((eb) => inOrgScope(eb, ctx.actor, 'aidCases.orgId'))
    .where(dateCol, '>=', ctx.from)
    .where(dateCol, '<=', ctx.to);
}

export const applications = defineMetric({
  id: 'legalAid.applications',
  zh: '法律援助申请',
  en: 'Legal aid applications',
  unit: { zh: '件', en: 'applications' },
  description: {
    zh: '区间内收到的法律援助申请（不含通知辩护、不含移送后重复计数），按事项类别分列，农民工讨薪（第三十一条第（五）项）单列',
    en: 'Applications received in the range (notices and transferred duplicates excluded), by matter group, wage claims separately',
  },
  dimensions: ['region', 'organisation', 'period'],
  series: { zh: '事项类别', en: 'Matter group' },
  query: async (db, ctx) => {
    const k = keyed(ctx, 'aidCases.receivedOn');
    let q = base(db, ctx, 'aidCases.receivedOn')
      .where('aidCases.origin', '!=', 'notice')
      .where('aidCases.transferredFromCaseId', 'is', null)
      .select([k.key.as('key'), k.label.as('label'), matterSeries.as('series'), sql<number>`count(*)`.as('n'), sql<number>`0`.as('hits')])
      .groupBy(matterSeries);
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n }) => n);
  },
});

const decisionSeries = sql<string>`case when ${sql.ref('aidCases.state')} = 'denied' then ${sql.ref('aidCases.decisionReasonKind')} else 'granted' end`;

export const decisions = defineMetric({
  id: 'legalAid.decisions',
  zh: '审查决定',
  en: 'Review decisions',
  unit: { zh: '件', en: 'decisions' },
  description: {
    zh: '区间内作出的给予、不予法律援助决定（第四十三条），不予援助按理由分列（系列值：granted 或不予援助理由代码）',
    en: 'Grants and denials decided in the range (Art. 43); denials by reason (series: granted or the denial reason code)',
  },
  dimensions: ['region', 'organisation', 'period'],
  series: { zh: '决定', en: 'Decision' },
  query: async (db, ctx) => {
    const k = keyed(ctx, 'aidCases.decidedOn');
    let q = base(db, ctx, 'aidCases.decidedOn')
      .where('aidCases.origin', '!=', 'notice')
      .where('aidCases.state', 'not in', ['received', 'correcting', 'withdrawn', 'transferred'])
      .select([k.key.as('key'), k.label.as('label'), decisionSeries.as('series'), sql<number>`count(*)`.as('n'), sql<number>`0`.as('hits')])
      .groupBy(decisionSeries);
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n }) => n);
  },
});

export const reviewOnTime = defineMetric({
  id: 'legalAid.reviewOnTimeRate',
  zh: '七日内审查决定率',
  en: 'Decided within 7 days',
  unit: { zh: '%', en: '%' },
  description: {
    zh: '区间内作出的审查决定中，在七日审查期限（法律援助法第四十三条第一款）届满前作出的比例',
    en: 'Share of review decisions made by the end of the 7-day period (Art. 43(1))',
  },
  dimensions: ['region', 'organisation', 'period'],
  query: async (db, ctx) => {
    const k = keyed(ctx, 'aidCases.decidedOn');
    let q = base(db, ctx, 'aidCases.decidedOn')
      .where('aidCases.origin', '!=', 'notice')
      .where('aidCases.reviewDueOn', 'is not', null)
      .where('aidCases.state', 'not in', ['received', 'correcting', 'withdrawn', 'transferred'])
      .select([
        k.key.as('key'),
        k.label.as('label'),
        sql<string>`null`.as('series'),
        sql<number>`count(*)`.as('n'),
        sql<number>`sum(case when ${sql.ref('aidCases.decidedOn')} <= ${sql.ref('aidCases.reviewDueOn')} then 1 else 0 end)`.as('hits'),
      ]);
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n, hits }) => (n ? Math.round((10000 * hits) / n) / 100 : 0));
  },
});

export const notices = defineMetric({
  id: 'legalAid.notices',
  zh: '通知辩护（代理）',
  en: 'Mandatory-defence notices',
  unit: { zh: '件', en: 'notices' },
  description: {
    zh: '区间内收到的人民法院、人民检察院、公安机关通知（法律援助法第二十五条、第二十八条、第三十六条），按通知机关类别分列',
    en: 'Notices received from courts, procuratorates and police in the range (Arts. 25, 28, 36), by sender kind',
  },
  dimensions: ['region', 'organisation', 'period'],
  series: { zh: '通知机关', en: 'Sender' },
  query: async (db, ctx) => {
    const k = keyed(ctx, 'aidCases.receivedOn');
    let q = base(db, ctx, 'aidCases.receivedOn')
      .innerJoin('aidNotices', 'aidNotices.caseId', 'aidCases.id')
      .where('aidCases.transferredFromCaseId', 'is', null)
      .select([
        k.key.as('key'),
        k.label.as('label'),
        'aidNotices.senderKind as series',
        sql<number>`count(*)`.as('n'),
        sql<number>`0`.as('hits'),
      ])
      .groupBy('aidNotices.senderKind');
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n }) => n);
  },
});

export const noticeResponseDays = defineMetric({
  id: 'legalAid.noticeResponseDays',
  zh: '通知辩护平均指派天数',
  en: 'Average days from notice to assignment',
  unit: { zh: '日', en: 'days' },
  description: {
    zh: '区间内已指派的通知辩护案件，自收到通知之日至指派之日的平均自然日数（法律援助法第三十六条：三日内）',
    en: 'Average natural days from receiving a notice to the assignment, for notices assigned in the range (Art. 36: within 3 days)',
  },
  dimensions: ['region', 'organisation', 'period'],
  query: async (db, ctx) => {
    const k = keyed(ctx, 'aidCases.receivedOn');
    const days =
      ctx.dialect === 'postgres'
        ? sql<number>`sum(cast(${sql.ref('aidCases.assignedOn')} as date) - cast(${sql.ref('aidCases.receivedOn')} as date))`
        : sql<number>`sum(julianday(${sql.ref('aidCases.assignedOn')}) - julianday(${sql.ref('aidCases.receivedOn')}))`;
    let q = base(db, ctx, 'aidCases.receivedOn')
      .where('aidCases.origin', '=', 'notice')
      .where('aidCases.assignedOn', 'is not', null)
      .select([k.key.as('key'), k.label.as('label'), sql<string>`null`.as('series'), sql<number>`count(*)`.as('n'), days.as('hits')]);
    if (k.group) q = q.groupBy(k.group);
    return rows(await q.orderBy('key').execute(), ({ n, hits }) => (n ? Math.round((100 * hits) / n) / 100 : 0));
  },
});

export const reviewMetrics = [applications, decisions, reviewOnTime, notices, noticeResponseDays];
