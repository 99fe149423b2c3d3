import type { StatutoryPeriod } from '../statutory-period-types';
import { basis, noShift, noShiftNote, period, text } from './builders';

/** Decision-stage periods of 行政复议法 (2023); "三日、五日、七日、十日" are working days (第八十八条第二款). */
const law = (article: string) => basis('行政复议法', article);
const workdayClause = '第八十八条第二款';
const regulation = (article: string) => basis('行政复议法实施条例', article);

const decisionExcludable = [
  { kind: 'correction', legalBasis: regulation('第二十九条') },
  { kind: 'inspection', legalBasis: regulation('第三十四条第三款') },
  { kind: 'appraisal', legalBasis: regulation('第三十七条') },
  {
    kind: 'suspension',
    unverified: text(
      '⚠️ 2023年行政复议法未明确中止期间是否从审理期限中扣除；实践中不计入，须查本地规则后启用。',
      '⚠️ The 2023 law does not say whether a suspension is excluded from the decision period; practice excludes it — confirm the local rule first.',
    ),
  },
] as const;

export const reconsiderationDecisionPeriods: readonly StatutoryPeriod[] = [
  {
    id: 'reconsideration.terminationAfterSuspension',
    module: 'reconsideration',
    name: text('中止满六十日终止', 'Termination after 60 days of suspension'),
    kind: 'elapsed',
    anchor: text('依第三十九条第一款第一、二、四项中止行政复议', 'suspension under Art. 39(1) items 1, 2 or 4'),
    period: period(60, 'day', law('第四十一条第五项'), noShift),
    note: noShiftNote,
    source: 'statutory-rules.md §1 #24',
  },
  {
    id: 'reconsideration.normativeDocumentHandling',
    module: 'reconsideration',
    name: text('规范性文件附带审查处理期限', 'Handling an incidental review of a normative document'),
    kind: 'deadline',
    anchor: text(
      '附带审查申请或者审查中发现依据不合法（条文未明确起算日，按收到申请或者作出认定之日）',
      'the incidental review request or the finding (the text names no start; use receipt or finding)',
    ),
    period: period(30, 'day', law('第五十六条、第五十七条')),
    source: 'statutory-rules.md §1 #28',
  },
  {
    id: 'reconsideration.normativeDocumentForwarding',
    module: 'reconsideration',
    name: text('无权处理时的转送期限', 'Forwarding when the body lacks power'),
    kind: 'deadline',
    anchor: text(
      '附带审查申请或者审查中发现依据不合法（条文未明确起算日）',
      'the incidental review request or the finding (no start named)',
    ),
    period: period(7, 'workday', law(`第五十六条、第五十七条、${workdayClause}`)),
    source: 'statutory-rules.md §1 #28',
  },
  {
    id: 'reconsideration.normativeDocumentNotifyMaker',
    module: 'reconsideration',
    name: text('书面通知制定机关答复期限', 'Notifying the issuing authority'),
    kind: 'deadline',
    anchor: text('行政复议中止', 'the suspension of the reconsideration'),
    period: period(3, 'workday', law(`第五十八条第一款、${workdayClause}`)),
    source: 'statutory-rules.md §1 #28',
  },
  {
    id: 'reconsideration.normativeDocumentMakerReply',
    module: 'reconsideration',
    name: text('制定机关书面答复期限', 'Issuing authority’s written reply'),
    kind: 'deadline',
    anchor: text('制定机关收到书面通知', 'the issuing authority receiving the notice'),
    period: period(10, 'workday', law(`第五十八条第一款、${workdayClause}`)),
    source: 'statutory-rules.md §1 #28',
  },
  {
    id: 'reconsideration.normativeDocumentReceiverReply',
    module: 'reconsideration',
    name: text('接受转送机关回复期限', 'Reply by the authority the matter was forwarded to'),
    kind: 'deadline',
    anchor: text('收到转送', 'receiving the forwarded matter'),
    period: period(60, 'day', law('第六十条')),
    source: 'statutory-rules.md §1 #28',
  },
  {
    id: 'reconsideration.decisionOrdinary',
    module: 'reconsideration',
    name: text('行政复议决定期限（普通程序）', 'Decision period (ordinary procedure)'),
    kind: 'deadline',
    anchor: text('受理申请', 'accepting the application'),
    period: period(60, 'day', law('第六十二条第一款')),
    maxExtension: {
      amount: 30,
      unit: 'day',
      approval: text(
        '行政复议机构的负责人批准，并书面告知当事人',
        'approved by the head of the reconsideration office, parties notified in writing',
      ),
      legalBasis: law('第六十二条第一款'),
    },
    excludable: decisionExcludable,
    note: text('法律规定的行政复议期限少于六十日的，从其规定。', 'A shorter period set by law prevails.'),
    source: 'statutory-rules.md §1 #29',
  },
  {
    id: 'reconsideration.decisionSimplified',
    module: 'reconsideration',
    name: text('行政复议决定期限（简易程序）', 'Decision period (simplified procedure)'),
    kind: 'deadline',
    anchor: text('受理申请', 'accepting the application'),
    period: period(30, 'day', law('第六十二条第二款')),
    excludable: decisionExcludable,
    note: text('条文未规定简易程序的延期。', 'The text provides no extension for the simplified procedure.'),
    source: 'statutory-rules.md §1 #30',
  },
  {
    id: 'reconsideration.opinionLetterReport',
    module: 'reconsideration',
    name: text('行政复议意见书纠正情况报送期限', 'Reporting on an opinion letter'),
    kind: 'deadline',
    anchor: text('收到行政复议意见书', 'receiving the opinion letter'),
    period: period(60, 'day', law('第七十六条')),
    source: 'statutory-rules.md §1 #33',
  },
  {
    id: 'reconsideration.nonPerformanceApplicationStart',
    module: 'reconsideration',
    name: text('不履行法定职责且无履行期限时申请期限的起算', 'Start of the application period when no time to perform is set'),
    kind: 'elapsed',
    anchor: text('行政机关收到履行法定职责的申请', 'the agency receiving the request to perform'),
    period: period(60, 'day', regulation('第十六条第一款第二项'), noShift),
    note: text(
      '2007年实施条例引用1999年法律的条号，与2023年法律冲突时以法律为准；满60日之日起计算申请期限。',
      'The 2007 regulation cites the 1999 law; the 2023 law prevails on conflict. The application period runs once 60 days have passed.',
    ),
    source: 'statutory-rules.md §1 (实施条例 第十六条)',
  },
  {
    id: 'reconsideration.redoDefault',
    module: 'reconsideration',
    name: text('责令重作的默认期限', 'Default period to redo an act'),
    kind: 'deadline',
    anchor: text('收到责令重新作出行政行为的决定', 'receiving the order to redo the act'),
    period: period(60, 'day', regulation('第四十九条第一款')),
    note: text('仅在法律、法规、规章未规定期限时适用；条文未明确起算日。', 'Only where no other period is set; the text names no start.'),
    source: 'statutory-rules.md §1 (实施条例 第四十九条)',
  },
];
