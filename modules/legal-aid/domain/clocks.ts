import {
  computeDeadline,
  deadlineInputFor,
  explain,
  isBelowRemainingThreshold,
  parseLocalDate,
  type DeadlineResult,
  type HolidayCalendar,
} from '@tianping/common/calendar/index';

/**
 * The clocks of legal aid (法律援助法 has no working-day clause: natural days, a last day on a rest day
 * moves to the next working day under the general rules):
 * - 第四十三条第一款: review within 7 days of receipt; assignment within 3 days of the grant;
 * - 第三十六条: assignment within 3 days of receiving a notice;
 * - 第三十九条: forwarding within 24 hours of the facility or duty lawyer receiving the application;
 * - 第四十四条第（一）项: aid first when fewer than 7 days remain before a limitation period ends.
 * The workflow timers compute the same due dates (server/src/workflow); these are for checks and tests.
 */
export interface Explained {
  readonly result: DeadlineResult;
  readonly dueDate: string;
  readonly explanation: { readonly zh: string[]; readonly en: string[] };
}

function explained(result: DeadlineResult): Explained {
  return { result, dueDate: result.dueDate, explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') } };
}

export const reviewDue = (receivedOn: string, cal: HolidayCalendar) =>
  explained(computeDeadline(deadlineInputFor('legalAid.review', parseLocalDate(receivedOn)), cal));

export const assignmentDue = (grantedOn: string, notice: boolean, cal: HolidayCalendar) =>
  explained(
    computeDeadline(deadlineInputFor(notice ? 'legalAid.assignmentOnNotice' : 'legalAid.assignment', parseLocalDate(grantedOn)), cal),
  );

const HOUR_MS = 3_600_000;

/** 第三十九条: forwarded more than 24 hours after the forwarder received the application. */
export function forwardedLate(forwarderReceivedAt: string, forwardedAt: string): { late: boolean; hours: number } {
  const hours = (Date.parse(forwardedAt) - Date.parse(forwarderReceivedAt)) / HOUR_MS;
  return { late: hours > 24, hours: Math.round(hours * 10) / 10 };
}

/** 第四十四条第（一）项: fewer than 7 natural days remain between today and the end of the limitation period. */
export function limitationEndsSoon(today: string, limitationEndsOn: string): boolean {
  if (limitationEndsOn < today) return false;
  return isBelowRemainingThreshold('legalAid.advanceProvisionThreshold', parseLocalDate(today), parseLocalDate(limitationEndsOn));
}
