import type { PermissionDef } from '@tianping/common/access/permission';

/**
 * Permissions of people's mediation (人民调解法). Reading a case: `case.read` sees the cases of the
 * committees (organisations) in the data scope — a village committee its own, a district supervisor
 * its subtree. `referral.submit` is held by API tokens of courts, police, petition offices and
 * procuratorates (诉调、公调、访调、检调对接): they see only their own referrals.
 */
export const mediationPermissions = [
  { key: 'mediation.case.read', category: 'business', zh: '查看人民调解案件', en: 'View mediation cases' },
  { key: 'mediation.case.intake', category: 'business', zh: '登记矛盾纠纷（受理、不予受理）', en: 'Register and accept disputes' },
  {
    key: 'mediation.case.handle',
    category: 'business',
    zh: '办理调解（当事人同意、调解、协议、结案）',
    en: 'Handle mediation (consent, sessions, agreements, outcomes)',
  },
  {
    key: 'mediation.referral.submit',
    category: 'business',
    zh: '委托移送调解（法院、公安、信访、检察机关接口）',
    en: 'Refer disputes for mediation (court, police, petition, procuratorate API)',
  },
  { key: 'mediation.committee.read', category: 'business', zh: '查看人民调解组织', en: 'View mediation committees' },
  {
    key: 'mediation.committee.manage',
    category: 'business',
    zh: '管理人民调解委员会及委员',
    en: 'Manage mediation committees and members',
  },
  {
    key: 'mediation.mediator.manage',
    category: 'business',
    zh: '管理人民调解员（培训、奖惩）',
    en: 'Manage mediators (training, discipline)',
  },
  { key: 'mediation.campaign.manage', category: 'business', zh: '组织矛盾纠纷排查', en: 'Run dispute screening campaigns' },
  {
    key: 'mediation.settings.manage',
    category: 'business',
    zh: '人民调解设置（办理时限、委托单位）',
    en: 'Mediation settings (time targets, referring bodies)',
  },
] as const satisfies readonly PermissionDef[];

export type MediationPermission = (typeof mediationPermissions)[number]['key'];
