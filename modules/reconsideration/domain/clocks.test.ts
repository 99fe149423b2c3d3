import {
  computeDeadline,
  deadlineInputFor,
  officialHolidayCalendar,
  parseLocalDate,
  type ExcludedInterval,
} from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { suspensionGrounds, type SuspensionGround } from '../contract/decision-enums';
import {
  checkAgents,
  checkExtension,
  checkHearingNotice,
  checkHearingPanel,
  decisionDueDate,
  suspensionTerminationDue,
  type ExtensionRequest,
  type HearingPanel,
} from './clocks';
import { ReconsiderationError } from './reconsideration-error';

const d = parseLocalDate;
const cal = officialHolidayCalendar;
const due = (id: string, start: string, excluded: ExcludedInterval[] = []) =>
  computeDeadline(deadlineInputFor(id, d(start), excluded.length > 0 ? { excluded } : {}), cal).dueDate;

function expectError(run: () => unknown, code: string, field?: string): void {
  expect(run).toThrow(ReconsiderationError);
  try {
    run();
  } catch (err) {
    expect(err).toMatchObject(field === undefined ? { code } : { code, field });
  }
}

describe('catalogue periods of the case over the real 2025–2026 holidays', () => {
  it.each<[string, string, string, string]>([
    [
      'acceptance review across National Day + Mid-Autumn 2025 (09-28 make-up Sunday counts)',
      'reconsideration.acceptanceReview',
      '2025-09-26',
      '2025-10-10',
    ],
    [
      'correction notice from the last day before the break (10-11 make-up Saturday counts)',
      'reconsideration.correctionNotice',
      '2025-09-30',
      '2025-10-14',
    ],
    [
      'applicant’s 10-working-day correction across Spring Festival 2026',
      'reconsideration.correctionSubmission',
      '2026-02-10',
      '2026-03-02',
    ],
    [
      'respondent’s 10-working-day reply across National Day 2025 (both make-up days count)',
      'reconsideration.respondentReply',
      '2025-09-25',
      '2025-10-15',
    ],
    [
      'simplified copy to the respondent (3 working days) over New Year 2026 (01-04 make-up Sunday)',
      'reconsideration.simplifiedCopyToRespondent',
      '2025-12-31',
      '2026-01-06',
    ],
  ])('%s', (_label, id, start, expected) => {
    expect(due(id, start)).toBe(expected);
  });

  it('the correction time is not counted in the decision period (实施条例 第二十九条), across Spring Festival 2026', () => {
    const excluded: ExcludedInterval[] = [{ kind: 'correction', from: d('2026-02-01'), to: d('2026-02-10') }];
    expect(due('reconsideration.decisionOrdinary', '2026-01-20')).toBe('2026-03-23');
    expect(due('reconsideration.decisionOrdinary', '2026-01-20', excluded)).toBe('2026-03-31');
  });
});

describe('decisionDueDate (第六十二条)', () => {
  it('ordinary: 60 days from 2025-11-20 cross the year end to 2026-01-19', () => {
    const { result } = decisionDueDate({ procedure: 'ordinary', acceptedOn: d('2025-11-20') }, cal);
    expect(result.dueDate).toBe('2026-01-19');
  });

  it('extended by 30 days: 2026-02-18 falls in Spring Festival 2026 and moves to 02-24', () => {
    const { result, explanation } = decisionDueDate(
      { procedure: 'ordinary', acceptedOn: d('2025-11-20'), extensions: [{ days: 30, approvedOn: d('2026-01-12') }] },
      cal,
    );
    expect(result.dueDate).toBe('2026-02-24');
    expect(explanation.zh.join('\n')).toContain('第六十二条第一款');
    expect(explanation.en.join('\n')).toContain('Spring Festival');
  });

  it('two extensions of 10 and 20 days add up to 30', () => {
    const { result } = decisionDueDate(
      {
        procedure: 'ordinary',
        acceptedOn: d('2025-11-20'),
        extensions: [
          { days: 10, approvedOn: d('2026-01-12') },
          { days: 20, approvedOn: d('2026-01-26') },
        ],
      },
      cal,
    );
    expect(result.dueDate).toBe('2026-02-24');
  });

  it('simplified: 30 days from 2025-09-05 end on 10-05 and move past National Day to 10-09', () => {
    expect(decisionDueDate({ procedure: 'simplified', acceptedOn: d('2025-09-05') }, cal).result.dueDate).toBe('2025-10-09');
  });

  it('rejects an extension beyond 30 days or on the simplified procedure', () => {
    const ext = (days: number) => ({ days, approvedOn: d('2026-01-12') });
    expectError(
      () => decisionDueDate({ procedure: 'ordinary', acceptedOn: d('2025-11-20'), extensions: [ext(20), ext(11)] }, cal),
      'RECON_EXTENSION_EXCEEDED',
    );
    expectError(
      () => decisionDueDate({ procedure: 'simplified', acceptedOn: d('2025-11-20'), extensions: [ext(5)] }, cal),
      'RECON_EXTENSION_NOT_ALLOWED',
    );
  });
});

