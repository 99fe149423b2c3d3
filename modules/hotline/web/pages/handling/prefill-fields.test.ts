import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { staffApplicationBodySchema } from '../../../../legal-aid/contract/application';
import { partyInputSchema } from '../../../../mediation/contract/intake';
import { actSchema, applicantSchema } from '../../../../reconsideration/contract/intake';
import type { TicketDetail } from '../../../contract/tickets';
import { buildPrefill, prefillField, prefillStart } from './prefill-fields';

/**
 * The transfer dialog's values → the prefill the target's hand-off schema reads. The handlers'
 * schemas live in the targets' server code (out of the web's reach), so each object is asserted
 * exactly and its structured members are parsed with the contract schemas those handlers are built of.
 */
const org = '01M8HZJ5PBQKTFT44SXQM74XRN';
const idNumber = '11010519491231002X';

const legalAidFields = [
  'orgId',
  'matterKind',
  'matterSummary',
  'applicant.name',
  'applicant.idNumber',
  'applicant.phone',
  'applicant.address',
  'opponents',
  'exemption',
  'householdSize',
  'monthlyIncomeYuan',
  'hardshipCheck',
  'pledgeSigned',
  'eventRegionCode',
];
const mediationFields = ['orgId', 'kind', 'title', 'facts', 'amountYuan', 'parties', 'incidentRegionCode'];
const reconFields = ['orgId', 'applicant', 'respondentOrgId', 'respondentName', 'act', 'requests', 'factsAndReasons'];

describe('buildPrefill', () => {
  it('legal aid: the applicant by its dotted names, the opposing parties as rows, empty values dropped', () => {
    const prefill = buildPrefill(
      'legalAid',
      {
        orgId: org,
        matterKind: 'wages',
        matterSummary: '  ',
        applicant: { name: ' 李建军 ', idNumber, phone: '13822334455', address: '' },
        opponents: [
          { name: ' 天津市某建筑劳务有限公司 ', idNumber: '', note: undefined },
          { name: '王某', note: '包工头' },
        ],
        householdSize: 3,
        monthlyIncomeYuan: 0,
        hardshipCheck: 'pledge',
        pledgeSigned: true,
        eventRegionCode: '120103',
      },
      legalAidFields,
    );
    expect(prefill).toEqual({
      orgId: org,
      matterKind: 'wages',
      applicant: { name: '李建军', idNumber, phone: '13822334455' },
      opponents: [{ name: '天津市某建筑劳务有限公司' }, { name: '王某', note: '包工头' }],
      householdSize: 3,
      monthlyIncomeYuan: 0,
      hardshipCheck: 'pledge',
      pledgeSigned: true,
      eventRegionCode: '120103',
    });
    // What the handler hands to the intake: the prefill with the origin and the summary.
    const body = staffApplicationBodySchema.safeParse({ ...prefill, origin: 'walkIn', matterSummary: '拖欠工资' });
    expect(body.error?.issues).toBeUndefined();
  });

  it('legal aid: no opposing party entered → no list sent', () => {
    expect(buildPrefill('legalAid', { orgId: org, opponents: [] }, legalAidFields)).toEqual({ orgId: org });
  });

  it('mediation: the parties with their roles; an ID number only for a person, a credit code only for an organisation', () => {
    const prefill = buildPrefill(
      'mediation',
      {
        orgId: org,
        kind: 'neighbour',
        title: '',
        amountYuan: null,
        parties: [
          { role: 'applicant', kind: 'person', name: '张女士', idNumber, creditCode: '91120103MA05L2XY3K', phone: '13712345679' },
          { role: 'respondent', kind: 'org', name: '某物业公司', idNumber, creditCode: '91120103MA05L2XY3K', phone: '' },
          { role: 'third', kind: 'person', name: ' 刘先生 ' },
        ],
      },
      mediationFields,
    );
    expect(prefill).toEqual({
      orgId: org,
      kind: 'neighbour',
      parties: [
        { role: 'applicant', kind: 'person', name: '张女士', idNumber, phone: '13712345679' },
        { role: 'respondent', kind: 'org', name: '某物业公司', creditCode: '91120103MA05L2XY3K' },
        { role: 'third', kind: 'person', name: '刘先生' },
      ],
    });
    expect(z.array(partyInputSchema).min(2).safeParse(prefill.parties).error?.issues).toBeUndefined();
  });

  it('reconsideration: the applicant and the act as records, dates as YYYY-MM-DD, an unset yes/no as false', () => {
    const prefill = buildPrefill(
      'reconsideration',
      {
        orgId: org,
        applicant: { kind: 'person', name: '赵先生', idNumber, creditCode: 'left over', representative: 'left over', phone: '' },
        respondentName: ' 天津市河西区市场监督管理局 ',
        act: { kind: 'penalty', documentNo: ' 津西市监罚〔2026〕12号 ', madeOn: dayjs('2026-11-02'), learnedOn: dayjs('2026-11-05') },
        requests: '撤销罚款决定',
        factsAndReasons: '',
      },
      reconFields,
    );
    expect(prefill).toEqual({
      orgId: org,
      applicant: { kind: 'person', name: '赵先生', idNumber },
      respondentName: '天津市河西区市场监督管理局',
      act: { kind: 'penalty', documentNo: '津西市监罚〔2026〕12号', madeOn: '2026-11-02', learnedOn: '2026-11-05', rightsStated: false },
      requests: '撤销罚款决定',
    });
    expect(applicantSchema.safeParse(prefill.applicant).error?.issues).toBeUndefined();
    expect(actSchema.safeParse(prefill.act).error?.issues).toBeUndefined();
  });

  it('reconsideration: an organisation with its credit code and representative; the date of learning of the right only when it was not stated', () => {
    const values = {
      applicant: { kind: 'organisation', name: '天津某商贸有限公司', idNumber, creditCode: '91120103MA05L2XY3K', representative: '钱总' },
      act: {
        kind: 'licensing',
        madeOn: dayjs('2026-10-01'),
        learnedOn: dayjs('2026-10-02'),
        rightsStated: true,
        learnedOfRightsOn: dayjs('2026-10-03'),
      },
    };
    const prefill = buildPrefill('reconsideration', values, reconFields);
    expect(prefill).toEqual({
      applicant: { kind: 'organisation', name: '天津某商贸有限公司', creditCode: '91120103MA05L2XY3K', representative: '钱总' },
      act: { kind: 'licensing', madeOn: '2026-10-01', learnedOn: '2026-10-02', rightsStated: true },
    });
    expect(applicantSchema.safeParse(prefill.applicant).error?.issues).toBeUndefined();
    const unstated = buildPrefill('reconsideration', { act: { ...values.act, rightsStated: false } }, reconFields);
    expect(unstated.act).toEqual({
      kind: 'licensing',
      madeOn: '2026-10-01',
      learnedOn: '2026-10-02',
      rightsStated: false,
      learnedOfRightsOn: '2026-10-03',
    });
    expect(actSchema.safeParse(unstated.act).error?.issues).toBeUndefined();
  });
});

