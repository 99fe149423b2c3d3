import { defineMetric } from '@tianping/server/stats/metric';
import { caseOutcomeLabels, caseSourceLabels, disputeKindLabels } from '../contract/enums';
import { aggregateCases, asAverageDays, asCount, asRate, labelSeries, naturalDays, stateIn } from './case.metrics-query';

/**
 * Case statistics of people's mediation (issue 5 "Statistics"): cases by kind, source channel and
 * district; success rate; average days to close; workload per mediator and per committee. Within
 * the reader's scope (committee of the case), by committee, district, month or day. Agreements,
 * judicial confirmations (handling.metrics.ts) and referrals (referral.metrics.ts) are beside.
 * Definitions are local statistical conventions (人民调解法 sets none) — see README "Statistics".
 */

const all = ['region', 'organisation', 'period'] as const;
const cases = { zh: '件', en: 'cases' };
/** Mediation took place (the parties consented): ended with or without an agreement. */
const mediatedStates = ['succeeded', 'failed'] as const;

export const casesReceived = defineMetric({
  id: 'mediation.casesReceived',
  zh: '受理调解纠纷',
  en: 'Disputes received',
  unit: cases,
  description: { zh: '区间内登记的矛盾纠纷数（按登记之日）', en: 'Disputes registered in the range (by day received)' },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'receivedOn' })),
});

export const casesByKind = defineMetric({
  id: 'mediation.casesByKind',
  zh: '纠纷类型分布',
  en: 'Disputes by kind',
  unit: cases,
  description: {
    zh: '区间内登记的纠纷，按纠纷类型（婚姻家庭、邻里、合同、损害赔偿、劳动争议……）分列',
    en: 'Disputes registered in the range, by kind',
  },
  dimensions: [...all],
  series: { zh: '纠纷类型', en: 'Kind' },
  query: async (db, ctx) => labelSeries(asCount(await aggregateCases(db, ctx, { date: 'receivedOn', series: 'kind' })), disputeKindLabels),
});

export const casesBySource = defineMetric({
  id: 'mediation.casesBySource',
  zh: '纠纷来源渠道',
  en: 'Disputes by source channel',
  unit: cases,
  description: {
    zh: '区间内登记的纠纷，按来源分列：当事人申请、主动调解、诉调/公调/访调/检调对接、12348热线（人民调解法第十七、十八条）',
    en: 'Disputes registered in the range, by source: party’s request, own initiative, court/police/petition/procuratorate referral, hotline (Arts. 17–18)',
  },
  dimensions: [...all],
  series: { zh: '来源渠道', en: 'Source' },
  query: async (db, ctx) => labelSeries(asCount(await aggregateCases(db, ctx, { date: 'receivedOn', series: 'source' })), caseSourceLabels),
});

export const casesClosed = defineMetric({
  id: 'mediation.casesClosed',
  zh: '办结纠纷（按结果）',
  en: 'Closed disputes by outcome',
  unit: cases,
  description: {
    zh: '区间内办结的纠纷，按结果分列：书面/口头协议、调解不成、拒绝调解、撤回、不予受理（按办结之日）',
    en: 'Disputes closed in the range by outcome (by closing day)',
  },
  dimensions: [...all],
  series: { zh: '结果', en: 'Outcome' },
  query: async (db, ctx) => labelSeries(asCount(await aggregateCases(db, ctx, { date: 'closedOn', series: 'outcome' })), caseOutcomeLabels),
});

export const successRate = defineMetric({
  id: 'mediation.successRate',
  zh: '调解成功率',
  en: 'Success rate',
  unit: { zh: '%', en: '%' },
  description: {
    zh: '区间内调解终结（达成协议或调解不成）的纠纷中达成调解协议（书面或口头）的比例；拒绝调解、撤回、不予受理的不计入（本地统计口径）',
    en: 'Of the disputes whose mediation ended in the range (agreement or failure), the share with an agreement; refusals, withdrawals, declines excluded (local measure)',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregateCases(db, ctx, {
        date: 'closedOn',
        where: (eb) => stateIn(eb, mediatedStates),
        hits: (eb) => eb('medCases.state', '=', 'succeeded'),
      }),
    ),
});

export const averageDaysToClose = defineMetric({
  id: 'mediation.averageDaysToClose',
  zh: '平均调解用时',
  en: 'Average days to close',
  unit: { zh: '天', en: 'days' },
  description: {
    zh: '区间内调解终结（达成协议或调解不成）的纠纷，自登记至办结的平均自然日数',
    en: 'Disputes whose mediation ended in the range: mean natural days from registration to closing',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asAverageDays(
      await aggregateCases(db, ctx, {
        date: 'closedOn',
        where: (eb) => stateIn(eb, mediatedStates),
        days: (dialect) => naturalDays(dialect, 'medCases.receivedOn', 'medCases.closedOn'),
      }),
    ),
});

export const mediatorWorkload = defineMetric({
  id: 'mediation.mediatorWorkload',
  zh: '调解员承办量',
  en: 'Workload per mediator',
  unit: cases,
  description: {
    zh: '区间内受理并指定调解员的纠纷数，按调解员分列；按“机构”分组即为各调解委员会承办量',
    en: 'Disputes accepted in the range with a designated mediator, per mediator; group by organisation for each committee',
  },
  dimensions: [...all],
  series: { zh: '调解员', en: 'Mediator' },
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'acceptedOn', series: 'mediator' })),
});

export const committeeWorkload = defineMetric({
  id: 'mediation.committeeWorkload',
  zh: '调解委员会承办量',
  en: 'Workload per committee',
  unit: cases,
  description: {
    zh: '区间内各调解委员会受理的纠纷数（按受理之日）；默认按机构分组查看',
    en: 'Disputes accepted by each committee in the range (by day accepted); view grouped by organisation',
  },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'acceptedOn' })),
});

export const caseMetrics = [
  casesReceived,
  casesByKind,
  casesBySource,
  casesClosed,
  successRate,
  averageDaysToClose,
  mediatorWorkload,
  committeeWorkload,
];
