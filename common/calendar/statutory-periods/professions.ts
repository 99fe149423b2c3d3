import type { StatutoryPeriod } from '../statutory-period-types';
import { basis, period, text } from './builders';

const lawyers = (article: string) => basis('律师法', article);
const licensingUnitNote = text(
  '律师法未规定期限单位；执业证书属于行政许可，按行政许可法第八十二条以工作日计算——此为编者解释，须向市司法局法制部门确认。',
  'The Lawyers Law sets no unit; practice certificates are administrative licences, so Administrative Licensing Law Art. 82 (working days) is applied — an interpretation to be confirmed by the legal office.',
);

export const professionPeriods: readonly StatutoryPeriod[] = [
  {
    id: 'lawyer.practiceApplicationReview',
    module: 'lawyer',
    name: text('律师执业申请审查期限（区司法局）', 'Review of a practice application (district bureau)'),
    kind: 'deadline',
    anchor: text('受理申请', 'accepting the application'),
    period: period(20, 'workday', lawyers('第六条')),
    configurable: true,
    note: licensingUnitNote,
    source: 'statutory-rules.md §5 #1',
  },
  {
    id: 'lawyer.practiceApplicationDecision',
    module: 'lawyer',
    name: text('准予执业审核决定期限（市司法局）', 'Decision on a practice application (city bureau)'),
    kind: 'deadline',
    anchor: text('收到报送材料', 'receiving the submitted materials'),
    period: period(10, 'workday', lawyers('第六条')),
    configurable: true,
    note: licensingUnitNote,
    source: 'statutory-rules.md §5 #1',
  },
  {
    id: 'lawyer.firmEstablishmentReview',
    module: 'lawyer',
    name: text('设立律师事务所审查期限（区司法局）', 'Review of a law firm application (district bureau)'),
    kind: 'deadline',
    anchor: text('受理申请', 'accepting the application'),
    period: period(20, 'workday', lawyers('第十八条')),
    configurable: true,
    note: licensingUnitNote,
    source: 'statutory-rules.md §5 #6',
  },
  {
    id: 'lawyer.firmEstablishmentDecision',
    module: 'lawyer',
    name: text('准予设立律师事务所审核决定期限（市司法局）', 'Decision on a law firm application (city bureau)'),
    kind: 'deadline',
    anchor: text('收到报送材料', 'receiving the submitted materials'),
    period: period(10, 'workday', lawyers('第十八条')),
    configurable: true,
    note: licensingUnitNote,
    source: 'statutory-rules.md §5 #6',
  },
  {
    id: 'lawyer.firmChangeFiling',
    module: 'lawyer',
    name: text('律师事务所变更住所、合伙人备案期限', 'Filing a change of address or partners'),
    kind: 'deadline',
    anchor: text('变更', 'the change'),
    period: period(15, 'day', lawyers('第二十一条第二款')),
    source: 'statutory-rules.md §5 #8',
  },
  {
    id: 'notary.certificateIssue',
    module: 'notary',
    name: text('出具公证书期限', 'Issuing a notarial certificate'),
    kind: 'deadline',
    anchor: text('受理公证申请', 'accepting the notarisation application'),
    period: period(15, 'workday', basis('公证法', '第三十条')),
    excludable: [
      { kind: 'forceMajeure', legalBasis: basis('公证法', '第三十条') },
      { kind: 'supplementaryMaterials', legalBasis: basis('公证法', '第三十条') },
      { kind: 'verification', legalBasis: basis('公证法', '第三十条') },
    ],
    source: 'statutory-rules.md §6 #1–2',
  },
  {
    id: 'judicialAppraisal.completion',
    module: 'judicialAppraisal',
    name: text('完成司法鉴定期限', 'Completing a forensic appraisal'),
    kind: 'deadline',
    anchor: text('司法鉴定委托书生效', 'the appraisal commission taking effect'),
    period: period(30, 'workday', basis('司法鉴定程序通则', '第二十八条')),
    maxExtension: {
      amount: 30,
      unit: 'workday',
      approval: text('本机构负责人批准，并告知委托人', 'approved by the head of the institution, client informed'),
      legalBasis: basis('司法鉴定程序通则', '第二十八条'),
    },
    excludable: [{ kind: 'supplementaryMaterials', legalBasis: basis('司法鉴定程序通则', '第二十八条') }],
    configurable: true,
    note: text(
      '⚠️ 仅有二手资料旁证，来源仓库中没有司法鉴定程序通则文本；延长“一般”不超过30个工作日，与委托人另有约定的从约定。启用前须取得官方文本核实。',
      '⚠️ Only secondary sources; the rules are not in the source repository. The extension is "generally" at most 30 working days and an agreement with the client prevails. Verify the official text before use.',
    ),
    source: 'statutory-rules.md §7',
  },
];
