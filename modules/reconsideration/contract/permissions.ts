import type { PermissionDef } from '@tianping/common/access/permission';

/**
 * Permissions of administrative reconsideration (行政复议) and litigation response (行政应诉).
 * Reading a case: `case.read` sees the cases handled by organisations in the data scope;
 * `reply.submit` (respondent agencies) sees the cases where an organisation in scope is the respondent.
 */
export const reconsiderationPermissions = [
  { key: 'reconsideration.case.read', category: 'business', zh: '查看行政复议案件', en: 'View reconsideration cases' },
  { key: 'reconsideration.case.intake', category: 'business', zh: '登记行政复议申请', en: 'Record reconsideration applications' },
  {
    key: 'reconsideration.case.accept',
    category: 'business',
    zh: '受理审查（受理、不予受理、补正）',
    en: 'Review applications for acceptance',
  },
  { key: 'reconsideration.case.handle', category: 'business', zh: '审理行政复议案件', en: 'Handle reconsideration cases' },
  { key: 'reconsideration.decision.draft', category: 'business', zh: '拟制行政复议决定', en: 'Draft reconsideration decisions' },
  {
    key: 'reconsideration.decision.review',
    category: 'business',
    zh: '复议机构负责人审核（决定、延期、程序转换）',
    en: 'Office head review (decisions, extensions, procedure)',
  },
  {
    key: 'reconsideration.decision.approve',
    category: 'business',
    zh: '复议机关负责人批准决定',
    en: 'Authority head approval of decisions',
  },
  { key: 'reconsideration.reply.submit', category: 'business', zh: '被申请人答复（行政机关）', en: 'Respondent reply (agencies)' },
  { key: 'reconsideration.litigation.read', category: 'business', zh: '查看行政应诉案件', en: 'View litigation-response cases' },
  {
    key: 'reconsideration.litigation.manage',
    category: 'business',
    zh: '登记和更新行政应诉案件',
    en: 'Record and update litigation-response cases',
  },
] as const satisfies readonly PermissionDef[];

export type ReconsiderationPermission = (typeof reconsiderationPermissions)[number]['key'];
