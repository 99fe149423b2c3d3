import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { intakeBodySchema } from '../../../../contract/intake';
import { type IntakeValues, toIntakeRequest } from './intake-form';

const base: IntakeValues = {
  channel: 'walkIn',
  receivedOn: dayjs('2026-03-02'),
  applicant: { kind: 'person', name: ' 张三 ', idNumber: '11010519491231002X', phone: '', address: ' 河西区友谊路 1 号 ' },
  agents: [{ name: '李律师', agentKind: 'lawyer', authorisationLetterAttachmentId: '01M8J085YS4EM93YGDVAN8B4E8' }],
  respondentMode: 'pick',
  respondentOrgId: '01M8HZJ5PBQKTFT44SXQM74XRN',
  respondentName: 'ignored while picking',
  act: {
    kind: 'penalty',
    madeOn: dayjs('2026-01-05'),
    learnedOn: dayjs('2026-01-06'),
    rightsStated: false,
    learnedOfRightsOn: dayjs('2026-02-01'),
  },
  requests: '撤销处罚决定',
  factsAndReasons: '事实不清',
};

describe('toIntakeRequest', () => {
  it('builds a body the contract accepts: ISO dates, trimmed text, empty optionals left out', () => {
    const body = toIntakeRequest(base);
    expect(intakeBodySchema.safeParse(body).success).toBe(true);
    expect(body.receivedOn).toBe('2026-03-02');
    expect(body.applicant).toEqual({
      kind: 'person',
      name: '张三',
      idNumber: '11010519491231002X',
      phone: undefined,
      address: '河西区友谊路 1 号',
    });
    expect(body.act.learnedOfRightsOn).toBe('2026-02-01');
    expect(body.respondentName).toBeUndefined();
  });

  it('sends the typed respondent name instead of an organisation when entered by hand', () => {
    const body = toIntakeRequest({ ...base, respondentMode: 'free', respondentName: ' 某街道办事处 ' });
    expect(body.respondentOrgId).toBeUndefined();
    expect(body.respondentName).toBe('某街道办事处');
  });

  it('drops the forwarding fields unless the channel is forwarding, and the rights date when rights were stated', () => {
    const body = toIntakeRequest({ ...base, forwardedBy: '某交警支队', act: { ...base.act, rightsStated: true } });
    expect(body.forwardedBy).toBeUndefined();
    expect(body.act.learnedOfRightsOn).toBeUndefined();
    const fwd = toIntakeRequest({ ...base, channel: 'forwarded', forwardedBy: '某交警支队', forwardedOn: dayjs('2026-03-01') });
    expect(fwd.forwardedBy).toBe('某交警支队');
    expect(fwd.forwardedOn).toBe('2026-03-01');
  });

  it('sends an organisation applicant with its credit code and representative', () => {
    const body = toIntakeRequest({
      ...base,
      applicant: { kind: 'organisation', name: '天津某公司', creditCode: '91120103MA05L0XX1X', representative: '王五' },
    });
    expect(body.applicant).toMatchObject({ kind: 'organisation', creditCode: '91120103MA05L0XX1X', representative: '王五' });
  });
});
