import { exemptionLabels, exemptions, matterKindLabels, matterKinds } from '../../../../legal-aid/contract/enums';
import { disputeKindLabels, disputeKinds } from '../../../../mediation/contract/enums';
import type { TicketDetail } from '../../../contract/tickets';

type Text = { zh: string; en: string };

/** How a pre-fill field is entered; the hand-off targets list names only (server/src/handoff). */
export type PrefillKind =
  | { kind: 'org' }
  | { kind: 'text' }
  | { kind: 'textarea' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'select'; options: { value: string; label: Text }[] }
  /** Lists and records of the target's schema (parties, opponents, the act): JSON, checked by the target. */
  | { kind: 'json'; example: string };

const hardshipChecks: { value: string; label: Text }[] = [
  { value: 'pledge', label: { zh: '申请人承诺（第四十一条）', en: 'Applicant’s pledge (Art. 41)' } },
  { value: 'standard', label: { zh: '按经济困难标准审查', en: 'Checked against the hardship standard' } },
  { value: 'sharedData', label: { zh: '信息共享核查', en: 'Shared-data check' } },
];

const known: Record<string, { label: Text; input: PrefillKind }> = {
  orgId: { label: { zh: '接收机构', en: 'Receiving organisation' }, input: { kind: 'org' } },
  matterKind: {
    label: { zh: '法律援助事项', en: 'Legal aid matter' },
    input: { kind: 'select', options: matterKinds.map((m) => ({ value: m, label: matterKindLabels[m] })) },
  },
  matterSummary: { label: { zh: '事项摘要', en: 'Summary of the matter' }, input: { kind: 'textarea' } },
  'applicant.name': { label: { zh: '申请人姓名', en: 'Applicant’s name' }, input: { kind: 'text' } },
  'applicant.idNumber': { label: { zh: '申请人公民身份号码', en: 'Applicant’s ID number' }, input: { kind: 'text' } },
  'applicant.phone': { label: { zh: '申请人手机号码', en: 'Applicant’s mobile' }, input: { kind: 'text' } },
  'applicant.address': { label: { zh: '申请人住址', en: 'Applicant’s address' }, input: { kind: 'text' } },
  opponents: {
    label: { zh: '对方当事人（JSON 列表）', en: 'Opposing parties (JSON list)' },
    input: { kind: 'json', example: '[{"name":"某某公司"}]' },
  },
  exemption: {
    label: { zh: '免予经济困难审查情形', en: 'Exemption from the hardship check' },
    input: { kind: 'select', options: exemptions.map((e) => ({ value: e, label: exemptionLabels[e] })) },
  },
  householdSize: { label: { zh: '家庭人口数', en: 'Household size' }, input: { kind: 'number' } },
  monthlyIncomeYuan: { label: { zh: '家庭月收入（元）', en: 'Household monthly income (yuan)' }, input: { kind: 'number' } },
  hardshipCheck: { label: { zh: '经济困难核查方式', en: 'Hardship check' }, input: { kind: 'select', options: hardshipChecks } },
  pledgeSigned: { label: { zh: '已签署经济困难承诺', en: 'Pledge signed' }, input: { kind: 'boolean' } },
  eventRegionCode: { label: { zh: '事发地行政区划代码', en: 'Region code of the event' }, input: { kind: 'text' } },
  kind: {
    label: { zh: '纠纷类型', en: 'Dispute type' },
    input: { kind: 'select', options: disputeKinds.map((d) => ({ value: d, label: disputeKindLabels[d] })) },
  },
  title: { label: { zh: '纠纷名称', en: 'Title' }, input: { kind: 'text' } },
  facts: { label: { zh: '纠纷事实', en: 'Facts' }, input: { kind: 'textarea' } },
  amountYuan: { label: { zh: '涉及金额（元）', en: 'Amount (yuan)' }, input: { kind: 'number' } },
  parties: {
    label: { zh: '当事人（JSON 列表，至少双方）', en: 'Parties (JSON list, both sides)' },
    input: { kind: 'json', example: '[{"side":"applicant","name":"张三"},{"side":"respondent","name":"李四"}]' },
  },
  incidentRegionCode: { label: { zh: '纠纷发生地行政区划代码', en: 'Region code of the dispute' }, input: { kind: 'text' } },
  applicant: { label: { zh: '申请人（JSON）', en: 'Applicant (JSON)' }, input: { kind: 'json', example: '{"name":"张三"}' } },
  respondentOrgId: { label: { zh: '被申请人机关编号', en: 'Respondent organisation id' }, input: { kind: 'text' } },
  respondentName: { label: { zh: '被申请人名称', en: 'Respondent' }, input: { kind: 'text' } },
  act: { label: { zh: '行政行为（JSON）', en: 'Administrative act (JSON)' }, input: { kind: 'json', example: '{"description":"…"}' } },
  requests: { label: { zh: '行政复议请求', en: 'Requests' }, input: { kind: 'textarea' } },
  factsAndReasons: { label: { zh: '事实和理由', en: 'Facts and reasons' }, input: { kind: 'textarea' } },
};

/** The label and input of a field name; an unknown name is a text input labelled as the target wrote it. */
export function prefillField(field: string): { label: Text; input: PrefillKind } {
  return known[field] ?? { label: { zh: field, en: field }, input: { kind: 'text' } };
}

/** A starting value from the ticket: the caller's name, the question for the summary fields. */
export function prefillDefault(field: string, ticket: TicketDetail): unknown {
  if (field === 'applicant.name') return ticket.callerName ?? undefined;
  if (field === 'matterSummary' || field === 'facts' || field === 'factsAndReasons') return ticket.question;
  return undefined;
}

/** Form values (nested by the dotted names) → the prefill object: empty values dropped, JSON fields parsed. */
export function buildPrefill(
  values: Record<string, unknown> | undefined,
  fields: readonly string[],
): { prefill: Record<string, unknown>; badJson?: string } {
  const prefill: Record<string, unknown> = {};
  for (const field of fields) {
    const path = field.split('.');
    let v: unknown = values;
    for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (prefillField(field).input.kind === 'json' && typeof v === 'string') {
      try {
        v = JSON.parse(v);
      } catch {
        return { prefill, badJson: field };
      }
    }
    let target = prefill;
    for (const p of path.slice(0, -1)) target = (target[p] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]!] = typeof v === 'string' ? v.trim() : v;
  }
  return { prefill };
}
