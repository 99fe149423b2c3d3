import type { StatutoryPeriod } from '../statutory-period-types';
import { basis, period, text } from './builders';

/** 行政诉讼法: periods follow the Civil Procedure Law (第一百零一条), so natural days. */
const law = (article: string) => basis('行政诉讼法', article);

export const litigationResponsePeriods: readonly StatutoryPeriod[] = [
  {
    id: 'litigationResponse.suitAfterReconsideration',
    module: 'litigationResponse',
    name: text('不服复议决定的起诉期限', 'Suit against a reconsideration decision'),
    kind: 'deadline',
    anchor: text('收到复议决定书（复议机关逾期不作决定的，复议期满）', 'receiving the decision (or the reconsideration period lapsing)'),
    period: period(15, 'day', law('第四十五条')),
    source: 'statutory-rules.md §1 (行政应诉)',
  },
  {
    id: 'litigationResponse.directSuit',
    module: 'litigationResponse',
    name: text('直接起诉期限', 'Direct suit'),
    kind: 'deadline',
    anchor: text('知道或者应当知道作出行政行为', 'knowing (or when one should have known) of the act'),
    period: period(6, 'month', law('第四十六条第一款')),
    source: 'statutory-rules.md §1 (行政应诉)',
  },
  {
    id: 'litigationResponse.defenceSubmission',
    module: 'litigationResponse',
    name: text('被告提交证据和答辩状期限', 'Defendant’s evidence and statement of defence'),
    kind: 'deadline',
    anchor: text('收到起诉状副本', 'receiving the copy of the complaint'),
    period: period(15, 'day', law('第六十七条第一款')),
    source: 'statutory-rules.md §1 (行政应诉)',
  },
];
