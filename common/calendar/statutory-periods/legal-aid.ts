import type { StatutoryPeriod } from '../statutory-period-types';
import { basis, period, text } from './builders';

/** 法律援助法 has no working-day clause (statutory-rules.md §2): its "日" are natural days. */
const law = (article: string) => basis('法律援助法', article);

export const legalAidPeriods: readonly StatutoryPeriod[] = [
  {
    id: 'legalAid.review',
    module: 'legalAid',
    name: text('法律援助申请审查期限', 'Review of a legal aid application'),
    kind: 'deadline',
    anchor: text('收到法律援助申请', 'receiving the application'),
    period: period(7, 'day', law('第四十三条第一款')),
    source: 'statutory-rules.md §2 #1',
  },
  {
    id: 'legalAid.assignment',
    module: 'legalAid',
    name: text('指派法律援助人员期限', 'Assigning a legal aid provider'),
    kind: 'deadline',
    anchor: text('作出给予法律援助的决定', 'deciding to grant legal aid'),
    period: period(3, 'day', law('第四十三条第一款')),
    source: 'statutory-rules.md §2 #2',
  },
  {
    id: 'legalAid.mandatoryDefenseNotice',
    module: 'legalAid',
    name: text('办案机关通知指派律师期限', 'Notice by the case-handling authority'),
    kind: 'deadline',
    anchor: text('发现第二十五条第一款、第二十八条规定情形', 'finding a situation of Art. 25(1) or Art. 28'),
    period: period(3, 'day', law('第三十六条')),
    source: 'statutory-rules.md §2 #7',
  },
  {
    id: 'legalAid.assignmentOnNotice',
    module: 'legalAid',
    name: text('收到通知后指派律师期限', 'Assigning a lawyer after a notice'),
    kind: 'deadline',
    anchor: text('法律援助机构收到通知', 'the legal aid agency receiving the notice'),
    period: period(3, 'day', law('第三十六条')),
    source: 'statutory-rules.md §2 #7',
  },
  {
    id: 'legalAid.detaineeApplicationTransfer',
    module: 'legalAid',
    name: text('被羁押人员申请转交期限', 'Forwarding a detainee’s application'),
    kind: 'deadline',
    anchor: text('办案机关、监管场所收到申请', 'the authority or facility receiving the application'),
    period: period(24, 'hour', law('第三十九条第一款')),
    source: 'statutory-rules.md §2 #9',
  },
  {
    id: 'legalAid.dutyLawyerApplicationTransfer',
    module: 'legalAid',
    name: text('值班律师转交申请期限', 'Forwarding by the duty lawyer'),
    kind: 'deadline',
    anchor: text('值班律师收到申请', 'the duty lawyer receiving the application'),
    period: period(24, 'hour', law('第三十九条第二款')),
    source: 'statutory-rules.md §2 #9',
  },
  {
    id: 'legalAid.advanceProvisionThreshold',
    module: 'legalAid',
    name: text('先行提供法律援助（距届满不足七日）', 'Advance legal aid (less than 7 days left)'),
    kind: 'remainingThreshold',
    anchor: text('法定时效或者期限届满', 'the limitation or time limit expiring'),
    period: period(7, 'day', law('第四十四条第一项')),
    note: text(
      '距届满日剩余自然日数少于七日时可以先行提供（见 isBelowRemainingThreshold）。',
      'Applies while fewer than 7 natural days remain before the expiry day (see isBelowRemainingThreshold).',
    ),
    source: 'statutory-rules.md §2 #13',
  },
  {
    id: 'legalAid.objectionReview',
    module: 'legalAid',
    name: text('司法行政部门审查异议期限', 'Review of an objection by the justice bureau'),
    kind: 'deadline',
    anchor: text('收到异议', 'receiving the objection'),
    period: period(5, 'day', law('第四十九条第二款')),
    source: 'statutory-rules.md §2 #18',
  },
];
