import { partyKindLabels, partyKinds, partyRoleLabels, partyRoles } from '../../../../mediation/contract/enums';
import { actKindLabels, actKinds, applicantKindLabels, applicantKinds } from '../../../../reconsideration/contract/enums';

export type Text = { zh: string; en: string };
export type Option = { value: string; label: Text };

/**
 * One member of a structured pre-fill field (a party, the applicant, the act), after the target's
 * contract schema: mediation `partyInputSchema`, legal aid `opponentSchema`, reconsideration
 * `applicantSchema` / `actSchema`. `when`: entered (and sent) only while a sibling member has one of
 * the values (an ID number for a person, a credit code for an organisation).
 */
export interface Member {
  name: string;
  label: Text;
  input: 'text' | 'select' | 'radio' | 'date' | 'boolean';
  options?: Option[];
  required?: boolean;
  maxLength?: number;
  when?: { member: string; is: readonly (string | boolean)[] };
}

/** A record of members (the reconsideration applicant, the act). */
export interface RecordShape {
  kind: 'record';
  label: Text;
  members: Member[];
  /** Values the record starts with. */
  start: Record<string, unknown>;
  /** The caller is this record (their name from the ticket). */
  caller?: boolean;
}

/** A list of rows (parties, opposing parties): at least `min` rows, and the roles `needs` names. */
export interface ListShape {
  kind: 'list';
  /** The list's label, also of one row (当事人 1, 当事人 2…) and of the add button. */
  label: Text;
  members: Member[];
  min: number;
  max: number;
  /** The rows the list starts with, and a new row's values. */
  start: Record<string, unknown>[];
  newRow: Record<string, unknown>;
  /** The caller is the first row (their name from the ticket). */
  caller?: boolean;
  /** Both sides (人民调解法 第十七条): each of these values of `member` appears in some row. */
  needs?: { member: string; values: readonly string[]; message: Text };
}

export type Shape = RecordShape | ListShape;

const options = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, Text>>): Option[] =>
  keys.map((k) => ({ value: k, label: { zh: labels[k].zh, en: labels[k].en } }));

const name: Text = { zh: '姓名或名称', en: 'Name' };
const idNumber: Text = { zh: '公民身份号码', en: 'ID number' };
const creditCode: Text = { zh: '统一社会信用代码', en: 'Unified social credit code' };
const phone: Text = { zh: '手机号码', en: 'Mobile' };

/** 人民调解 parties (`partyInputSchema`): role, person or organisation, name, ID or credit code, mobile. */
const mediationParties: ListShape = {
  kind: 'list',
  label: { zh: '当事人', en: 'Party' },
  members: [
    {
      name: 'role',
      label: { zh: '当事人地位', en: 'Role' },
      input: 'select',
      options: options(partyRoles, partyRoleLabels),
      required: true,
    },
    {
      name: 'kind',
      label: { zh: '当事人类型', en: 'Kind' },
      input: 'select',
      options: options(partyKinds, partyKindLabels),
      required: true,
    },
    { name: 'name', label: name, input: 'text', required: true, maxLength: 200 },
    { name: 'idNumber', label: idNumber, input: 'text', maxLength: 18, when: { member: 'kind', is: ['person'] } },
    { name: 'creditCode', label: creditCode, input: 'text', maxLength: 18, when: { member: 'kind', is: ['org'] } },
    { name: 'phone', label: phone, input: 'text', maxLength: 11 },
  ],
  min: 2,
  max: 30,
  start: [
    { role: 'applicant', kind: 'person' },
    { role: 'respondent', kind: 'person' },
  ],
  newRow: { role: 'third', kind: 'person' },
  caller: true,
  needs: {
    member: 'role',
    values: ['applicant', 'respondent'],
    message: { zh: '至少需要申请人和被申请人双方', en: 'Both an applicant and a respondent are needed' },
  },
};

/** 法律援助 opposing parties (`opponentSchema`): name, ID number or credit code, a note. */
const aidOpponents: ListShape = {
  kind: 'list',
  label: { zh: '对方当事人', en: 'Opposing party' },
  members: [
    { name: 'name', label: name, input: 'text', required: true, maxLength: 200 },
    { name: 'idNumber', label: { zh: '身份证号或信用代码', en: 'ID number or credit code' }, input: 'text', maxLength: 40 },
    { name: 'note', label: { zh: '备注', en: 'Note' }, input: 'text', maxLength: 200 },
  ],
  min: 0,
  max: 20,
  start: [],
  newRow: {},
};

/** 行政复议 applicant (`applicantSchema`): a person with the ID number, or an organisation. */
const reconApplicant: RecordShape = {
  kind: 'record',
  label: { zh: '申请人', en: 'Applicant' },
  members: [
    {
      name: 'kind',
      label: { zh: '申请人类型', en: 'Applicant type' },
      input: 'radio',
      options: options(applicantKinds, applicantKindLabels),
      required: true,
    },
    { name: 'name', label: name, input: 'text', required: true, maxLength: 200 },
    { name: 'idNumber', label: idNumber, input: 'text', required: true, maxLength: 18, when: { member: 'kind', is: ['person'] } },
    { name: 'creditCode', label: creditCode, input: 'text', required: true, maxLength: 18, when: { member: 'kind', is: ['organisation'] } },
    {
      name: 'representative',
      label: { zh: '法定代表人或者主要负责人', en: 'Legal representative' },
      input: 'text',
      required: true,
      maxLength: 100,
      when: { member: 'kind', is: ['organisation'] },
    },
    { name: 'phone', label: phone, input: 'text', maxLength: 11 },
  ],
  start: { kind: 'person' },
  caller: true,
};

/** 行政复议 the act (`actSchema`): its kind, document, the dates, whether the right to apply was stated. */
const reconAct: RecordShape = {
  kind: 'record',
  label: { zh: '被申请复议的行政行为', en: 'The administrative act' },
  members: [
    {
      name: 'kind',
      label: { zh: '行政行为类型', en: 'Kind of act' },
      input: 'select',
      options: options(actKinds, actKindLabels),
      required: true,
    },
    { name: 'documentNo', label: { zh: '决定书文号', en: 'Document number' }, input: 'text', maxLength: 100 },
    { name: 'madeOn', label: { zh: '作出日期', en: 'Made on' }, input: 'date', required: true },
    { name: 'learnedOn', label: { zh: '知道该行为之日', en: 'Learned of it on' }, input: 'date', required: true },
    { name: 'rightsStated', label: { zh: '已告知申请复议的权利、机关和期限', en: 'The right to apply was stated' }, input: 'boolean' },
    {
      name: 'learnedOfRightsOn',
      label: { zh: '知道复议权利之日', en: 'Learned of the right on' },
      input: 'date',
      when: { member: 'rightsStated', is: [false] },
    },
  ],
  start: { rightsStated: false },
};

/** The structured fields by destination and name (the targets list names only, server/src/handoff). */
const shapes: Record<string, Record<string, Shape>> = {
  mediation: { parties: mediationParties },
  legalAid: { opponents: aidOpponents },
  reconsideration: { applicant: reconApplicant, act: reconAct },
};

export function prefillShape(destination: string, field: string): Shape | undefined {
  return shapes[destination]?.[field];
}

/** Whether a member is entered given its siblings' values (an unset boolean counts as false). */
export function memberShown(m: Member, row: Record<string, unknown> | undefined): boolean {
  if (!m.when) return true;
  const v = row?.[m.when.member];
  return m.when.is.includes(typeof v === 'string' ? v : v === true);
}
