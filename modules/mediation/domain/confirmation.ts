import {
  addDays,
  computeDeadline,
  deadlineInputFor,
  explain,
  isAfter,
  isBefore,
  parseLocalDate,
  type DeadlineResult,
  type HolidayCalendar,
  type LocalDate,
} from '@tianping/common/calendar/index';

/**
 * Judicial confirmation of a people's mediation agreement (司法确认):
 * - 人民调解法 第三十三条第一款: both parties apply JOINTLY within 30 days of the agreement taking effect;
 * - 民事诉讼法 第二百零五条: the court that invited the mediation (a court referral) or else the basic court
 *   of a party's domicile, the object's location or the mediation organisation's location;
 * - 民事诉讼法 第八十五条 / 民法典 第二百零三条: natural days, the day of effect not counted, a last day that
 *   is a rest day moves to the next working day (period `mediation.judicialConfirmationApplication`).
 * Pure: the caller passes the holiday calendar (platform calendar on the server).
 */

export const CONFIRMATION_PERIOD_ID = 'mediation.judicialConfirmationApplication';

/** Days before the last day on which the mediator is reminded (local practice, not a statutory figure). */
export const DEFAULT_CONFIRMATION_REMINDER_DAYS = 5;

export interface ConfirmationWindow {
  /** The day the agreement took effect (第二十九条 / 第三十条). */
  readonly effectiveOn: LocalDate;
  /** The last day a joint application may be made. */
  readonly lastDay: LocalDate;
  readonly result: DeadlineResult;
  readonly explanation: { readonly zh: string[]; readonly en: string[] };
}

export function confirmationWindow(effectiveOn: LocalDate | string, calendar: HolidayCalendar): ConfirmationWindow {
  const start = parseLocalDate(effectiveOn);
  const result = computeDeadline(deadlineInputFor(CONFIRMATION_PERIOD_ID, start), calendar);
  return {
    effectiveOn: start,
    lastDay: result.dueDate,
    result,
    explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') },
  };
}

/** Whether an application on `day` lies in the window (the day of effect itself included; the last day included). */
export function isWithinWindow(window: ConfirmationWindow, day: LocalDate | string): boolean {
  const d = parseLocalDate(day);
  return !isBefore(d, window.effectiveOn) && !isAfter(d, window.lastDay);
}

/** The day the reminder is due: `daysBefore` natural days before the last day (never before the day of effect). */
export function reminderDay(window: ConfirmationWindow, daysBefore = DEFAULT_CONFIRMATION_REMINDER_DAYS): LocalDate {
  const day = addDays(window.lastDay, -daysBefore);
  return isBefore(day, window.effectiveOn) ? window.effectiveOn : day;
}

export type ConfirmationRuleCode = 'MED_CONFIRMATION_JOINT_REQUIRED' | 'MED_CONFIRMATION_WINDOW_CLOSED' | 'MED_CONFIRMATION_BEFORE_EFFECT';

export interface RuleBreach<C extends string> {
  readonly code: C;
  readonly field: string;
  readonly detail?: string;
}

export interface ApplicationCheckInput {
  readonly window: ConfirmationWindow;
  readonly appliedOn: LocalDate | string;
  /** The parties of the agreement by side (申请人一方 / 被申请人一方; third parties bound by it count as a side). */
  readonly sides: readonly { readonly role: string; readonly partyIds: readonly string[] }[];
  /** The parties joining the application. */
  readonly applicantPartyIds: readonly string[];
}

/**
 * 第三十三条: a joint application — at least one party of EVERY side of the agreement joins (both
 * parties, 双方当事人) — made within the window. Returns the first rule broken, or null.
 */
export function checkConfirmationApplication(input: ApplicationCheckInput): RuleBreach<ConfirmationRuleCode> | null {
  const joining = new Set(input.applicantPartyIds);
  const sides = input.sides.filter((s) => s.partyIds.length > 0);
  const missing = sides.filter((s) => !s.partyIds.some((id) => joining.has(id)));
  if (sides.length < 2 || missing.length > 0) {
    return { code: 'MED_CONFIRMATION_JOINT_REQUIRED', field: 'applicantPartyIds', detail: missing.map((s) => s.role).join(', ') };
  }
  const applied = parseLocalDate(input.appliedOn);
  if (isBefore(applied, input.window.effectiveOn)) {
    return { code: 'MED_CONFIRMATION_BEFORE_EFFECT', field: 'appliedOn', detail: `${applied} < ${input.window.effectiveOn}` };
  }
  if (isAfter(applied, input.window.lastDay)) {
    return { code: 'MED_CONFIRMATION_WINDOW_CLOSED', field: 'appliedOn', detail: `${applied} > ${input.window.lastDay}` };
  }
  return null;
}

export type CourtBasis = 'referringCourt' | 'committeeLocation' | 'partyDomicile' | 'objectLocation';

export interface CompetentCourtInput {
  /** The case came from a court (诉调对接: the court invited the mediation). */
  readonly courtReferred: boolean;
  /** The referring court's name, when referred. */
  readonly referringCourt: string | null;
  /** The court chosen by the staff otherwise, with the connecting factor. */
  readonly chosenCourt: string | null;
  readonly chosenBasis: Exclude<CourtBasis, 'referringCourt'> | null;
}

/**
 * 民事诉讼法 第二百零五条: a court-referred case goes back to the referring court (no choice); otherwise a
 * basic court connected by domicile, object or the committee's location. Returns the court and the basis,
 * or a breach naming the field.
 */
export function competentCourt(
  input: CompetentCourtInput,
):
  | { readonly court: string; readonly basis: CourtBasis }
  | RuleBreach<'MED_CONFIRMATION_COURT_REQUIRED' | 'MED_CONFIRMATION_COURT_MISMATCH'> {
  if (input.courtReferred && input.referringCourt) {
    if (input.chosenCourt && input.chosenCourt !== input.referringCourt) {
      return { code: 'MED_CONFIRMATION_COURT_MISMATCH', field: 'courtName', detail: input.referringCourt };
    }
    return { court: input.referringCourt, basis: 'referringCourt' };
  }
  if (!input.chosenCourt) return { code: 'MED_CONFIRMATION_COURT_REQUIRED', field: 'courtName' };
  return { court: input.chosenCourt, basis: input.chosenBasis ?? 'committeeLocation' };
}

export type ConfirmationRuling = 'confirmed' | 'rejected';

/** 人民调解法 第三十三条第二、三款: what a ruling means for the parties (shown with the recorded ruling). */
export const rulingConsequences: Readonly<Record<ConfirmationRuling, { zh: string; en: string; article: string }>> = {
  confirmed: {
    zh: '人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。',
    en: 'The agreement is confirmed valid: if a party does not perform, the other may apply to the court for enforcement.',
    article: '人民调解法 第三十三条第二款',
  },
  rejected: {
    zh: '人民法院依法确认调解协议无效的，当事人可以通过人民调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼。',
    en: 'The agreement is held invalid: the parties may change it or reach a new one by mediation, or sue in court.',
    article: '人民调解法 第三十三条第三款',
  },
};
