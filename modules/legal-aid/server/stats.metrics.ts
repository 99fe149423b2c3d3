import { sql } from 'kysely';
import { inOrgScope } from '@tianping/server/access/scope';
import { defineMetric } from '@tianping/server/stats/metric';
import { matterKindLabels, matterKinds } from '../contract/enums';

/**
 * 法律援助案件数 — the headline figure of the yearly statistics (Tianjin 2024: 6,395): the cases in which
 * legal aid was given, i.e. applications granted (第四十三条) and mandatory-defence notices accepted
 * (第三十六条), by the day of the grant or of the notice, by matter group with the wage claims of
 * migrant workers (第三十一条第（五）项) separately and notices as their own group. A case later
 * transferred to the competent centre (第三十八条) counts there, not here. Evaluated in SQL within the
 * reader's data scope (the centre).
 */
const aidedStates = ['granted', 'assigned', 'closed', 'terminated'] as const;

const matterSeries = sql<string>`case ${sql.ref('aidCases.matterKind')} ${sql.join(
  matterKinds.map((k) => sql`when ${sql.lit(k)} then ${sql.lit(k === 'wages' ? 'wages' : matterKindLabels[k].group)}`),
  sql` `,
)} else 'other' end`;

export const aidedCases = defineMetric({
  id: 'legalAid.aidedCases',
  zh: '法律援助案件（给予援助）',
  en: 'Aided cases',
  unit: { zh: '件', en: 'cases' },
  description: {
    zh: '区间内决定给予法律援助的申请（第四十三条）和收到的通知辩护（代理）（第三十六条），按决定日或收到通知日统计，按事项类别分列，农民工讨薪（第三十一条第（五）项）单列；已移送的案件计入受移送的中心',
    en: 'Applications granted (Art. 43) and notices received (Art. 36) in the range, by the day of the grant or notice, by matter group with wage claims separately; a transferred case counts at the receiving centre',
  },
  dimensions: ['region', 'organisation', 'period'],
  series: { zh: '事项类别', en: 'Matter group' },
  query: async (db, ctx) => {
    const bucket = sql<string>`substr(${sql.ref('aidCases.decidedOn')}, 1, ${sql.lit(ctx.groupBy === 'day' ? 10 : 7)})`;
    const k =
      ctx.groupBy === 'organisation'
        ? {
            key: sql<string>`${sql.ref('aidCases.orgId')}`,
            label: sql<string>`min(${sql.ref('centre.name')})`,
            group: sql.ref('aidCases.orgId'),
          }
        : ctx.groupBy === 'region'
          ? { key: sql<string>`${sql.ref('aidCases.regionCode')}`, label: sql<string>`null`, group: sql.ref('aidCases.regionCode') }
          : ctx.groupBy === 'month' || ctx.groupBy === 'day'
            ? { key: bucket, label: sql<string>`null`, group: bucket }
            : { key: sql<string>`'total'`, label: sql<string>`null`, group: null };
    let q = db
      .selectFrom('aidCases')
      .innerJoin('organisations as centre', 'centre.id', 'aidCases.orgId')
      .where((eb) => inOrgScope(eb, ctx.actor, 'aidCases.orgId'))
      .where('aidCases.decidedOn', '>=', ctx.from)
      .where('aidCases.decidedOn', '<=', ctx.to)
      .where('aidCases.state', 'in', [...aidedStates])
      .select([k.key.as('key'), k.label.as('label'), matterSeries.as('series'), sql<number>`count(*)`.as('n')])
      .groupBy(matterSeries);
    if (k.group) q = q.groupBy(k.group);
    const rows = await q.orderBy('key').execute();
    return rows.map((r) => ({
      key: r.key == null ? 'unknown' : String(r.key),
      label: r.label == null ? null : String(r.label),
      series: r.series == null ? null : String(r.series),
      value: Number(r.n ?? 0),
    }));
  },
});

export const statsMetrics = [aidedCases];
