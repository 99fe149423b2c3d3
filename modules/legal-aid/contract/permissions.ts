import type { PermissionDef } from '@tianping/common/access/permission';

/**
 * Permissions of legal aid (法律援助法, 2022). Reading: `application.read` sees the cases of the legal-aid
 * centres in the data scope; `case.work` (the assigned lawyer or worker) sees ONLY the cases assigned to
 * them; `notice.submit` (API tokens of courts, procuratorates and police) sees only the notices it sent.
 */
export const legalAidPermissions = [
  { key: 'legalAid.application.read', category: 'business', zh: '查看法律援助案件', en: 'View legal aid cases' },
  {
    key: 'legalAid.application.intake',
    category: 'business',
    zh: '登记法律援助申请和通知',
    en: 'Record legal aid applications and notices',
  },
  {
    key: 'legalAid.application.review',
    category: 'business',
    zh: '审查法律援助申请（给予、不予、补充材料）',
    en: 'Review applications (grant, deny, request materials)',
  },
  { key: 'legalAid.assignment.manage', category: 'business', zh: '指派法律援助人员', en: 'Assign legal aid providers' },
  {
    key: 'legalAid.case.work',
    category: 'business',
    zh: '承办法律援助案件（仅限指派给本人的案件）',
    en: 'Work on assigned legal aid cases',
  },
  {
    key: 'legalAid.objection.decide',
    category: 'business',
    zh: '审查法律援助异议（司法行政部门）',
    en: 'Decide objections (justice bureau)',
  },
  { key: 'legalAid.quality.manage', category: 'business', zh: '法律援助质量评查与回访', en: 'Quality review and follow-up' },
  { key: 'legalAid.subsidy.manage', category: 'business', zh: '管理法律援助补贴', en: 'Manage legal aid subsidies' },
  { key: 'legalAid.subsidy.approve', category: 'business', zh: '审批法律援助补贴', en: 'Approve legal aid subsidies' },
  { key: 'legalAid.provider.manage', category: 'business', zh: '管理法律援助人员', en: 'Manage legal aid providers' },
  {
    key: 'legalAid.notice.submit',
    category: 'business',
    zh: '发送通知辩护（法院、检察院、公安机关接口）',
    en: 'Send mandatory-defence notices (courts, procuratorates, police)',
  },
  { key: 'legalAid.duty.manage', category: 'business', zh: '管理值班律师工作站和排班', en: 'Manage duty-lawyer stations and rosters' },
  {
    key: 'legalAid.settings.manage',
    category: 'business',
    zh: '维护法律援助设置（经济困难标准等）',
    en: 'Maintain legal aid settings (hardship standards)',
  },
] as const satisfies readonly PermissionDef[];

export type LegalAidPermission = (typeof legalAidPermissions)[number]['key'];
