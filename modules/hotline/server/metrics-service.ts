import { defineMetric, type MetricDefinition } from '@tianping/server/stats/metric';
import { aggregate, asCount, asRate } from './metrics-query';

/**
 * Statistics of the 12348 hotline, part 2: the service after the call — transfers (一键转接),
 * callbacks (回拨), satisfaction surveys and online consultations (issue 7 "Statistics"; METRICS.md).
 * Within the reader's data scope by the centre of the record; the callback and consultation time
 * limits are LOCAL, configurable settings (no law sets them).
 */

const all = ['region', 'organisation', 'period'] as const;
const percent = { zh: '%', en: '%' };
/** Now as an instant parameter: a limit not yet reached is not counted as missed. */
const nowParam = () => new Date().toISOString();

export const transfersByDestination = defineMetric({
  id: 'hotline.transfersByDestination',
  zh: '转接量（按去向）',
  en: 'Transfers by destination',
  unit: { zh: '次', en: 'transfers' },
  description: {
    zh: '区间内发出的一键转接（12345热线联盟、法律援助、人民调解、行政复议、公证），按去向分列；被对方模块拒绝的失败尝试不计',
    en: 'One-click transfers made in the range (12345 alliance, legal aid, mediation, reconsideration, notary) by destination; failed attempts are not counted',
  },
  dimensions: [...all],
  series: { zh: '转接去向', en: 'Destination' },
  query: async (db, ctx) =>
    asCount(
      await aggregate(db, ctx, {
        table: 'hlTransfers',
        org: 'hlTransfers.orgId',
        at: 'hlTransfers.createdAt',
        where: (eb) => eb('hlTransfers.state', '!=', 'failed'),
        series: { column: 'hlTransfers.destination' },
      }),
    ),
});

export const callbacksOnTime = defineMetric({
  id: 'hotline.callbacksOnTime',
  zh: '回拨按时率',
  en: 'Callbacks on time',
  unit: percent,
  description: {
    zh: '到期日在区间内的回拨中，在到期时间前完成（已回拨，含无人接听、号码错误的记录）的比例；尚未到期且未完成的不计入分母（回拨时限为本地可配置规则）',
    en: 'Of the callbacks due in the range, the share completed (reached, no answer or wrong number recorded) by the due time; callbacks not yet due and still pending are not counted (the limit is a local, configurable rule)',
  },
  dimensions: [...all],
  query: async (db, ctx) => {
    const now = nowParam();
    return asRate(
      await aggregate(db, ctx, {
        table: 'hlCallbacks',
        org: 'hlCallbacks.orgId',
        at: 'hlCallbacks.dueAt',
        where: (eb) => eb.or([eb('hlCallbacks.completedAt', 'is not', null), eb('hlCallbacks.dueAt', '<', now)]),
        hits: (eb) =>
          eb.and([eb('hlCallbacks.completedAt', 'is not', null), eb('hlCallbacks.completedAt', '<=', eb.ref('hlCallbacks.dueAt'))]),
      }),
    );
  },
});

const satisfied = ['satisfied', 'basicallySatisfied'];

export const satisfactionRate = defineMetric({
  id: 'hotline.satisfactionRate',
  zh: '满意率',
  en: 'Satisfaction rate',
  unit: percent,
  description: {
    zh: '区间内作答的满意度评价（短信链接或门户）中“满意”与“基本满意”的比例；未作答、过期的评价不计；回访记录另计',
    en: 'Of the surveys answered in the range (SMS link or portal), the share satisfied or basically satisfied; unanswered or expired surveys are not counted, follow-up visits are separate',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregate(db, ctx, {
        table: 'hlSurveys',
        org: 'hlSurveys.orgId',
        at: 'hlSurveys.answeredAt',
        hits: (eb) => eb('hlSurveys.rating', 'in', satisfied),
      }),
    ),
});

export const surveyRatings = defineMetric({
  id: 'hotline.surveyRatings',
  zh: '满意度评价（按评价）',
  en: 'Survey answers by rating',
  unit: { zh: '份', en: 'answers' },
  description: {
    zh: '区间内作答的满意度评价，按满意、基本满意、不满意分列（不满意的工单自动重开至质量监督员）',
    en: 'Surveys answered in the range by rating (a dissatisfied answer reopens the ticket to the supervisor)',
  },
  dimensions: [...all],
  series: { zh: '评价', en: 'Rating' },
  query: async (db, ctx) =>
    asCount(
      await aggregate(db, ctx, {
        table: 'hlSurveys',
        org: 'hlSurveys.orgId',
        at: 'hlSurveys.answeredAt',
        where: (eb) => eb('hlSurveys.rating', 'is not', null),
        series: { column: 'hlSurveys.rating' },
      }),
    ),
});

export const followupSatisfactionRate = defineMetric({
  id: 'hotline.followupSatisfactionRate',
  zh: '回访满意率',
  en: 'Follow-up satisfaction rate',
  unit: percent,
  description: {
    zh: '区间内记录的回访（已联系上）中“满意”与“基本满意”的比例；未联系上的回访不计',
    en: 'Of the follow-up visits recorded in the range that reached the caller, the share satisfied or basically satisfied',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregate(db, ctx, {
        table: 'hlFollowups',
        org: 'hlFollowups.orgId',
        at: 'hlFollowups.recordedAt',
        where: (eb) => eb('hlFollowups.satisfaction', 'is not', null),
        hits: (eb) => eb('hlFollowups.satisfaction', 'in', satisfied),
      }),
    ),
});

export const consultationsOnTime = defineMetric({
  id: 'hotline.consultationsOnTime',
  zh: '在线咨询按时答复率',
  en: 'Online consultations answered on time',
  unit: percent,
  description: {
    zh: '答复期限（提交时间加工作时间内的答复时限，本地可配置）在区间内的在线咨询中，按时答复的比例；尚未到期且未答复的不计入分母；按答复人所在中心统计，未答复的归市级',
    en: 'Of the online consultations due in the range (submission plus the configurable working-hours limit), the share answered by the due time; not yet due and unanswered ones are not counted; by the answering centre (unanswered: city level only)',
  },
  dimensions: [...all],
  query: async (db, ctx) => {
    const now = nowParam();
    return asRate(
      await aggregate(db, ctx, {
        table: 'hlConsultations',
        org: 'hlConsultations.orgId',
        at: 'hlConsultations.dueAt',
        where: (eb) => eb.or([eb('hlConsultations.answeredAt', 'is not', null), eb('hlConsultations.dueAt', '<', now)]),
        hits: (eb) =>
          eb.and([
            eb('hlConsultations.answeredAt', 'is not', null),
            eb('hlConsultations.answeredAt', '<=', eb.ref('hlConsultations.dueAt')),
          ]),
      }),
    );
  },
});

export const serviceMetrics: MetricDefinition[] = [
  transfersByDestination,
  callbacksOnTime,
  satisfactionRate,
  surveyRatings,
  followupSatisfactionRate,
  consultationsOnTime,
];