describe('checkExtension (第六十二条第一款)', () => {
  it.each<[Partial<ExtensionRequest>, number, number]>([
    [{ requestedDays: 30 }, 30, 0],
    [{ alreadyExtendedDays: 10, requestedDays: 20 }, 30, 0],
    [{ requestedDays: 15 }, 15, 15],
  ])('allows %o', (patch, totalDays, remainingDays) => {
    expect(checkExtension({ procedure: 'ordinary', alreadyExtendedDays: 0, requestedDays: 1, ...patch })).toEqual({
      totalDays,
      remainingDays,
    });
  });

  it.each<[Partial<ExtensionRequest>, string, string]>([
    [{ requestedDays: 31 }, 'RECON_EXTENSION_EXCEEDED', 'days'],
    [{ alreadyExtendedDays: 20, requestedDays: 11 }, 'RECON_EXTENSION_EXCEEDED', 'days'],
    [{ alreadyExtendedDays: 30, requestedDays: 1 }, 'RECON_EXTENSION_EXCEEDED', 'days'],
    [{ requestedDays: 0 }, 'RECON_EXTENSION_DAYS_INVALID', 'days'],
    [{ requestedDays: 2.5 }, 'RECON_EXTENSION_DAYS_INVALID', 'days'],
    [{ procedure: 'simplified', requestedDays: 5 }, 'RECON_EXTENSION_NOT_ALLOWED', 'procedure'],
  ])('rejects %o', (patch, code, field) => {
    expectError(() => checkExtension({ procedure: 'ordinary', alreadyExtendedDays: 0, requestedDays: 1, ...patch }), code, field);
  });
});

describe('checkHearingNotice (第五十一条第一款, 五日 = working days)', () => {
  it.each<[string, string, string]>([
    ['hearing Monday 2025-10-13: five working days 09-29, 09-30, 10-09, 10-10, 10-11 (make-up) lie between', '2025-10-13', '2025-09-28'],
    ['hearing Friday 2025-03-14: 03-07 and 03-10 … 03-13 lie between, notice by Thursday 03-06', '2025-03-14', '2025-03-06'],
    ['hearing Wednesday 2026-02-25 after Spring Festival: 02-24, 02-14 (make-up), 02-13, 02-12, 02-11 between', '2026-02-25', '2026-02-10'],
  ])('%s', (_label, hearingOn, latest) => {
    const ok = checkHearingNotice({ noticeServedOn: d(latest), hearingOn: d(hearingOn) }, cal);
    expect(ok.latestNoticeDay).toBe(latest);
    expect(ok.explanation.zh.join('\n')).toContain('第五十一条第一款');
  });

  it('rejects a notice served one day too late', () => {
    expectError(
      () => checkHearingNotice({ noticeServedOn: d('2025-09-29'), hearingOn: d('2025-10-13') }, cal),
      'RECON_HEARING_NOTICE_TOO_LATE',
      'noticeServedOn',
    );
  });
});

describe('suspensionTerminationDue (第四十一条第（五）项)', () => {
  it.each<[SuspensionGround, string, string | null, string | null]>([
    ['applicantDied', '2025-08-02', '2025-10-01', '2025-10-02'],
    ['lostCapacity', '2025-12-15', '2026-02-13', '2026-02-14'],
    ['organisationEnded', '2026-01-01', '2026-03-02', '2026-03-03'],
  ])('%s suspended on %s lapses on %s (not shifted for holidays)', (ground, suspendedOn, lapsesOn, terminableFrom) => {
    const lapse = suspensionTerminationDue({ ground, suspendedOn: d(suspendedOn) }, cal);
    expect(lapse?.lapsesOn).toBe(lapsesOn);
    expect(lapse?.terminableFrom).toBe(terminableFrom);
  });

  it('is null for the other seven grounds', () => {
    const others = suspensionGrounds.filter((g) => !['applicantDied', 'lostCapacity', 'organisationEnded'].includes(g));
    expect(others).toHaveLength(7);
    for (const ground of others) expect(suspensionTerminationDue({ ground, suspendedOn: d('2025-08-02') }, cal)).toBeNull();
  });
});

describe('checkHearingPanel (第五十条第三款)', () => {
  const panel = (patch: Partial<HearingPanel>): HearingPanel => ({ presiding: 'p', officers: ['a', 'b'], clerk: 'c', ...patch });
  it('accepts 1 + 2 + 1 and 1 + 3 + 1', () => {
    expect(() => checkHearingPanel(panel({}))).not.toThrow();
    expect(() => checkHearingPanel(panel({ officers: ['a', 'b', 'e'] }))).not.toThrow();
  });
  it.each<[string, Partial<HearingPanel>, string]>([
    ['no presiding officer', { presiding: null }, 'presiding'],
    ['one hearing officer', { officers: ['a'] }, 'officers'],
    ['no clerk', { clerk: '' }, 'clerk'],
    ['the clerk is also a hearing officer', { clerk: 'a' }, 'officers'],
    ['the presiding officer twice', { officers: ['p', 'b'] }, 'officers'],
  ])('rejects %s', (_label, patch, field) => {
    expectError(() => checkHearingPanel(panel(patch)), 'RECON_HEARING_PANEL_INVALID', field);
  });
});

describe('checkAgents (第十七条)', () => {
  it('accepts none, one or two agents with letters', () => {
    expect(() => checkAgents([])).not.toThrow();
    expect(() => checkAgents([{ authorisationLetterAttachmentId: 'x' }, { authorisationLetterAttachmentId: 'y' }])).not.toThrow();
  });
  it('rejects a third agent and a missing letter', () => {
    const three = [1, 2, 3].map((n) => ({ authorisationLetterAttachmentId: String(n) }));
    expectError(() => checkAgents(three), 'RECON_TOO_MANY_AGENTS', 'agents');
    expectError(
      () => checkAgents([{ authorisationLetterAttachmentId: 'x' }, { authorisationLetterAttachmentId: null }]),
      'RECON_AGENT_LETTER_MISSING',
      'agents.1.authorisationLetterAttachmentId',
    );
    expectError(
      () => checkAgents([{}], 'thirdParties.0.agents'),
      'RECON_AGENT_LETTER_MISSING',
      'thirdParties.0.agents.0.authorisationLetterAttachmentId',
    );
  });
});
