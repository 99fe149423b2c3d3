import { CalendarProbe } from './calendar-probe';
import type { HolidayCalendar } from './holiday-types';
import { addDays, diffDays, parseLocalDate, type LocalDate } from './local-date';
import type { ProvisionalReason } from './period-types';
import { countWorkdaysBetween } from './workday-count';

/** Issue 3 §3: an open deadline is "due soon" when at most 3 working days are left (a platform rule, not a statutory one). */
export const DUE_SOON_WORKDAYS = 3;

export type DeadlineStatusKind = 'normal' | 'dueSoon' | 'overdue';

export interface DeadlineStatus {
  readonly status: DeadlineStatusKind;
  /** Working days from today through the due date, both included (today counts while it is a working day); 0 when overdue. */
  readonly remainingWorkdays: number;
  /** Natural days from today to the due date (negative when overdue). */
  readonly remainingDays: number;
  /** When overdue: working days elapsed after the due date, up to and including today. */
  readonly overdueWorkdays: number;
  readonly provisional: boolean;
  readonly provisionalReasons: readonly ProvisionalReason[];
}

/**
 * The status of an open deadline for the workflow and todo lists. A period ends at 24:00 of its due
 * day (民法典 第二百零三条第二款), so the due day itself is not overdue.
 */
export function deadlineStatus(
  dueDate: LocalDate,
  today: LocalDate,
  calendar: HolidayCalendar,
  dueSoonWorkdays = DUE_SOON_WORKDAYS,
): DeadlineStatus {
  const due = parseLocalDate(dueDate);
  const now = parseLocalDate(today);
  const probe = new CalendarProbe(calendar);
  const remainingDays = diffDays(now, due);
  if (remainingDays < 0) {
    probe.touchRange(addDays(due, 1), now);
    const reasons = probe.provisionalReasons();
    const overdueWorkdays = countWorkdaysBetween(addDays(due, 1), now, calendar);
    return {
      status: 'overdue',
      remainingWorkdays: 0,
      remainingDays,
      overdueWorkdays,
      provisional: reasons.length > 0,
      provisionalReasons: reasons,
    };
  }
  probe.touchRange(now, due);
  const reasons = probe.provisionalReasons();
  const remainingWorkdays = countWorkdaysBetween(now, due, calendar);
  const status: DeadlineStatusKind = remainingWorkdays <= dueSoonWorkdays ? 'dueSoon' : 'normal';
  return { status, remainingWorkdays, remainingDays, overdueWorkdays: 0, provisional: reasons.length > 0, provisionalReasons: reasons };
}

/** What a case view shows of a deadline (the status without the provisional reasons); null without a due date. */
export interface DeadlineSummary {
  status: DeadlineStatusKind;
  remainingWorkdays: number;
  remainingDays: number;
  overdueWorkdays: number;
  provisional: boolean;
}

/** The deadline of a case view (case lists and details of every module): `deadlineStatus` of a stored due date. */
export function deadlineView(due: string | null, today: LocalDate, calendar: HolidayCalendar): DeadlineSummary | null {
  if (!due) return null;
  const d = deadlineStatus(parseLocalDate(due), today, calendar);
  return {
    status: d.status,
    remainingWorkdays: d.remainingWorkdays,
    remainingDays: d.remainingDays,
    overdueWorkdays: d.overdueWorkdays,
    provisional: d.provisional,
  };
}
