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
});

export type HotlineErrorCode = keyof typeof hotlineErrors;
