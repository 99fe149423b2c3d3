import type { StatutoryPeriod } from '../statutory-period-types';
import { basis, period, text } from './builders';

/** 行政许可法: every period for the agency is counted in working days (第八十二条). */
const law = (article: string) => basis('行政许可法', article);
const workdayClause = '第八十二条';
const applicantSideNote = text(
  '申请人一方的期限是否按工作日计算，第八十二条未作明确；按对申请人有利的解释设置，并须向申请人提示。',
  'Art. 82 does not say whether applicants’ periods are working days; the reading more favourable to the applicant is used and must be pointed out to them.',
);

export const administrativeLicensingPeriods: readonly StatutoryPeriod[] = [
  {
    id: 'administrativeLicensing.correctionNotice',
    module: 'administrativeLicensing',
    name: text('一次告知补正期限', 'One-time notice of missing materials'),
    kind: 'deadline',
    anchor: text('收到申请材料', 'receiving the application materials'),
    period: period(5, 'workday', law(`第三十二条第一款第四项、${workdayClause}`)),
    deemed: {
      code: 'deemedAccepted',
      outcome: text(
        '逾期不告知的，自收到申请材料之日起即为受理',
        'the application counts as accepted from the day the materials were received',
      ),
      effective: 'asOfStart',
      legalBasis: law('第三十二条第一款第四项'),
    },
    source: 'statutory-rules.md §9 #1',
  },
  {
    id: 'administrativeLicensing.decision',
    module: 'administrativeLicensing',
    name: text('行政许可决定期限', 'Licensing decision'),
    kind: 'deadline',
    anchor: text('受理行政许可申请', 'accepting the application'),
    period: period(20, 'workday', law(`第四十二条第一款、${workdayClause}`)),
    maxExtension: {
      amount: 10,
      unit: 'workday',
      approval: text('本行政机关负责人批准，并告知申请人延长理由', 'approved by the head of the agency, reasons given to the applicant'),
      legalBasis: law('第四十二条第一款'),
    },
    excludable: [
      { kind: 'hearing', legalBasis: law('第四十五条') },
      { kind: 'inspection', legalBasis: law('第四十五条') },
      { kind: 'appraisal', legalBasis: law('第四十五条') },
      { kind: 'expertReview', legalBasis: law('第四十五条') },
      { kind: 'other', legalBasis: law('第四十五条') },
    ],
    note: text(
      '招标、拍卖所需时间以“其他”类型录入；所需时间须书面告知申请人（第四十五条）。法律、法规另有规定的从其规定。',
      'Enter tendering and auction time as "other"; the applicant is told of the time in writing (Art. 45). Other laws may provide otherwise.',
    ),
    source: 'statutory-rules.md §9 #2, #6',
  },
  {
    id: 'administrativeLicensing.jointDecision',
    module: 'administrativeLicensing',
    name: text('统一、联合、集中办理的办理期限', 'Unified, joint or centralised handling'),
    kind: 'deadline',
    anchor: text('受理行政许可申请', 'accepting the application'),
    period: period(45, 'workday', law(`第四十二条第二款、${workdayClause}`)),
    maxExtension: {
      amount: 15,
      unit: 'workday',
      approval: text('本级人民政府负责人批准，并告知申请人延长理由', 'approved by the head of the people’s government, reasons given'),
      legalBasis: law('第四十二条第二款'),
    },
    source: 'statutory-rules.md §9 #3',
  },
  {
    id: 'administrativeLicensing.lowerLevelReview',
    module: 'administrativeLicensing',
    name: text('下级机关审查期限', 'Review by the lower-level agency'),
    kind: 'deadline',
    anchor: text('下级行政机关受理行政许可申请', 'the lower-level agency accepting the application'),
    period: period(20, 'workday', law(`第四十三条、${workdayClause}`)),
    source: 'statutory-rules.md §9 #4',
  },
  {
    id: 'administrativeLicensing.certificateIssue',
    module: 'administrativeLicensing',
    name: text('颁发、送达许可证件期限', 'Issuing the licence document'),
    kind: 'deadline',
    anchor: text('作出准予行政许可的决定', 'deciding to grant the licence'),
    period: period(10, 'workday', law(`第四十四条、${workdayClause}`)),
    source: 'statutory-rules.md §9 #5',
  },
  {
    id: 'administrativeLicensing.hearingRequest',
    module: 'administrativeLicensing',
    name: text('申请人、利害关系人申请听证期限', 'Requesting a licensing hearing'),
    kind: 'deadline',
    anchor: text('被告知听证权利', 'being told of the right to a hearing'),
    period: period(5, 'workday', law('第四十七条第一款')),
    configurable: true,
    note: applicantSideNote,
    source: 'statutory-rules.md §9 #7',
  },
  {
    id: 'administrativeLicensing.hearingOrganisation',
    module: 'administrativeLicensing',
    name: text('组织听证期限', 'Holding the hearing'),
    kind: 'deadline',
    anchor: text('收到听证申请', 'receiving the hearing request'),
    period: period(20, 'workday', law(`第四十七条第一款、${workdayClause}`)),
    source: 'statutory-rules.md §9 #7',
  },
  {
    id: 'administrativeLicensing.hearingNotice',
    module: 'administrativeLicensing',
    name: text('听证通知期限', 'Notice of a licensing hearing'),
    kind: 'advanceNotice',
    anchor: text('举行听证', 'the hearing'),
    period: period(7, 'workday', law(`第四十八条第一款第一项、${workdayClause}`), { direction: 'before' }),
    source: 'statutory-rules.md §9 #7',
  },
  {
    id: 'administrativeLicensing.renewalApplication',
    module: 'administrativeLicensing',
    name: text('申请延续行政许可期限', 'Applying to renew a licence'),
    kind: 'advanceNotice',
    anchor: text(
      '行政许可有效期最后一日的次日（有效期于最后一日24时届满）',
      'the day after the licence’s last valid day (it expires at 24:00 of that day)',
    ),
    period: period(30, 'day', law('第五十条第一款'), { direction: 'before' }),
    configurable: true,
    note: text(
      `${applicantSideNote.zh}此处按自然日计算（提前量更短，对申请人有利）。行政机关逾期未作决定的，视为准予延续（第五十条第二款）。`,
      `${applicantSideNote.en} Natural days are used here (a shorter lead time favours the applicant). If the agency does not decide before expiry, renewal is deemed granted (Art. 50(2)).`,
    ),
    source: 'statutory-rules.md §9 #8',
  },
];
