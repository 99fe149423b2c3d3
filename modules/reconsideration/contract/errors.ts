import { defineErrorCodes } from '@tianping/common/errors/codes';

/**
 * Error codes of the administrative reconsideration module (行政复议法, 2023). Invalid → 400,
 * Conflict → 409 (the case's state forbids the step), Forbidden → 403. Domain functions throw
 * `ReconsiderationError` (domain/reconsideration-error.ts) with one of these codes and a field.
 */
export const reconsiderationErrors = defineErrorCodes({
  RECON_APPLICANT_MISSING: { kind: 'Invalid', zh: '申请须载明至少一名申请人', en: 'The application must name at least one applicant' },
  RECON_RESPONDENT_REQUIRED: {
    kind: 'Invalid',
    zh: '须载明被申请人（作出行政行为的行政机关）',
    en: 'The respondent (the agency that made the act) is required',
  },
  RECON_DATE_IN_FUTURE: {
    kind: 'Invalid',
    zh: '日期不能晚于收到申请之日或当前日期',
    en: 'The date cannot be later than the day the application was received or today',
  },
  RECON_ACT_AFTER_LEARNED: {
    kind: 'Invalid',
    zh: '行政行为作出之日不能晚于知道该行政行为之日',
    en: 'The act cannot have been made after the applicant learned of it',
  },
  RECON_RIGHTS_BEFORE_ACT: {
    kind: 'Invalid',
    zh: '知道复议权利、复议机关和申请期限之日不能早于知道行政行为之日',
    en: 'The applicant cannot have learned of the right to apply before learning of the act',
  },
  RECON_AGENT_LETTER_MISSING: {
    kind: 'Invalid',
    zh: '委托代理人须提交授权委托书（行政复议法第十七条第二款）',
    en: 'An agent needs a letter of authorisation (Art. 17(2))',
  },
  RECON_TOO_MANY_AGENTS: {
    kind: 'Invalid',
    zh: '申请人、第三人可以委托一至二名代理人（行政复议法第十七条第一款）',
    en: 'An applicant or third party may appoint one or two agents (Art. 17(1))',
  },
  RECON_DUPLICATE_APPLICATION: {
    kind: 'Conflict',
    zh: '该申请人就同一行政行为提出的行政复议申请已在办理中（行政复议法第三十条第一款第七项）',
    en: 'An application by this applicant against the same act is already open (Art. 30(1)(7))',
  },
  RECON_CORRECTION_ITEMS_REQUIRED: {
    kind: 'Invalid',
    zh: '补正通知须一次性载明全部补正事项（行政复议法第三十一条第一款）',
    en: 'The correction notice must list every item to correct at once (Art. 31(1))',
  },
  RECON_INVALID_TRANSITION: {
    kind: 'Conflict',
    zh: '案件当前状态不允许此操作',
    en: 'The case’s current state does not allow this step',
  },
  RECON_NOT_RESPONDENT: {
    kind: 'Forbidden',
    zh: '本机关不是该案的被申请人，不能提交答复',
    en: 'Your agency is not the respondent in this case',
  },
  RECON_REPLY_ALREADY_SUBMITTED: { kind: 'Conflict', zh: '被申请人已提交书面答复', en: 'The respondent has already replied' },
  RECON_EXTENSION_NOT_ALLOWED: {
    kind: 'Conflict',
    zh: '简易程序案件不得延长审理期限；确需延长的，应先转为普通程序（行政复议法第五十五条、第六十二条）',
    en: 'A simplified-procedure case cannot be extended; convert it to the ordinary procedure first (Arts. 55, 62)',
  },
  RECON_EXTENSION_DAYS_INVALID: { kind: 'Invalid', zh: '延长天数须为正整数', en: 'The extension must be a positive whole number of days' },
  RECON_EXTENSION_EXCEEDED: {
    kind: 'Invalid',
    zh: '延长期限累计不得超过三十日（行政复议法第六十二条第一款）',
    en: 'Extensions may not exceed 30 days in total (Art. 62(1))',
  },
  RECON_ALREADY_SUSPENDED: { kind: 'Conflict', zh: '案件已中止审理', en: 'The case is already suspended' },
  RECON_NOT_SUSPENDED: { kind: 'Conflict', zh: '案件未中止，无需恢复', en: 'The case is not suspended' },
  RECON_HEARING_NOTICE_TOO_LATE: {
    kind: 'Invalid',
    zh: '听证通知须于举行听证的五个工作日前书面送达当事人（行政复议法第五十一条第一款、第八十八条第二款）',
    en: 'The hearing notice must be served at least 5 working days before the hearing (Arts. 51(1), 88(2))',
  },
  RECON_HEARING_PANEL_INVALID: {
    kind: 'Invalid',
    zh: '听证须由一名主持人、两名以上听证员和一名记录员组成，且不得由同一人兼任（行政复议法第五十条第三款）',
    en: 'A hearing needs one presiding officer, two or more hearing officers and one clerk, all different people (Art. 50(3))',
  },
  RECON_DECISION_NOT_APPROVED: {
    kind: 'Conflict',
    zh: '复议决定须经行政复议机关负责人同意或者集体讨论通过（行政复议法第六十一条第一款）',
    en: 'The decision needs the approval of the head of the authority or a collective discussion (Art. 61(1))',
  },
  RECON_APPROVAL_OUT_OF_ORDER: {
    kind: 'Conflict',
    zh: '审批须依次经承办人拟办、复议机构负责人审核、复议机关负责人同意或者集体讨论',
    en: 'Approval goes handler → office head → head of the authority or collective discussion, in that order',
  },
  RECON_MEDIATION_NOT_SIGNED: {
    kind: 'Conflict',
    zh: '调解书须经各方当事人签字或者签章并加盖行政复议机关印章后方生效（行政复议法第七十三条第一款）',
    en: 'A mediation document takes effect only once every party has signed and the authority has sealed it (Art. 73(1))',
  },
  RECON_LITIGATION_DUPLICATE: {
    kind: 'Conflict',
    zh: '该机关在此法院案号下的应诉案件已登记',
    en: 'This body’s response to that court case is already recorded',
  },
  RECON_LITIGATION_DATE_ORDER: {
    kind: 'Invalid',
    zh: '答辩、开庭、结案日期不能早于收到起诉状副本之日，且不能晚于今日',
    en: 'Defence, hearing and closing dates cannot precede service of the complaint or be in the future',
  },
  RECON_LITIGATION_ABSENCE_REASON_REQUIRED: {
    kind: 'Invalid',
    zh: '行政机关负责人未出庭的，应当说明理由（行政诉讼法第三条第三款）',
    en: 'When the head of the body did not appear in court, the reason must be given (ALL Art. 3(3))',
  },
  RECON_LITIGATION_APPEARED_NAME_REQUIRED: {
    kind: 'Invalid',
    zh: '须载明出庭应诉的负责人姓名',
    en: 'Name the head who appeared in court',
  },
  RECON_LITIGATION_RESULT_INCONSISTENT: {
    kind: 'Invalid',
    zh: '结案须同时载明结果和结案日期；二审结果须在一审结果之后',
    en: 'Closing needs both a result and a closing date; a second-instance outcome needs a first-instance one',
  },
  RECON_LITIGATION_CASE_NOT_FOUND: {
    kind: 'Invalid',
    zh: '关联的行政复议案件不存在或不在本人数据范围内',
    en: 'The linked reconsideration case does not exist or is outside your data scope',
  },
  RECON_BODY_INVALID: {
    kind: 'Invalid',
    zh: '受理机关须为区人民政府行政复议机构、市司法局或行政复议机构',
    en: 'The handling body must be a district bureau, the city bureau or a reconsideration office',
  },
  RECON_RESPONDENT_NOT_AGENCY: {
    kind: 'Invalid',
    zh: '被申请人须为行政执法部门',
    en: 'The respondent must be an administrative enforcement agency',
  },
  RECON_AGENT_LETTER_INVALID: {
    kind: 'Invalid',
    zh: '授权委托书附件不存在或不是本人上传的',
    en: 'The letter of authorisation is not an attachment you uploaded',
  },
  RECON_FORWARDING_REQUIRED: {
    kind: 'Invalid',
    zh: '转送的申请须载明转送机关和转送日期（行政复议法第三十二条）',
    en: 'A forwarded application needs the forwarding agency and date (Art. 32)',
  },
  RECON_COMPETENT_BODY_REQUIRED: {
    kind: 'Invalid',
    zh: '不属于本机关管辖的，须告知申请人有管辖权的行政复议机关（行政复议法第三十条第二款）',
    en: 'Name the reconsideration body that has jurisdiction (Art. 30(2))',
  },
  RECON_EXTENSION_TARGET_INVALID: {
    kind: 'Invalid',
    zh: '须载明延长后的日期（晚于原期限）或延长天数之一',
    en: 'Give either a later date or a number of days',
  },
  RECON_NOT_CLOSED: { kind: 'Conflict', zh: '案件办结后方可评价', en: 'The case can be rated once it is closed' },
  RECON_ALREADY_RATED: { kind: 'Conflict', zh: '已对本案作出评价', en: 'You have already rated this case' },
  RECON_HANDLER_NOT_ELIGIBLE: {
    kind: 'Invalid',
    zh: '承办人须在本案办理机关或其下属机构任职',
    en: 'The handler must hold a role in the handling body or an organisation under it',
  },
  RECON_PROCEDURE_NOT_SIMPLIFIED: {
    kind: 'Conflict',
    zh: '只有适用简易程序的案件可以转为普通程序（行政复议法第五十五条）',
    en: 'Only a simplified-procedure case can be converted to the ordinary procedure (Art. 55)',
  },
  RECON_COPY_ALREADY_SENT: { kind: 'Conflict', zh: '申请书副本已发送被申请人', en: 'The copy has already been sent to the respondent' },
  RECON_COPY_NOT_SENT: {
    kind: 'Conflict',
    zh: '尚未向被申请人发送申请书副本（行政复议法第四十八条）',
    en: 'The copy of the application has not been sent to the respondent yet (Art. 48)',
  },
  RECON_DATE_ORDER: { kind: 'Invalid', zh: '日期先后顺序不正确', en: 'The dates are out of order' },
  RECON_EVIDENCE_NOT_OF_CASE: {
    kind: 'Invalid',
    zh: '证据材料须为本案已上传的附件',
    en: 'Evidence must be files already uploaded to this case',
  },
  RECON_HEARING_ALREADY_RECORDED: { kind: 'Conflict', zh: '该次听取意见或听证已记录', en: 'This hearing has already been recorded' },
  RECON_CONSULTATION_ALREADY_RECORDED: {
    kind: 'Conflict',
    zh: '该次行政复议委员会咨询意见已记录',
    en: 'The committee’s opinions on this consultation are already recorded',
  },
  RECON_SUSPENSION_NOT_LAPSED: {
    kind: 'Conflict',
    zh: '仅因第三十九条第一款第（一）、（二）、（四）项中止满六十日且原因仍未消除的，方可据第四十一条第（五）项终止',
    en: 'Termination under Art. 41(5) needs a suspension on Art. 39(1) items 1, 2 or 4 that has lasted 60 days',
  },
  RECON_WITHDRAWAL_PENDING: { kind: 'Conflict', zh: '撤回申请已提交，正在审查', en: 'A withdrawal request is already pending' },
  RECON_SETTINGS_CITY_ONLY: {
    kind: 'Forbidden',
    zh: '本地规则适用于全市，只能由具有全市数据范围的复议机构负责人修改',
    en: 'Local rules apply city-wide: only an office head with city-wide scope may change them',
  },
  RECON_EXTENSION_AFTER_DUE: {
    kind: 'Invalid',
    zh: '延长审理期限须在审理期限届满前、受理之后批准（行政复议法第六十二条第一款）',
    en: 'An extension must be approved after acceptance and before the decision period ends (Art. 62(1))',
  },
  RECON_DECISION_DRAFT_EXISTS: {
    kind: 'Conflict',
    zh: '本案已有未签发的复议决定草稿，请在原稿上修改',
    en: 'The case already has a decision draft that has not been issued; edit that one',
  },
  RECON_DRAFT_NOT_EDITABLE: {
    kind: 'Conflict',
    zh: '决定草稿已提交审批或已签发，不能修改；退回后方可修改',
    en: 'The draft is under approval or issued; it can be edited only after being returned',
  },
  RECON_APPROVAL_SAME_PERSON: {
    kind: 'Conflict',
    zh: '分级审批：同一人不得在同一决定的审批链中承担两个环节',
    en: 'Tiered approval: one person may not take two steps of the same decision’s approval',
  },
  RECON_DECISION_NOT_ISSUED: {
    kind: 'Conflict',
    zh: '只有已签发的行政复议决定书才能公开（行政复议法第七十九条）',
    en: 'Only an issued decision can be published (Art. 79)',
  },
  RECON_DECISION_ALREADY_PUBLISHED: { kind: 'Conflict', zh: '该行政复议决定书已公开', en: 'This decision is already published' },
  RECON_LETTER_NO_REPORT: {
    kind: 'Conflict',
    zh: '建议书无报送期限；已报送的意见书不能重复登记',
    en: 'A suggestion letter has no report; an opinion letter’s report is recorded once',
  },
});

export type ReconsiderationErrorCode = keyof typeof reconsiderationErrors;
