import dayjs from 'dayjs';
import { exemptionLabels, exemptions, matterKindLabels, matterKinds } from '../../../../legal-aid/contract/enums';
import { disputeKindLabels, disputeKinds } from '../../../../mediation/contract/enums';
import type { TicketDetail } from '../../../contract/tickets';
import { type Member, memberShown, type Option, prefillShape, type Shape, type Text } from './prefill-shapes';

/** How a pre-fill field is entered; the hand-off targets list names only (server/src/handoff). */
export type PrefillKind =
  | { kind: 'org' }
  | { kind: 'text' }
  | { kind: 'textarea' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'select'; options: Option[] }
  /** Lists and records of the target's schema (parties, opponents, the applicant, the act): prefill-shapes.ts. */
  | { kind: 'shape'; shape: Shape };

const hardshipChecks: Option[] = [
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
  incidentRegionCode: { label: { zh: '纠纷发生地行政区划代码', en: 'Region code of the dispute' }, input: { kind: 'text' } },
  respondentOrgId: { label: { zh: '被申请人（行政机关名录）', en: 'Respondent (register of agencies)' }, input: { kind: 'org' } },
  respondentName: {
    label: { zh: '被申请人名称（名录中没有时填写）', en: 'Respondent (when not in the register)' },
    input: { kind: 'text' },
  },
  requests: { label: { zh: '行政复议请求', en: 'Requests' }, input: { kind: 'textarea' } },
  factsAndReasons: { label: { zh: '事实和理由', en: 'Facts and reasons' }, input: { kind: 'textarea' } },
};

/**
 * The label and input of a field name of a destination; an unknown name is a text input labelled as the
 * target wrote it.
 */
export function prefillField(destination: string, field: string): { label: Text; input: PrefillKind } {
  const shape = prefillShape(destination, field);
  if (shape) return { label: shape.label, input: { kind: 'shape', shape } };
  return known[field] ?? { label: { zh: field, en: field }, input: { kind: 'text' } };
}

/** A starting value from the ticket: the caller's name, the question for the summary fields. */
function prefillDefault(field: string, ticket: TicketDetail): unknown {
  if (field === 'applicant.name') return ticket.callerName ?? undefined;
  if (field === 'matterSummary' || field === 'facts' || field === 'factsAndReasons') return ticket.question;
  return undefined;
}

/** The form's starting pre-fill of a destination: the ticket's data, the lists' first rows, the records' kinds. */
export function prefillStart(destination: string, fields: readonly string[], ticket: TicketDetail): Record<string, unknown> {
  const prefill: Record<string, unknown> = {};
  for (const field of fields) {
    const shape = prefillShape(destination, field);
    let v: unknown = prefillDefault(field, ticket);
    if (shape) {
      const caller = shape.caller && ticket.callerName ? { name: ticket.callerName } : {};
      v = shape.kind === 'list' ? shape.start.map((r, i) => ({ ...r, ...(i === 0 ? caller : {}) })) : { ...shape.start, ...caller };
    }
    if (v !== undefined) setPath(prefill, field.split('.'), v);
  }
  return prefill;
}

function setPath(target: Record<string, unknown>, path: string[], v: unknown) {
  let node = target;
  for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]!] = v;
}

/** An entered value as sent: text trimmed, a date as YYYY-MM-DD, an empty value undefined. */
function clean(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (dayjs.isDayjs(v)) return v.format('YYYY-MM-DD');
  return v;
}

/** A row or record of members: hidden members dropped, an unset yes/no is false. */
function buildMembers(members: readonly Member[], value: unknown): Record<string, unknown> {
  const row = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const m of members) {
    if (!memberShown(m, row)) continue;
    const v = m.input === 'boolean' ? row[m.name] === true : clean(row[m.name]);
    if (v !== undefined) out[m.name] = v;
  }
  return out;
}

/**
 * Form values (nested by the dotted names) → the prefill object the target's schema reads: empty values
 * dropped, text trimmed, dates as strings, the lists' rows and the records built from their members.
 */
export function buildPrefill(destination: string, values: Record<string, unknown> | undefined, fields: readonly string[]) {
  const prefill: Record<string, unknown> = {};
  for (const field of fields) {
    const path = field.split('.');
    let v: unknown = values;
    for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
    const shape = prefillShape(destination, field);
    if (shape?.kind === 'list') v = Array.isArray(v) && v.length ? v.map((r) => buildMembers(shape.members, r)) : undefined;
    else if (shape) {
      const record = buildMembers(shape.members, v);
      v = Object.keys(record).length ? record : undefined;
    } else v = clean(v);
    if (v !== undefined) setPath(prefill, path, v);
  }
  return prefill;
}
