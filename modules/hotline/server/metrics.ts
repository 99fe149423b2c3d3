import { inOrgScope } from '@tianping/server/access/scope';
import { defineMetric, type MetricDefinition } from '@tianping/server/stats/metric';
import { serviceMetrics } from './metrics-service';
import { aggregate, asAverage, asCount, asRate, asSum, percentile90, type AggregateSpec } from './metrics-query';

/**
 * Statistics of the 12348 hotline, part 1: calls (from the telephony system's events), tickets and
 * the agents' workload (issue 7 "Statistics"; definitions in METRICS.md beside this file). Every
 * metric is evaluated in SQL within the reader's data scope (the centre of the call or ticket) by
 * centre, district, Beijing month or day. No law sets these figures or their targets: the service
 * levels are local, configurable settings (GET /api/hotline/settings).
 */

const all = ['region', 'organisation', 'period'] as const;
const callsUnit = { zh: '通', en: 'calls' };
const ticketsUnit = { zh: '件', en: 'tickets' };
const percent = { zh: '%', en: '%' };
const seconds = { zh: '秒', en: 'seconds' };

/** Calls offered in the period (by the Beijing day of the offer), at the centres in scope. */
const calls = (o: Partial<AggregateSpec> = {}): AggregateSpec => ({
  table: 'hlCalls',
  org: 'hlCalls.orgId',
  at: 'hlCalls.offeredAt',
  ...o,
});
/** A call with an outcome: answered or abandoned (still waiting: no outcome yet). */
const decided = { where: (eb: Parameters<NonNullable<AggregateSpec['where']>>[0]) => eb('hlCalls.waitSeconds', 'is not', null) };

export const callsOffered = defineMetric({
  id: 'hotline.callsOffered',
  zh: '呼入电话量',
  en: 'Calls offered',
  unit: callsUnit,
  description: {
    zh: '区间内话务系统报告“呼入排队”（offered）的来电数（按北京时间呼入日）',
    en: 'Calls the telephony system reported as offered in the range (by the Beijing day of the offer)',
  },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregate(db, ctx, calls())),
});

export const callsAnswered = defineMetric({
  id: 'hotline.callsAnswered',
  zh: '接通电话量',
  en: 'Calls answered',
  unit: callsUnit,
  description: { zh: '区间内呼入且已接通（answered）的来电数', en: 'Calls offered in the range that were answered' },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregate(db, ctx, calls({ where: (eb) => eb('hlCalls.answeredAt', 'is not', null) }))),
});

export const callsAbandoned = defineMetric({
  id: 'hotline.callsAbandoned',
  zh: '放弃电话量',
  en: 'Calls abandoned',
  unit: callsUnit,
  description: {
    zh: '区间内呼入、排队中挂机未接通（abandoned）的来电数',
    en: 'Calls offered in the range that the caller abandoned before an answer',
  },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregate(db, ctx, calls({ where: (eb) => eb('hlCalls.abandonedAt', 'is not', null) }))),
});

export const connectionRate = defineMetric({
  id: 'hotline.connectionRate',
  zh: '接通率',
  en: 'Connection rate',
  unit: percent,
  description: {
    zh: '接通数 ÷（接通数 + 放弃数）：区间内呼入且已有结果的来电中接通的比例；仍在排队的来电不计（与 domain/call-events.ts 同一口径）',
    en: 'Answered ÷ (answered + abandoned): of the calls offered in the range that have an outcome, the share answered; calls still waiting are not counted',
  },
  dimensions: [...all],
  query: async (db, ctx) => asRate(await aggregate(db, ctx, calls({ ...decided, hits: (eb) => eb('hlCalls.answeredAt', 'is not', null) }))),
});

export const averageWait = defineMetric({
  id: 'hotline.averageWait',
  zh: '平均等待时长',
  en: 'Average wait',
  unit: seconds,
  description: {
    zh: '区间内呼入且已有结果（接通或放弃）的来电，自呼入至接通或放弃的平均秒数',
    en: 'Seconds from offer to answer or abandonment, averaged over the calls of the range with an outcome',
  },
  dimensions: [...all],
  query: async (db, ctx) => asAverage(await aggregate(db, ctx, calls({ ...decided, sum: 'hlCalls.waitSeconds' }))),
});

export const p90Wait = defineMetric({
  id: 'hotline.p90Wait',
  zh: '90%来电等待时长',
  en: '90th-percentile wait',
  unit: seconds,
  description: {
    zh: '同平均等待时长的来电，等待秒数的第90百分位（最近秩法：90%的来电等待不超过此值）',
    en: 'The 90th percentile (nearest rank) of the waits of the same calls: 90 % waited at most this long',
  },
  dimensions: [...all],
  query: (db, ctx) => percentile90(db, ctx, { ...calls(), value: 'hlCalls.waitSeconds' }),
});

/** Tickets (工单) recorded in the period (by the Beijing day of creation), at the centres in scope. */
const tickets = (o: Partial<AggregateSpec> = {}): AggregateSpec => ({
  table: 'hlTickets',
  org: 'hlTickets.orgId',
  at: 'hlTickets.createdAt',
  ...o,
});

