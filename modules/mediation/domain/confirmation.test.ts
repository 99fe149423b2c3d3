import { officialHolidayCalendar } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { checkConfirmationApplication, competentCourt, confirmationWindow, isWithinWindow, reminderDay } from './confirmation';

const cal = officialHolidayCalendar;
const sides = [
  { role: 'applicant', partyIds: ['a1'] },
  { role: 'respondent', partyIds: ['r1', 'r2'] },
];

describe('judicial-confirmation window (人民调解法 第三十三条; 民事诉讼法 第八十五条)', () => {
  it.each<[string, string, string]>([
    ['an ordinary working day: day 30 after the day of effect', '2025-03-03', '2025-04-02'],
    ['day 30 on a Saturday moves to Monday', '2025-05-09', '2025-06-09'],
    ['day 30 in the National Day + Mid-Autumn break 2025 moves to 10-09', '2025-09-05', '2025-10-09'],
    ['day 30 on the 2025-10-11 make-up Saturday stays (a working day)', '2025-09-11', '2025-10-11'],
    ['day 30 in Spring Festival 2026 moves past the holiday', '2026-01-17', '2026-02-24'],
    ['day 30 in Spring Festival 2025 (2025-01-29) moves to 02-05', '2024-12-30', '2025-02-05'],
    ['crossing a holiday inside the period does not extend it (natural days)', '2025-09-20', '2025-10-20'],
  ])('%s', (_, effectiveOn, lastDay) => {
    const w = confirmationWindow(effectiveOn, cal);
    expect(w.lastDay).toBe(lastDay);
    expect(w.explanation.zh.length).toBeGreaterThan(0);
    expect(w.explanation.zh.join('')).toContain('人民调解法');
  });

  it('open from the day of effect through the last day, closed after', () => {
    const w = confirmationWindow('2025-09-05', cal);
    expect(isWithinWindow(w, '2025-09-05')).toBe(true);
    expect(isWithinWindow(w, '2025-10-09')).toBe(true);
    expect(isWithinWindow(w, '2025-10-10')).toBe(false);
    expect(isWithinWindow(w, '2025-09-04')).toBe(false);
  });

  it('reminds N natural days before the last day, never before the day of effect', () => {
    const w = confirmationWindow('2025-03-03', cal);
    expect(reminderDay(w, 5)).toBe('2025-03-28');
    expect(reminderDay(w, 60)).toBe('2025-03-03');
  });
});

describe('the joint application', () => {
  const w = confirmationWindow('2025-09-05', cal);
  it('one side only → MED_CONFIRMATION_JOINT_REQUIRED', () => {
    expect(checkConfirmationApplication({ window: w, appliedOn: '2025-09-10', sides, applicantPartyIds: ['a1'] })).toMatchObject({
      code: 'MED_CONFIRMATION_JOINT_REQUIRED',
      field: 'applicantPartyIds',
    });
    expect(checkConfirmationApplication({ window: w, appliedOn: '2025-09-10', sides, applicantPartyIds: ['r1', 'r2'] })?.code).toBe(
      'MED_CONFIRMATION_JOINT_REQUIRED',
    );
  });
  it('both sides (one of two respondents suffices for the side) within the window → ok', () => {
    expect(checkConfirmationApplication({ window: w, appliedOn: '2025-10-09', sides, applicantPartyIds: ['a1', 'r2'] })).toBeNull();
  });
  it('after the last day → MED_CONFIRMATION_WINDOW_CLOSED on appliedOn', () => {
    expect(checkConfirmationApplication({ window: w, appliedOn: '2025-10-10', sides, applicantPartyIds: ['a1', 'r1'] })).toMatchObject({
      code: 'MED_CONFIRMATION_WINDOW_CLOSED',
      field: 'appliedOn',
    });
  });
  it('before the agreement took effect → MED_CONFIRMATION_BEFORE_EFFECT', () => {
    expect(checkConfirmationApplication({ window: w, appliedOn: '2025-09-01', sides, applicantPartyIds: ['a1', 'r1'] })?.code).toBe(
      'MED_CONFIRMATION_BEFORE_EFFECT',
    );
  });
  it('an agreement with a single side cannot be confirmed jointly', () => {
    expect(checkConfirmationApplication({ window: w, appliedOn: '2025-09-10', sides: [sides[0]!], applicantPartyIds: ['a1'] })?.code).toBe(
      'MED_CONFIRMATION_JOINT_REQUIRED',
    );
  });
});

describe('the competent court (民事诉讼法 第二百零五条)', () => {
  it('a court referral goes back to the referring court', () => {
    expect(competentCourt({ courtReferred: true, referringCourt: '河西区人民法院', chosenCourt: null, chosenBasis: null })).toEqual({
      court: '河西区人民法院',
      basis: 'referringCourt',
    });
    expect(
      competentCourt({ courtReferred: true, referringCourt: '河西区人民法院', chosenCourt: '南开区人民法院', chosenBasis: null }),
    ).toMatchObject({ code: 'MED_CONFIRMATION_COURT_MISMATCH', field: 'courtName' });
  });
  it('otherwise the chosen basic court, by default of the committee’s location; none → required', () => {
    expect(competentCourt({ courtReferred: false, referringCourt: null, chosenCourt: '南开区人民法院', chosenBasis: null })).toEqual({
      court: '南开区人民法院',
      basis: 'committeeLocation',
    });
    expect(competentCourt({ courtReferred: false, referringCourt: null, chosenCourt: null, chosenBasis: null })).toMatchObject({
      code: 'MED_CONFIRMATION_COURT_REQUIRED',
    });
  });
});
