import { localDateAt } from '@tianping/common/calendar/index';
import { defineMetric, type MetricDefinition } from '@tianping/server/stats/metric';
import { stateIn } from './metrics-query';
import { correctiveDecisionTypes } from '../contract/decision-enums';
import { aggregateCases, aggregateLitigations, asAverageDays, asCount, asRate, naturalDays } from './metrics-query';
import { substantiveResolutionMetric, substantiveResolutionOptionsFromEnv, type SubstantiveResolutionOptions } from './metrics-resolution';

/**
 * Statistics of administrative reconsideration and litigation response (issue 4 "Statistics";
 * definitions in METRICS.md beside this file). Every metric is evaluated within the reader's data
 * scope (the handling body of a case, the defendant body of a lawsuit) by district (region code of
 * the record), handling body, month or day; act kind and decision type are series of their own
 * metrics, and the respondent agency (被申请人) is the `organisation` grouping of
 * `reconsideration.respondentCorrectionRate`.
 */

const all = ['region', 'organisation', 'period'] as const;
const cases = { zh: '件', en: 'cases' };
const percent = { zh: '%', en: '%' };
/** Closed after acceptance (审结): decision, mediation, termination (incl. withdrawal), dismissal. */
export const concludedStates = ['decided', 'mediated', 'terminated', 'dismissed'] as const;
/** Cases still running the decision clock. */
const runningStates = ['accepted', 'deciding'] as const;

export const casesNew = defineMetric({
  id: 'reconsideration.casesNew',
  zh: '新收行政复议申请',
  en: 'New applications',
  unit: cases,
  description: { zh: '区间内收到的行政复议申请数（按收到申请之日）', en: 'Applications received in the range (by day received)' },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'receivedOn' })),
});

export const casesByActKind = defineMetric({
  id: 'reconsideration.casesByActKind',
  zh: '新收申请（按行政行为类别）',
  en: 'New applications by kind of act',
  unit: cases,
  description: { zh: '区间内收到的申请，按被申请行政行为的类别分列', en: 'Applications received in the range, by kind of act' },
  dimensions: [...all],
  series: { zh: '行政行为类别', en: 'Kind of act' },
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'receivedOn', series: 'actKind' })),
});

export const casesAccepted = defineMetric({
  id: 'reconsideration.casesAccepted',
  zh: '受理案件',
  en: 'Accepted cases',
  unit: cases,
  description: {
    zh: '区间内受理（含视为受理）的案件数（行政复议法第三十条）',
    en: 'Cases accepted (or deemed accepted) in the range (Art. 30)',
  },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'acceptedOn' })),
});