describe('prefillStart and prefillField', () => {
  const ticket = { callerName: '李建军', question: '老板拖欠工资怎么办？' } as TicketDetail;

  it('starts mediation with both sides, the caller as the applicant', () => {
    expect(prefillStart('mediation', mediationFields, ticket)).toEqual({
      facts: '老板拖欠工资怎么办？',
      parties: [
        { role: 'applicant', kind: 'person', name: '李建军' },
        { role: 'respondent', kind: 'person' },
      ],
    });
  });

  it('starts reconsideration with the caller as a person applicant and the right to apply not stated', () => {
    expect(prefillStart('reconsideration', reconFields, ticket)).toEqual({
      applicant: { kind: 'person', name: '李建军' },
      act: { rightsStated: false },
      factsAndReasons: '老板拖欠工资怎么办？',
    });
  });

  it('starts legal aid with the applicant’s name and the summary, no opposing party row', () => {
    expect(prefillStart('legalAid', legalAidFields, ticket)).toEqual({
      matterSummary: '老板拖欠工资怎么办？',
      applicant: { name: '李建军' },
      opponents: [],
    });
  });

  it('has an input for every structured field of the three targets, none of them JSON text', () => {
    const kinds = [
      ...legalAidFields.map((f) => prefillField('legalAid', f).input.kind),
      ...mediationFields.map((f) => prefillField('mediation', f).input.kind),
      ...reconFields.map((f) => prefillField('reconsideration', f).input.kind),
    ];
    expect(kinds.filter((k) => k === 'shape')).toHaveLength(4);
    expect(prefillField('mediation', 'parties').label.zh).toBe('当事人');
    expect(prefillField('reconsideration', 'act').label.zh).toBe('被申请复议的行政行为');
  });
});
