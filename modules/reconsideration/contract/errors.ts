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
});

export type ReconsiderationErrorCode = keyof typeof reconsiderationErrors;
