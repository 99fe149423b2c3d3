import { defineErrorCodes } from '@tianping/common/errors/codes';

/**
 * Error codes of the legal aid module (法律援助法, 2022). Invalid → 400, Conflict → 409 (the case's
 * state forbids the step), Forbidden → 403. Domain functions throw `LegalAidError`
 * (domain/legal-aid-error.ts) with one of these codes and the field at fault.
 * Intake and review (AA) first; providers and assignment (AB), casework and objections (AC) below.
 */
export const legalAidErrors = defineErrorCodes({
  AID_INCOME_INVALID: {
    kind: 'Invalid',
    zh: '家庭月收入须为不小于零的整数（元），且不超过合理范围',
    en: 'Monthly household income must be a whole number of yuan, not negative and within a plausible range',
  },
  AID_HOUSEHOLD_INVALID: {
    kind: 'Invalid',
    zh: '家庭人口数须为 1 至 30 之间的整数',
    en: 'The household must have between 1 and 30 members',
  },
  AID_MATTER_OUT_OF_SCOPE: {
    kind: 'Invalid',
    zh: '申请事项不属于法律援助事项范围（法律援助法第二十四条、第二十九条、第三十一条、第三十三条），请查看预审说明',
    en: 'The matter is outside the scope of legal aid (Arts. 24, 29, 31, 33); see the pre-check explanation',
  },
  AID_MATTER_NOT_APPLICATION: {
    kind: 'Invalid',
    zh: '通知辩护（代理）情形须由人民法院、人民检察院、公安机关通知，不能作为申请事项（法律援助法第三十六条）',
    en: 'A mandatory-defence ground comes by notice from a court, procuratorate or police organ, not by application (Art. 36)',
  },
  AID_MATTER_NOT_NOTICE: {
    kind: 'Invalid',
    zh: '通知辩护须属于法律援助法第二十五条、第二十八条规定的情形',
    en: 'A notice must rest on a ground of Art. 25 or Art. 28',
  },
  AID_LIFE_OR_DEATH_NOT_DEFENCE: {
    kind: 'Invalid',
    zh: '“可能被判处无期徒刑、死刑”仅适用于犯罪嫌疑人、被告人的刑事辩护事项（法律援助法第二十六条）',
    en: '“May carry life imprisonment or death” applies only to the defence of a suspect or defendant (Art. 26)',
  },
  AID_EXEMPTION_NOT_APPLICABLE: {
    kind: 'Invalid',
    zh: '所选免予核查情形与申请事项不符（如进城务工人员仅限劳动报酬或工伤赔偿事项，法律援助法第四十二条第（三）项）',
    en: 'The exemption does not fit the matter (e.g. the migrant-worker exemption covers only wages and work injuries, Art. 42(3))',
  },
  AID_EXEMPTION_PROOF_REQUIRED: {
    kind: 'Invalid',
    zh: '免予核查经济困难状况须有材料证明（法律援助法第四十二条），请说明或上传证明材料',
    en: 'A waiver of the hardship check needs proof (Art. 42): describe or upload it',
  },
  AID_HARDSHIP_FACTS_REQUIRED: {
    kind: 'Invalid',
    zh: '因经济困难申请的，须如实说明家庭人口和家庭月收入（法律援助法第四十一条第一款）',
    en: 'An application on grounds of hardship must state the household size and monthly income (Art. 41(1))',
  },
  AID_PLEDGE_REQUIRED: {
    kind: 'Invalid',
    zh: '以个人诚信承诺核查经济困难的，须确认承诺（法律援助法第四十一条第二款）',
    en: 'A hardship check by pledge needs the signed pledge (Art. 41(2))',
  },
  AID_NO_HARDSHIP_STANDARD: {
    kind: 'Conflict',
    zh: '申请日没有生效的经济困难标准，请先在设置中维护（法律援助法第三十四条）',
    en: 'No hardship standard is in force on the application date; maintain one in the settings (Art. 34)',
  },
  AID_STANDARD_INVALID: {
    kind: 'Invalid',
    zh: '经济困难标准须载明正数金额、生效日期，失效日期不得早于生效日期',
    en: 'A hardship standard needs a positive amount and an effective date; the end cannot precede the start',
  },
  AID_STANDARD_OVERLAP: {
    kind: 'Conflict',
    zh: '该地区在此期间已有生效的经济困难标准（新标准生效时旧标准自动截止，但不得早于旧标准生效日）',
    en: 'A standard for this region is already in force then (a new one ends the old one, but cannot start before it)',
  },
  AID_DATE_IN_FUTURE: { kind: 'Invalid', zh: '日期不能晚于今日', en: 'The date cannot be in the future' },
  AID_DATE_ORDER: { kind: 'Invalid', zh: '日期先后顺序不正确', en: 'The dates are out of order' },
  AID_FORWARDING_REQUIRED: {
    kind: 'Invalid',
    zh: '转交的申请须载明转交单位（或值班律师）、收到申请时间和转交时间（法律援助法第三十九条）',
    en: 'A forwarded application needs the forwarder, the time it received the application and the forwarding time (Art. 39)',
  },
  AID_CENTRE_INVALID: {
    kind: 'Invalid',
    zh: '受理机构须为法律援助中心',
    en: 'The receiving organisation must be a legal aid centre',
  },
  AID_APPLICANT_REQUIRED: { kind: 'Invalid', zh: '须载明申请人（受援人）姓名和身份证件号码', en: 'Name the applicant and their ID number' },
  AID_ID_NUMBER_INVALID: { kind: 'Invalid', zh: '身份证号码格式不正确', en: 'The ID number is not valid' },
  AID_URGENT_REASON_REQUIRED: {
    kind: 'Invalid',
    zh: '先行提供法律援助须载明情形和理由（法律援助法第四十四条）',
    en: 'Aid before the paperwork needs its ground and reason (Art. 44)',
  },
  AID_ATTACHMENT_INVALID: {
    kind: 'Invalid',
    zh: '附件不存在或不是本人上传的',
    en: 'The attachment does not exist or was not uploaded by you',
  },
  AID_INVALID_TRANSITION: { kind: 'Conflict', zh: '案件当前状态不允许此操作', en: 'The case’s current state does not allow this step' },
  AID_DENIAL_REASON_REQUIRED: {
    kind: 'Invalid',
    zh: '不予法律援助须书面说明理由（法律援助法第四十三条第一款）',
    en: 'A denial must give written reasons (Art. 43(1))',
  },
  AID_MATERIALS_ITEMS_REQUIRED: {
    kind: 'Invalid',
    zh: '须一次性载明需要补充的全部材料或需要说明的事项（法律援助法第四十三条第二款）',
    en: 'List every missing material or point to explain at once (Art. 43(2))',
  },
  AID_MATERIALS_ALREADY_REQUESTED: {
    kind: 'Conflict',
    zh: '补充材料只能一次性告知，本案已告知过（法律援助法第四十三条第二款）',
    en: 'Missing materials are requested once; this case already had its request (Art. 43(2))',
  },
  AID_MATERIALS_DUE_INVALID: {
    kind: 'Invalid',
    zh: '补充材料期限须晚于今日，且不超过三十日',
    en: 'The date for the materials must be after today and at most 30 days ahead',
  },
  AID_MATERIALS_EMPTY: { kind: 'Invalid', zh: '请上传材料或作出说明', en: 'Upload the materials or give an explanation' },
  AID_TRANSFER_TARGET_INVALID: {
    kind: 'Invalid',
    zh: '移送的目标须为另一个法律援助中心（法律援助法第三十八条）',
    en: 'The case must be transferred to another legal aid centre (Art. 38)',
  },
  AID_NOTICE_SENDER_INVALID: {
    kind: 'Forbidden',
    zh: '通知须由人民法院、人民检察院或公安机关的接口令牌发送',
    en: 'Notices come from tokens of a court, procuratorate or police organ',
  },
  AID_NOTICE_DUPLICATE: {
    kind: 'Conflict',
    zh: '该机关已就同一文书号发送过通知',
    en: 'This authority already sent a notice with that document number',
  },
  AID_GRANT_CONDITIONS_UNMET: {
    kind: 'Conflict',
    zh: '预审结果为不符合条件，给予援助须载明理由（如经信息共享查询核实）',
    en: 'The pre-check found the conditions unmet: a grant needs a stated reason',
  },
  // AB: providers, assignment (第四十三条第一款、第二十六条、第三十六条) and duty lawyers (第十四、三十条).
  AID_ASSIGNMENT_CONFLICT: {
    kind: 'Conflict',
    zh: '该法律援助人员或其所在律师事务所曾代理本案对方当事人或曾与受援人对立，须记录不予回避的理由后方可指派',
    en: 'The provider or their firm acted for the opposing party or against the recipient; record an override reason to assign',
  },
  AID_ASSIGNMENT_SENIORITY: {
    kind: 'Conflict',
    zh: '可能被判处无期徒刑、死刑的案件和死刑复核案件，须指派具有三年以上相关执业经历的律师（法律援助法第二十六条，不得变通）',
    en: 'Life/death cases and death-penalty reviews need a lawyer with three years of relevant practice (Art. 26; no override)',
  },
  AID_ASSIGNMENT_KIND: {
    kind: 'Conflict',
    zh: '刑事辩护和通知辩护（代理）案件须指派律师（法律援助法第二十五条、第二十八条）',
    en: 'Defence and notified cases need a lawyer (Arts. 25, 28)',
  },
  AID_PROVIDER_INACTIVE: { kind: 'Conflict', zh: '该法律援助人员已停用', en: 'The provider is inactive' },
  AID_ALREADY_ASSIGNED: {
    kind: 'Conflict',
    zh: '本案已指派法律援助人员；更换须注明“更换”并说明理由',
    en: 'The case is already assigned; a replacement must say so and give a reason',
  },
  AID_REPLACEMENT_REASON_REQUIRED: {
    kind: 'Invalid',
    zh: '更换法律援助人员须说明理由（如受援人要求更换，法律援助法第五十五条）',
    en: 'A replacement needs a reason (e.g. the recipient’s request, Art. 55)',
  },
  AID_REPLACEMENT_SAME_PROVIDER: {
    kind: 'Conflict',
    zh: '更换后的法律援助人员不能与原承办人相同',
    en: 'The replacement must be another provider',
  },
  AID_PROVIDER_FIRM_INVALID: {
    kind: 'Invalid',
    zh: '所属律师事务所须为平台上类型为律师事务所的机构',
    en: 'The firm must be an organisation of type law firm',
  },
  AID_PROVIDER_USER_TAKEN: {
    kind: 'Conflict',
    zh: '该登录账号已绑定其他法律援助人员',
    en: 'The login is already bound to another provider',
  },
  AID_PROVIDER_PRACTICE_INVALID: {
    kind: 'Invalid',
    zh: '执业起始日不能晚于今日，相关执业年限不能超过执业年限',
    en: 'Practice cannot start in the future, and relevant years cannot exceed the years in practice',
  },
  AID_DUTY_NOT_ON_ROSTER: {
    kind: 'Conflict',
    zh: '该值班律师当日未在本工作站排班',
    en: 'The duty lawyer is not on this station’s roster that day',
  },
  AID_DUTY_PROVIDER_INVALID: {
    kind: 'Invalid',
    zh: '值班律师须为在册且在用的律师（法律援助法第十四条）',
    en: 'A duty lawyer must be an active registered lawyer (Art. 14)',
  },
  AID_STATION_INACTIVE: { kind: 'Conflict', zh: '该值班律师工作站已停用', en: 'The duty station is inactive' },
  AID_ROSTER_HAS_SERVICES: {
    kind: 'Conflict',
    zh: '该值班律师当日已有法律帮助记录，不能从排班中删除',
    en: 'The duty lawyer already has services recorded that day; the roster entry stays',
  },
  // AC: the aided case (第四十八条、第五十条、第五十五条), objections (第四十九条), quality, subsidies (第五十二条).
  AID_CLOSURE_DOCUMENTS_REQUIRED: {
    kind: 'Invalid',
    zh: '结案须提交有关法律文书的副本或者复印件、办理情况报告（法律援助法第五十条）',
    en: 'Closing needs copies of the legal documents and the report (Art. 50)',
  },
  AID_SUBSIDY_SCHEDULE_MISSING: {
    kind: 'Conflict',
    zh: '结案日没有该案件类型和办案阶段的补贴标准，请先在补贴标准中维护（法律援助法第五十二条）',
    en: 'No subsidy amount is in force for this case kind and stage on the closing day; maintain the schedule first (Art. 52)',
  },
  AID_SCHEDULE_OVERLAP: {
    kind: 'Conflict',
    zh: '新的补贴标准须晚于该类型、阶段已有标准的生效日期（新标准生效时旧标准自动截止）',
    en: 'A new amount must start after the latest one for that kind and stage (it then ends the old one)',
  },
  AID_SUBSIDY_STATUS: {
    kind: 'Conflict',
    zh: '补贴当前状态不允许此操作（先审批，后支付）',
    en: 'The subsidy’s status does not allow this step (approve, then pay)',
  },
  AID_REPLACEMENT_PENDING: {
    kind: 'Conflict',
    zh: '已有更换法律援助人员的请求待处理',
    en: 'A request to replace the provider is already pending',
  },
  AID_REPLACEMENT_NOT_PENDING: { kind: 'Conflict', zh: '该更换请求已处理', en: 'That replacement request was already decided' },
  AID_COMPLAINT_HANDLED: { kind: 'Conflict', zh: '该投诉已处理', en: 'That complaint was already handled' },
  AID_TERMINATION_REPORT_PENDING: {
    kind: 'Conflict',
    zh: '已有终止法律援助的报告待决定',
    en: 'A report asking to terminate the aid is already awaiting the decision',
  },
  AID_TERMINATION_REPORT_INVALID: {
    kind: 'Conflict',
    zh: '所答复的终止报告不存在或已决定',
    en: 'The termination report does not exist or was already decided',
  },
  AID_OBJECTION_NOT_OBJECTABLE: {
    kind: 'Conflict',
    zh: '只能对不予法律援助、终止法律援助的决定提出异议（法律援助法第四十九条）',
    en: 'Objections lie only against a denial or a termination (Art. 49)',
  },
  AID_OBJECTION_ALREADY_CORRECTED: {
    kind: 'Conflict',
    zh: '司法行政部门已责令改正，该决定已不存在，不能再提出异议',
    en: 'The bureau already ordered the decision corrected: there is nothing left to object to',
  },
  AID_OBJECTION_ALREADY_UPHELD: {
    kind: 'Conflict',
    zh: '异议已审查并维持原决定，不能再次提出异议；可依法申请行政复议或者提起行政诉讼',
    en: 'The objection was decided and the decision upheld; it cannot be objected to again — apply for reconsideration or sue instead',
  },
  AID_OBJECTION_PENDING: {
    kind: 'Conflict',
    zh: '对该决定的异议正在审查中，请等待审查结果',
    en: 'An objection to this decision is already under review',
  },
  AID_OBJECTION_DECIDED: { kind: 'Conflict', zh: '该异议已审查决定', en: 'That objection was already decided' },
  AID_QUALITY_SCORE_INVALID: {
    kind: 'Invalid',
    zh: '评分须覆盖评查标准的每一项，且为不超过该项分值的非负整数',
    en: 'Score every rubric item with a whole number from 0 to its maximum',
  },
  AID_CASE_NOT_CLOSED: {
    kind: 'Conflict',
    zh: '案件尚未办结（结案或终止），不能评查、回访或评价',
    en: 'The case is not finished (closed or terminated) yet',
  },
  AID_SATISFACTION_ALREADY_RATED: { kind: 'Conflict', zh: '您已评价过本案的法律援助服务', en: 'You already rated this case' },
  AID_SAMPLE_EMPTY: {
    kind: 'Conflict',
    zh: '该范围和期间内没有已办结的案件可供抽查',
    en: 'No finished cases in that organisation and period to sample',
  },
  AID_SAMPLE_ORG_INVALID: { kind: 'Invalid', zh: '抽查范围须为您管辖范围内的机构', en: 'Choose an organisation within your scope' },
});

export type LegalAidErrorCode = keyof typeof legalAidErrors;
