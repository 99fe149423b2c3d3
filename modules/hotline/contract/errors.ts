import { defineErrorCodes } from '@tianping/common/errors/codes';

/**
 * Error codes of the 12348 hotline module. Invalid → 400, Conflict → 409, Forbidden → 403.
 * Call events (HA) and tickets (HA) first; transfers, callbacks, surveys (HT), knowledge and
 * consultations (HK) below — each engineer adds theirs with one small edit.
 */
export const hotlineErrors = defineErrorCodes({
  HOTLINE_CALL_EVENT_ORDER: {
    kind: 'Conflict',
    zh: '呼叫事件顺序不合理（如未呼入即结束、放弃后又接通、时间早于上一事件），未予记录',
    en: 'The call event is out of order (e.g. ended before offered, answered after abandoned, earlier than the previous event); nothing recorded',
  },
  HOTLINE_CALL_EVENT_ID_REUSED: {
    kind: 'Conflict',
    zh: '该事件编号已用于内容不同的另一事件',
    en: 'This event id was already used for a different event',
  },
  HOTLINE_CALL_AGENT_REQUIRED: {
    kind: 'Invalid',
    zh: '接通事件须载明接听坐席的用户名',
    en: 'An answered event must name the agent who took the call',
  },
  HOTLINE_AGENT_UNKNOWN: { kind: 'Invalid', zh: '未找到该坐席用户或账号已停用', en: 'No active user with this username' },
  HOTLINE_CALL_UNKNOWN: { kind: 'Invalid', zh: '未找到该通话，或通话不属于本中心', en: 'No such call at your centre' },
  HOTLINE_CALL_ALREADY_LINKED: { kind: 'Conflict', zh: '该通话已登记工单', en: 'A ticket is already recorded for this call' },
  HOTLINE_CALL_NOT_ANSWERED: {
    kind: 'Conflict',
    zh: '该通话未接通，不能据以登记工单',
    en: 'The call was not answered; no ticket can be recorded for it',
  },
  HOTLINE_CHANNEL_CALL_MISMATCH: {
    kind: 'Invalid',
    zh: '只有电话渠道的工单可以关联通话',
    en: 'Only a ticket of the phone channel can be linked to a call',
  },
  HOTLINE_CATEGORY_UNKNOWN: { kind: 'Invalid', zh: '咨询类别不存在', en: 'Unknown question category' },
  HOTLINE_CENTRE_INVALID: {
    kind: 'Invalid',
    zh: '受理机构须为您权限范围内的公共法律服务中心或12348热线中心（工作站来访：公共法律服务站或司法所）',
    en: 'The centre must be a legal service centre or the 12348 centre within your scope (station visits: a legal service station or justice office)',
  },
  HOTLINE_CITIZEN_UNKNOWN: { kind: 'Invalid', zh: '未找到该群众账号', en: 'No such citizen account' },
  HOTLINE_TICKET_NOT_ANSWERABLE: {
    kind: 'Conflict',
    zh: '工单当前状态（已转接或已办结）不允许修改解答',
    en: 'The ticket’s state (transferred or closed) does not allow changing the answer',
  },
  HOTLINE_ROSTER_USER_INVALID: {
    kind: 'Invalid',
    zh: '排班人员须在该中心任职',
    en: 'The person on the roster must hold a role at that centre',
  },
  HOTLINE_ROSTER_DUPLICATE: {
    kind: 'Conflict',
    zh: '该人员在同一日期、同一班次已有排班',
    en: 'This person is already on that shift that day',
  },
  HOTLINE_DATE_RANGE_INVALID: {
    kind: 'Invalid',
    zh: '结束日期不能早于开始日期，且区间不超过一年',
    en: 'The end date cannot precede the start date, and the range is at most one year',
  },
  HOTLINE_SETTINGS_CITY_ONLY: {
    kind: 'Forbidden',
    zh: '热线服务时限为全市统一设置，须由市级管理人员调整',
    en: 'The hotline service levels are city-wide; only city-level staff may change them',
  },
  HOTLINE_SIMULATOR_DISABLED: {
    kind: 'Forbidden',
    zh: '生产环境不提供开发模拟呼叫',
    en: 'The development call simulator is off in production',
  },
  // Transfers, callbacks, follow-ups, surveys (HT).
  HOTLINE_TICKET_NOT_TRANSFERABLE: {
    kind: 'Conflict',
    zh: '工单当前状态不允许转接（已办结的工单须先重开）',
    en: 'The ticket cannot be transferred in its state (a closed ticket must be reopened first)',
  },
  HOTLINE_TRANSFER_TARGET_UNAVAILABLE: {
    kind: 'Invalid',
    zh: '该转接去向当前不可用（对应业务模块未启用）',
    en: 'This transfer destination is not available (the target module is not enabled)',
  },
  HOTLINE_NOTARY_OFFICE_INVALID: { kind: 'Invalid', zh: '请选择有效的公证机构', en: 'Choose an active notary office' },
  HOTLINE_TRANSFER_NOT_REPORTABLE: {
    kind: 'Conflict',
    zh: '只能为转至12345热线联盟或公证机构的转办登记办理结果，且已办结、不予受理的不能再改',
    en: 'Results are recorded only for referrals to the 12345 alliance or a notary office, and not after completion or rejection',
  },
  HOTLINE_TICKET_NOT_CLOSABLE: {
    kind: 'Conflict',
    zh: '只有已解答、已转接或重开后已解答的工单可以办结（待回拨的须先完成回拨）',
    en: 'Only an answered or transferred ticket can be closed (finish pending callbacks first)',
  },
  HOTLINE_TICKET_NOT_REOPENABLE: { kind: 'Conflict', zh: '只有已办结的工单可以重开', en: 'Only a closed ticket can be reopened' },
  HOTLINE_CALLBACK_NOT_ALLOWED: {
    kind: 'Conflict',
    zh: '工单当前状态不允许安排回拨（已办结）',
    en: 'A callback cannot be scheduled for a closed ticket',
  },
  HOTLINE_CALLBACK_NO_PHONE: { kind: 'Invalid', zh: '工单没有来电号码，无法回拨', en: 'The ticket has no caller number to call back' },
  HOTLINE_CALLBACK_DUE_INVALID: {
    kind: 'Invalid',
    zh: '回拨时间须晚于当前时间，且不超过30日',
    en: 'The callback time must be in the future and within 30 days',
  },
  HOTLINE_CALLBACK_ASSIGNEE_INVALID: {
    kind: 'Invalid',
    zh: '回拨人员须为本中心的坐席',
    en: 'The callback must be assigned to an agent of the centre',
  },
  HOTLINE_CALLBACK_DONE: { kind: 'Conflict', zh: '该回拨已完成', en: 'The callback is already completed' },
  HOTLINE_FOLLOWUP_RECORDED: { kind: 'Conflict', zh: '该回访已登记结果', en: 'The follow-up visit is already recorded' },
  HOTLINE_FOLLOWUP_SATISFACTION_REQUIRED: {
    kind: 'Invalid',
    zh: '回访接通时须登记满意度',
    en: 'A reached follow-up needs the satisfaction',
  },
  HOTLINE_FOLLOWUP_EMPTY: {
    kind: 'Conflict',
    zh: '该期间没有可抽取回访的已办结工单',
    en: 'No closed tickets to sample in this period',
  },
  HOTLINE_SURVEY_INVALID: { kind: 'Invalid', zh: '评价链接无效', en: 'The survey link is invalid' },
  HOTLINE_SURVEY_USED: { kind: 'Conflict', zh: '该评价链接已使用，感谢您的评价', en: 'This survey link has already been used' },
  HOTLINE_SURVEY_EXPIRED: { kind: 'Gone', zh: '评价链接已过期', en: 'The survey link has expired' },
  HOTLINE_SURVEY_NOT_OPEN: {
    kind: 'Conflict',
    zh: '工单尚未办结，暂不能评价',
    en: 'The ticket is not closed; it cannot be rated yet',
  },
  HOTLINE_SURVEY_ANSWERED: {
    kind: 'Conflict',
    zh: '本次办结的满意度评价已完成，不能重发评价链接',
    en: 'The survey of this closing has been answered; the link cannot be sent again',
  },
  HOTLINE_SURVEY_NO_MOBILE: {
    kind: 'Conflict',
    zh: '来电号码不是手机号码，无法短信发送评价链接（群众可在门户评价）',
    en: 'The caller has no mobile number; the survey link cannot be texted (the citizen may rate in the portal)',
  },
  HOTLINE_SURVEY_SMS_OFF: {
    kind: 'Conflict',
    zh: '本地设置已关闭短信评价（评价链接有效天数为 0），不能重发',
    en: 'Survey SMS are switched off (local setting surveyLinkDays is 0); nothing to resend',
  },
  HOTLINE_SURVEY_RESEND_LIMIT: {
    kind: 'Conflict',
    zh: '本次办结已发送 3 次评价链接（含办结时 1 次），不能再重发',
    en: 'The survey link of this closing has been sent 3 times (the closing included); it cannot be sent again',
  },
  // Knowledge base, online consultations, public Q&A (HK)
  HOTLINE_LAW_ARTICLE_UNKNOWN: { kind: 'Invalid', zh: '法律法规库中没有该条文', en: 'No such article in the law library' },
  HOTLINE_ARTICLE_NOT_EDITABLE: {
    kind: 'Conflict',
    zh: '知识条目正在审核中，审核完成前不能修改',
    en: 'The article is in review; it cannot be edited until the review is done',
  },
  HOTLINE_ARTICLE_NOT_SUBMITTABLE: { kind: 'Conflict', zh: '只有草稿可以提交审核', en: 'Only a draft can be submitted for review' },
  HOTLINE_ARTICLE_NOT_IN_REVIEW: { kind: 'Conflict', zh: '该知识条目不在待审核状态', en: 'The article is not in review' },
  HOTLINE_ARTICLE_SELF_REVIEW: {
    kind: 'Forbidden',
    zh: '不能审核自己编辑的版本（须由他人审核）',
    en: 'You cannot review a version you edited (another person reviews it)',
  },
  HOTLINE_REVIEW_COMMENT_REQUIRED: { kind: 'Invalid', zh: '退回时须说明修改意见', en: 'A rejection needs a comment saying what to change' },
  HOTLINE_CONSULTATION_NOT_CLAIMABLE: {
    kind: 'Conflict',
    zh: '该咨询已由他人认领或已答复',
    en: 'The consultation was already claimed by someone else or answered',
  },
  HOTLINE_CONSULTATION_NOT_ANSWERABLE: {
    kind: 'Conflict',
    zh: '该咨询已答复，或已由他人认领',
    en: 'The consultation is already answered or claimed by someone else',
  },
  HOTLINE_CONSULTATION_NOT_ANSWERED: { kind: 'Conflict', zh: '该咨询尚未答复', en: 'The consultation has not been answered yet' },
  HOTLINE_CONSULTATION_ALREADY_RATED: { kind: 'Conflict', zh: '您已评价过该咨询', en: 'You have already rated this consultation' },
  HOTLINE_PERSONAL_DATA_IN_PUBLIC_TEXT: {
    kind: 'Invalid',
    zh: '公开问答不得含有身份证号、手机号等个人信息，请先做匿名化处理',
    en: 'Public Q&A must not contain ID or mobile numbers; anonymise the text first',
  },
  HOTLINE_PUBLIC_QA_NOT_PROPOSED: { kind: 'Conflict', zh: '该问答不在待审核状态', en: 'This Q&A is not awaiting review' },
});

export type HotlineErrorCode = keyof typeof hotlineErrors;
