import type { PermissionDef } from '@tianping/common/access/permission';

/**
 * Permissions of the 12348 public legal service hotline (12348热线与在线咨询). Reading a ticket:
 * `ticket.read` sees the tickets of the centres in the data scope (an agent: their own centre).
 * `callEvent.submit` is for the telephony system's API token ONLY: it may post call events and
 * nothing else (it cannot read tickets, and staff routes refuse it).
 */
export const hotlinePermissions = [
  { key: 'hotline.ticket.read', category: 'business', zh: '查看12348热线工单', en: 'View hotline tickets' },
  {
    key: 'hotline.ticket.handle',
    category: 'business',
    zh: '接听热线、登记和解答工单（坐席、值班律师）',
    en: 'Answer calls, record and answer tickets (agents, lawyers on seats)',
  },
  {
    key: 'hotline.ticket.supervise',
    category: 'business',
    zh: '热线质量监督（重开工单、回访、值班排班）',
    en: 'Supervise the hotline (reopened tickets, follow-ups, duty rosters)',
  },
  {
    key: 'hotline.callEvent.submit',
    category: 'business',
    zh: '推送呼叫事件（话务系统接口，仅限此项）',
    en: 'Post call events (telephony system API only)',
  },
  {
    key: 'hotline.transfer.report',
    category: 'business',
    zh: '登记转办结果（12345热线联盟接口或工作人员）',
    en: 'Record the result of a referral (12345 alliance API or staff)',
  },
  { key: 'hotline.knowledge.edit', category: 'business', zh: '编辑热线知识库', en: 'Edit the hotline knowledge base' },
  { key: 'hotline.knowledge.review', category: 'business', zh: '审核热线知识库', en: 'Review the hotline knowledge base' },
  { key: 'hotline.consultation.answer', category: 'business', zh: '解答在线法律咨询', en: 'Answer online consultations' },
  {
    key: 'hotline.settings.manage',
    category: 'business',
    zh: '维护热线服务时限等设置',
    en: 'Maintain hotline settings (service levels)',
  },
] as const satisfies readonly PermissionDef[];

export type HotlinePermission = (typeof hotlinePermissions)[number]['key'];
