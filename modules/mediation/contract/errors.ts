import { defineErrorCodes } from '@tianping/common/errors/codes';

/**
 * Error codes of the people's mediation module (人民调解法). Invalid → 400, Conflict → 409 (the
 * case's state or an earlier record forbids the step), Forbidden → 403. Each engineer's area adds
 * its codes below with the `MED_` prefix.
 */
export const mediationErrors = defineErrorCodes({
  MED_PARTY_MISSING: {
    kind: 'Invalid',
    zh: '须载明至少一名申请人和一名被申请人（纠纷双方当事人）',
    en: 'At least one applicant and one respondent (both sides of the dispute) are required',
  },
  MED_COMMITTEE_UNKNOWN: {
    kind: 'Invalid',
    zh: '所选人民调解委员会不存在或已停用',
    en: 'The chosen mediation committee does not exist or is inactive',
  },
  MED_COMMITTEE_NOT_FOUND_FOR_REGION: {
    kind: 'Invalid',
    zh: '该地区没有可受理的人民调解委员会，请另行选择',
    en: 'No mediation committee serves this region; choose one',
  },
  MED_REFERRER_REQUIRED: {
    kind: 'Invalid',
    zh: '委托移送的纠纷须载明移送单位及其文号',
    en: 'A referred dispute needs the referring body and its reference',
  },
  MED_INVALID_TRANSITION: {
    kind: 'Conflict',
    zh: '案件当前状态不允许此操作',
    en: 'The case’s current state does not allow this step',
  },
  MED_MEDIATOR_UNKNOWN: {
    kind: 'Invalid',
    zh: '调解员不存在、已被解聘或不属于本调解委员会',
    en: 'The mediator does not exist, was dismissed or does not belong to this committee',
  },
  MED_MEDIATOR_RECUSED: {
    kind: 'Invalid',
    zh: '该调解员已回避本案，不能指定（人民调解法第十九条）',
    en: 'This mediator has recused themselves from the case and cannot be designated (Art. 19)',
  },
  MED_PARTY_UNKNOWN: { kind: 'Invalid', zh: '当事人不属于本案', en: 'The party is not part of this case' },
  MED_CONSENT_ALREADY_RECORDED: {
    kind: 'Conflict',
    zh: '该当事人的意见已记录，不能作出相反的记录（人民调解法第十七条）',
    en: 'This party’s answer is already recorded and cannot be reversed (Art. 17)',
  },
  MED_CONSENT_NOT_OPEN: {
    kind: 'Conflict',
    zh: '案件受理后、调解开始前方可征询当事人意见',
    en: 'Consent is collected after acceptance and before mediation starts',
  },
  MED_NOT_OWN_PARTY: {
    kind: 'Forbidden',
    zh: '只能对本人作为当事人的案件表示意见',
    en: 'You can answer only for the party that is you',
  },
  MED_SETTINGS_CITY_ONLY: {
    kind: 'Forbidden',
    zh: '办理时限为全市统一的本地规则，只能由具有全市数据范围的人员修改',
    en: 'Time targets apply city-wide: only staff with city-wide scope may change them',
  },
  // — handling and outcomes (engineer MC) —
  MED_DATE_TOO_EARLY: {
    kind: 'Invalid',
    zh: '日期不能早于案件受理、协议生效或申请之日',
    en: 'The date cannot be earlier than the acceptance, the agreement’s effect or the application',
  },
  MED_ATTACHMENT_UNKNOWN: { kind: 'Invalid', zh: '附件不属于本案', en: 'The attachment does not belong to this case' },
  MED_SESSION_PUBLIC_NOT_REQUESTED: {
    kind: 'Invalid',
    zh: '公开调解须由当事人提出要求（人民调解法第二十三条）',
    en: 'A public session needs a party’s request (Art. 23)',
  },
  MED_PARTICIPANT_CONSENT_MISSING: {
    kind: 'Invalid',
    zh: '邀请其他人员参与调解须经各方当事人同意（人民调解法第二十条）',
    en: 'Inviting a person to the mediation needs every party’s consent (Art. 20)',
  },
  MED_POLICE_UNIT_REQUIRED: {
    kind: 'Invalid',
    zh: '可能引发治安案件、刑事案件的纠纷须报告公安机关，请填写报告的公安机关（人民调解法第二十五条）',
    en: 'A dispute that may become a public-security or criminal case is reported to the police: name the unit (Art. 25)',
  },
  MED_AGREEMENT_EXISTS: { kind: 'Conflict', zh: '本案已记录调解协议', en: 'An agreement is already recorded for this case' },
  MED_AGREEMENT_CONTENTS_MISSING: {
    kind: 'Invalid',
    zh: '调解协议书须载明当事人基本情况、纠纷主要事实、争议事项、各方责任、协议内容及履行方式和期限（人民调解法第二十九条第一款）',
    en: 'The agreement must state the parties’ particulars, facts, disputed matters, responsibilities, terms and manner and time of performance (Art. 29(1))',
  },
  MED_AGREEMENT_UNSIGNED: {
    kind: 'Invalid',
    zh: '调解协议书须经各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章（人民调解法第二十九条第二款）',
    en: 'Every party must sign, seal or fingerprint the agreement, and the mediator sign it with the committee’s seal (Art. 29(2))',
  },
  MED_AGREEMENT_SIGNER_UNKNOWN: { kind: 'Invalid', zh: '签名人不是本案当事人', en: 'The signer is not a party to this case' },
  MED_SIGNATURE_DATE_INVALID: {
    kind: 'Invalid',
    zh: '签名日期不能早于达成协议之日，也不能晚于今日',
    en: 'A signature cannot be dated before the agreement was reached or after today',
  },
  MED_NO_AGREEMENT: {
    kind: 'Conflict',
    zh: '本案没有已生效的调解协议',
    en: 'The case has no agreement in effect',
  },
  MED_PERFORMED_ON_REQUIRED: { kind: 'Invalid', zh: '已履行的须填写履行日期', en: 'Performance needs the day it was performed' },
  MED_RATING_NOT_OPEN: {
    kind: 'Conflict',
    zh: '调解结束后方可评价',
    en: 'The service can be rated once the mediation has ended',
  },
  MED_CONFIRMATION_JOINT_REQUIRED: {
    kind: 'Invalid',
    zh: '司法确认须由双方当事人共同申请（人民调解法第三十三条第一款）',
    en: 'Judicial confirmation is applied for jointly by both parties (Art. 33(1))',
  },
  MED_CONFIRMATION_WINDOW_CLOSED: {
    kind: 'Invalid',
    zh: '已超过自调解协议生效之日起三十日的司法确认申请期限（人民调解法第三十三条第一款）',
    en: 'The 30 days from the agreement taking effect for applying for judicial confirmation have passed (Art. 33(1))',
  },
  MED_CONFIRMATION_BEFORE_EFFECT: {
    kind: 'Invalid',
    zh: '调解协议生效前不能申请司法确认',
    en: 'Judicial confirmation cannot be applied for before the agreement takes effect',
  },
  MED_CONFIRMATION_COURT_REQUIRED: {
    kind: 'Invalid',
    zh: '请选择或填写管辖的基层人民法院（民事诉讼法第二百零五条）',
    en: 'Choose or enter the competent basic court (CPL Art. 205)',
  },
  MED_CONFIRMATION_COURT_MISMATCH: {
    kind: 'Invalid',
    zh: '人民法院委托调解的，应当向作出邀请的人民法院申请司法确认（民事诉讼法第二百零五条）',
    en: 'A court-referred case is confirmed by the court that referred it (CPL Art. 205)',
  },
  MED_CONFIRMATION_PENDING: {
    kind: 'Conflict',
    zh: '已有司法确认申请在审查中或已被确认',
    en: 'An application is pending or already confirmed',
  },
  MED_CONFIRMATION_STATE: {
    kind: 'Conflict',
    zh: '司法确认申请的当前状态不允许此记录',
    en: 'The application’s current status does not allow this record',
  },
  // — committees, mediators, campaigns (engineer MB) —
  MED_COMMITTEE_SIZE: {
    kind: 'Invalid',
    zh: '人民调解委员会由委员三至九人组成（人民调解法第八条第二款）',
    en: 'A mediation committee has three to nine members (Art. 8(2))',
  },
  MED_COMMITTEE_NO_WOMAN: {
    kind: 'Invalid',
    zh: '人民调解委员会应当有妇女成员（人民调解法第八条第三款）',
    en: 'A mediation committee must include a woman (Art. 8(3))',
  },
  MED_COMMITTEE_CHAIR: {
    kind: 'Invalid',
    zh: '人民调解委员会设主任一人（人民调解法第八条第二款）',
    en: 'A mediation committee has exactly one chair (Art. 8(2))',
  },
  MED_COMMITTEE_TERM_INVALID: {
    kind: 'Invalid',
    zh: '委员每届任期三年，任期届满日须晚于起始日且不超过三年（人民调解法第九条第二款）',
    en: 'A member’s term is three years: it must end after it starts and last no longer (Art. 9(2))',
  },
  MED_COMMITTEE_FIELD_REQUIRED: {
    kind: 'Invalid',
    zh: '行业性、专业性人民调解委员会须载明所属行业领域',
    en: 'An industry or professional committee needs its field',
  },
  MED_COMMITTEE_ORG_TYPE: {
    kind: 'Invalid',
    zh: '人民调解委员会须对应“人民调解委员会”类型的组织（街道、乡镇调委会可设在司法所）',
    en: 'A committee must be an organisation of type mediation committee (street committees may sit at a justice office)',
  },
  MED_COMMITTEE_EXISTS: {
    kind: 'Conflict',
    zh: '该组织已登记为人民调解委员会',
    en: 'This organisation is already registered as a mediation committee',
  },
  MED_MEDIATOR_COMMITTEE_UNKNOWN: {
    kind: 'Invalid',
    zh: '人民调解员须属于已登记的人民调解委员会（人民调解法第十三条）',
    en: 'A mediator must belong to a registered mediation committee (Art. 13)',
  },
  MED_MEDIATOR_DISMISSED: {
    kind: 'Conflict',
    zh: '该人民调解员已被罢免或解聘，不能再指定或变更（人民调解法第十五条）',
    en: 'The mediator has been dismissed and can no longer be designated or changed (Art. 15)',
  },
  MED_MEDIATOR_UNAVAILABLE: {
    kind: 'Invalid',
    zh: '所选人民调解员不在岗（已暂停或已被罢免、解聘）或不属于该人民调解委员会',
    en: 'The chosen mediator is not active or does not belong to the committee',
  },
  MED_DATE_IN_FUTURE: {
    kind: 'Invalid',
    zh: '日期不能晚于今日',
    en: 'The date cannot be later than today',
  },
  MED_DATE_ORDER: {
    kind: 'Invalid',
    zh: '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  MED_CAMPAIGN_CLOSED: {
    kind: 'Conflict',
    zh: '排查活动已结束，不能再登记排查发现的纠纷',
    en: 'The campaign is closed: no new findings can be registered',
  },
  MED_FINDING_OUTSIDE_REGION: {
    kind: 'Invalid',
    zh: '纠纷所在地不在本次排查的区域内',
    en: 'The place of the dispute lies outside the campaign’s region',
  },
  MED_FINDING_STATE: {
    kind: 'Conflict',
    zh: '该排查纠纷已化解或已转为调解案件',
    en: 'The finding has already been resolved or turned into a case',
  },
  MED_REGION_UNKNOWN: {
    kind: 'Invalid',
    zh: '行政区划代码不存在',
    en: 'Unknown region code',
  },
  // Referrals (诉调、公调、访调、检调对接), duplicates and links — MR.
  MED_REFERRER_UNKNOWN: {
    kind: 'Invalid',
    zh: '委托移送单位不存在、已停用或不是本访问令牌对应的单位',
    en: 'The referring body is unknown, inactive or not the one this access token belongs to',
  },
  MED_REFERRER_CODE_TAKEN: { kind: 'Conflict', zh: '该单位代码已被其他委托单位使用', en: 'Another referring body already uses this code' },
  MED_REFERRER_TOKEN_UNKNOWN: {
    kind: 'Invalid',
    zh: '访问令牌不存在、已撤销或已过期，或未授予“委托移送调解”权限',
    en: 'The access token does not exist, is revoked or expired, or lacks the referral permission',
  },
  MED_REFERRER_TOKEN_TAKEN: {
    kind: 'Conflict',
    zh: '该访问令牌已绑定其他委托单位（一个令牌只能代表一个单位）',
    en: 'This access token is already bound to another referring body (one token, one body)',
  },
  MED_WEBHOOK_SECRET_REQUIRED: {
    kind: 'Invalid',
    zh: '设置回调地址须同时设置签名密钥（至少16个字符）',
    en: 'A webhook URL needs a signing secret (at least 16 characters)',
  },
  MED_REFERRAL_TARGET_REQUIRED: {
    kind: 'Invalid',
    zh: '须指定承接的人民调解委员会或纠纷所在地区',
    en: 'Name the receiving mediation committee or the region of the dispute',
  },
  MED_REFERRAL_RETURN_BY_INVALID: {
    kind: 'Invalid',
    zh: '反馈期限不能早于移送之日',
    en: 'The return date cannot be earlier than the day of referral',
  },
  MED_DUPLICATE_SUSPECTED: {
    kind: 'Conflict',
    zh: '该纠纷疑似已登记（当事人相同、纠纷事实相似），请关联已有案件，或确认不是同一纠纷并说明理由',
    en: 'This dispute looks already registered (same parties, similar facts): link it, or confirm it is different and say why',
  },
  MED_DUPLICATE_REASON_REQUIRED: {
    kind: 'Invalid',
    zh: '确认不是同一纠纷须说明理由',
    en: 'Confirming that the dispute is a different one needs a reason',
  },
  MED_CASE_LINK_SELF: { kind: 'Invalid', zh: '不能将案件与其自身关联', en: 'A case cannot be linked to itself' },
  MED_CASE_LINK_EXISTS: { kind: 'Conflict', zh: '两案已经关联', en: 'The two cases are already linked' },
});