export const casesRejected = defineMetric({
  id: 'reconsideration.casesRejected',
  zh: '不予受理及告知管辖',
  en: 'Not accepted or referred',
  unit: cases,
  description: {
    zh: '区间内决定不予受理或告知有管辖权机关的申请数（行政复议法第三十条第二款；按结案日）',
    en: 'Applications not accepted or referred to the competent authority in the range (Art. 30(2); by closing day)',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asCount(await aggregateCases(db, ctx, { date: 'closedOn', where: (eb) => stateIn(eb, ['rejected', 'transferred']) })),
});

export const casesConcluded = defineMetric({
  id: 'reconsideration.casesConcluded',
  zh: '审结案件',
  en: 'Concluded cases',
  unit: cases,
  description: {
    zh: '区间内以决定、调解、终止（含撤回）或驳回申请结案的案件数（按结案日）',
    en: 'Cases closed by decision, mediation, termination (incl. withdrawal) or dismissal in the range (by closing day)',
  },
  dimensions: [...all],
  query: async (db, ctx) => asCount(await aggregateCases(db, ctx, { date: 'closedOn', where: (eb) => stateIn(eb, concludedStates) })),
});

export const decisionMix = defineMetric({
  id: 'reconsideration.decisionMix',
  zh: '复议决定类型构成',
  en: 'Decision mix',
  unit: cases,
  description: {
    zh: '区间内作出的复议决定，按决定类型（第六十三条至第七十一条）分列',
    en: 'Decisions issued in the range by type (Arts. 63–71)',
  },
  dimensions: [...all],
  series: { zh: '决定类型', en: 'Decision type' },
  query: async (db, ctx) =>
    asCount(await aggregateCases(db, ctx, { date: 'closedOn', series: 'decisionType', where: (eb) => stateIn(eb, ['decided']) })),
});

const corrective = [...correctiveDecisionTypes];

export const correctionRate = defineMetric({
  id: 'reconsideration.correctionRate',
  zh: '纠错率',
  en: 'Correction rate',
  unit: percent,
  description: {
    zh: '变更、撤销（含部分撤销、责令重作）、确认违法、责令履行、确认无效的决定占区间内作出决定案件的比例',
    en: 'Alter, revoke (in part, with redo), confirm illegal, order performance, confirm invalid over all decisions in the range',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregateCases(db, ctx, {
        date: 'closedOn',
        where: (eb) => stateIn(eb, ['decided']),
        hits: (eb) => eb('reconCases.decisionType', 'in', corrective),
      }),
    ),
});

export const respondentCorrectionRate = defineMetric({
  id: 'reconsideration.respondentCorrectionRate',
  zh: '被申请人纠错率',
  en: 'Correction rate by respondent agency',
  unit: percent,
  description: {
    zh: '同纠错率；按机构分组时按被申请人（作出行政行为的机关）分列',
    en: 'As the correction rate; grouped by organisation, by the respondent agency',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregateCases(db, ctx, {
        date: 'closedOn',
        organisation: 'respondentOrgId',
        where: (eb) => stateIn(eb, ['decided']),
        hits: (eb) => eb('reconCases.decisionType', 'in', corrective),
      }),
    ),
});

export const mediationSettlementRate = defineMetric({
  id: 'reconsideration.mediationSettlementRate',
  zh: '调解和解率',
  en: 'Mediation and settlement rate',
  unit: percent,
  description: {
    zh: '以调解书结案（第七十三条）或和解后撤回申请（第七十四条）的案件占审结案件的比例',
    en: 'Cases closed by mediation (Art. 73) or withdrawn after settlement (Art. 74) over concluded cases',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregateCases(db, ctx, {
        date: 'closedOn',
        where: (eb) => stateIn(eb, concludedStates),
        hits: (eb) =>
          eb.or([eb('reconCases.state', '=', 'mediated'), eb('reconCases.outcome', 'in', ['mediated', 'settled', 'withdrawn'])]),
      }),
    ),
});

export const averageHandlingDays = defineMetric({
  id: 'reconsideration.averageHandlingDays',
  zh: '平均办理天数',
  en: 'Average handling days',
  unit: { zh: '日', en: 'days' },
  description: {
    zh: '区间内审结案件自收到申请至结案的平均自然日数',
    en: 'Natural days from receipt to closing, averaged over cases concluded in the range',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asAverageDays(
      await aggregateCases(db, ctx, {
        date: 'closedOn',
        where: (eb) => stateIn(eb, concludedStates),
        days: (dialect) => naturalDays(dialect, 'reconCases.receivedOn', 'reconCases.closedOn'),
      }),
    ),
});

/** The reference day of a snapshot: the end of the range, or today when the range ends later. */
const asOf = (to: string) => {
  const today = localDateAt(new Date());
  return to < today ? to : today;
};

export const overdue = defineMetric({
  id: 'reconsideration.overdue',
  zh: '超期未决案件',
  en: 'Overdue cases',
  unit: cases,
  description: {
    zh: '截至统计截止日（不晚于今日）已受理未结、未中止且已过决定期限（第六十二条）的案件数',
    en: 'Accepted cases open at the end of the range (at most today), not suspended, past the decision due day (Art. 62)',
  },
  dimensions: ['region', 'organisation'],
  query: async (db, ctx) => {
    const day = asOf(ctx.to);
    return asCount(
      await aggregateCases(db, ctx, {
        date: 'decisionDueOn',
        ranged: false,
        // Two indexable branches: cases still running (state, due day) and cases closed after the day.
        where: (eb) =>
          eb.or([
            eb.and([
              eb('reconCases.state', 'in', [...runningStates]),
              eb('reconCases.decisionDueOn', '<', day),
              eb('reconCases.closedOn', 'is', null),
            ]),
            // A due day before `day` implies acceptance before it.
            eb.and([eb('reconCases.closedOn', '>', day), eb('reconCases.decisionDueOn', '<', day)]),
          ]),
      }),
    );
  },
});

export const litigationHeadAppearanceRate = defineMetric({
  id: 'reconsideration.litigationHeadAppearanceRate',
  zh: '行政机关负责人出庭应诉率',
  en: 'Agency-head court appearance rate',
  unit: percent,
  description: {
    zh: '区间内收到起诉状副本、已开庭的行政应诉案件中，行政机关负责人出庭应诉的比例（行政诉讼法第三条第三款）',
    en: 'Of lawsuits served in the range that had a hearing, the share where the head of the body appeared (ALL Art. 3(3))',
  },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregateLitigations(db, ctx, {
        date: 'complaintServedOn',
        where: (eb) => eb('reconLitigations.headAppeared', 'is not', null),
        hits: (eb) => eb('reconLitigations.headAppeared', '=', 1),
      }),
    ),
});

export const litigationLossRate = defineMetric({
  id: 'reconsideration.litigationLossRate',
  zh: '行政应诉败诉率',
  en: 'Litigation loss rate',
  unit: percent,
  description: { zh: '区间内结案的行政应诉案件中败诉的比例', en: 'Lawsuits closed in the range that were lost' },
  dimensions: [...all],
  query: async (db, ctx) =>
    asRate(
      await aggregateLitigations(db, ctx, {
        date: 'closedOn',
        where: (eb) => eb('reconLitigations.result', '!=', 'pending'),
        hits: (eb) => eb('reconLitigations.result', '=', 'lost'),
      }),
    ),
});

/** The module's metrics; the substantive-resolution definition is configurable (METRICS.md). */
export function reconsiderationMetrics(
  options: SubstantiveResolutionOptions = substantiveResolutionOptionsFromEnv(process.env),
): MetricDefinition[] {
  return [
    casesNew,
    casesByActKind,
    casesAccepted,
    casesRejected,
    casesConcluded,
    decisionMix,
    correctionRate,
    respondentCorrectionRate,
    mediationSettlementRate,
    averageHandlingDays,
    overdue,
    substantiveResolutionMetric(options),
    litigationHeadAppearanceRate,
    litigationLossRate,
  ];
}