export const ticketsByCategory = defineMetric({
  id: 'hotline.ticketsByCategory',
  zh: '工单量（按咨询类别）',
  en: 'Tickets by category',
  unit: ticketsUnit,
  description: {
    zh: '区间内登记的工单（电话、在线、来访、站点），按一级咨询类别分列（系列为类别代码）',
    en: 'Tickets recorded in the range (all channels), by first-level category (the series is the category code)',
  },
  dimensions: [...all],
  series: { zh: '咨询类别', en: 'Category' },
  query: async (db, ctx) => asCount(await aggregate(db, ctx, tickets({ series: { column: 'hlTickets.category' } }))),
});

export const ticketsByChannel = defineMetric({
  id: 'hotline.ticketsByChannel',
  zh: '工单量（按渠道）',
  en: 'Tickets by channel',
  unit: ticketsUnit,
  description: {
    zh: '区间内登记的工单，按渠道（12348热线电话、在线咨询、中心来访、站点）分列（系列为渠道代码）',
    en: 'Tickets recorded in the range by channel (phone, online, walk-in, station; the series is the channel code)',
  },
  dimensions: [...all],
  series: { zh: '渠道', en: 'Channel' },
  query: async (db, ctx) => asCount(await aggregate(db, ctx, tickets({ series: { column: 'hlTickets.channel' } }))),
});

const agentSeries = { zh: '坐席/值班律师', en: 'Agent or lawyer' };
/** The agent's name labels each agent's group (looked up once per agent, not joined per record). */
const agentLabel = { table: 'users', key: 'id', label: 'displayName' };

export const agentTickets = defineMetric({
  id: 'hotline.agentTickets',
  zh: '人员工作量：解答工单',
  en: 'Workload: tickets answered',
  unit: ticketsUnit,
  description: {
    zh: '区间内登记、已有解答的工单数，按解答人（坐席或值班律师）分列（与排班页“工作量”同一口径）',
    en: 'Tickets recorded in the range and answered, per answering agent or lawyer (as the rosters’ workload)',
  },
  dimensions: [...all],
  series: agentSeries,
  query: async (db, ctx) =>
    asCount(
      await aggregate(
        db,
        ctx,
        tickets({
          where: (eb) => eb('hlTickets.answeredBy', 'is not', null),
          series: { column: 'hlTickets.answeredBy', lookup: agentLabel },
        }),
      ),
    ),
});

/** Calls answered by an agent in the period: the calls of the centres in scope and those a city switch routed to their staff. */
const agentCalls = (o: Partial<AggregateSpec> = {}): AggregateSpec =>
  calls({
    at: 'hlCalls.answeredAt',
    where: (eb) => eb('hlCalls.agentUserId', 'is not', null),
    scope: (eb, ctx) =>
      ctx.actor.scope === 'city'
        ? inOrgScope(eb, ctx.actor, 'hlCalls.orgId')
        : eb.or([
            inOrgScope(eb, ctx.actor, 'hlCalls.orgId'),
            eb(
              'hlCalls.agentUserId',
              'in',
              eb
                .selectFrom('users as agent')
                .select('agent.id')
                .where((u) => inOrgScope(u, ctx.actor, 'agent.orgId')),
            ),
          ]),
    series: { column: 'hlCalls.agentUserId', lookup: agentLabel },
    ...o,
  });

export const agentCallsAnswered = defineMetric({
  id: 'hotline.agentCalls',
  zh: '人员工作量：接听电话',
  en: 'Workload: calls answered',
  unit: callsUnit,
  description: {
    zh: '区间内（按接通日）各坐席或值班律师接通的来电数；含市级平台转入本中心人员的来电',
    en: 'Calls each agent or lawyer answered in the range (by the day answered), incl. calls the city switch routed to them',
  },
  dimensions: [...all],
  series: agentSeries,
  query: async (db, ctx) => asCount(await aggregate(db, ctx, agentCalls())),
});

export const agentTalkMinutes = defineMetric({
  id: 'hotline.agentTalkMinutes',
  zh: '人员工作量：通话时长',
  en: 'Workload: talk time',
  unit: { zh: '分钟', en: 'minutes' },
  description: {
    zh: '同上来电中已结束通话的通话时长合计（分钟），按坐席或值班律师分列',
    en: 'Talk time (minutes) of the same calls once ended, per agent or lawyer',
  },
  dimensions: [...all],
  series: agentSeries,
  query: async (db, ctx) => asSum(await aggregate(db, ctx, agentCalls({ sum: 'hlCalls.talkSeconds' })), 60),
});

/** Calls, tickets and workload (HA's tables); transfers, callbacks, surveys and consultations in metrics-service.ts. */
export const callMetrics: MetricDefinition[] = [
  callsOffered,
  callsAnswered,
  callsAbandoned,
  connectionRate,
  averageWait,
  p90Wait,
  ticketsByCategory,
  ticketsByChannel,
  agentTickets,
  agentCallsAnswered,
  agentTalkMinutes,
];

/** Every hotline metric (the manifest's `metrics:`). */
export const hotlineMetrics: MetricDefinition[] = [...callMetrics, ...serviceMetrics];
