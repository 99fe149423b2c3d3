/**
 * Service levels counted in working hours (pure). The hotline's online consultations are answered
 * within N working hours — a LOCAL, configurable rule (no law sets it; settings
 * `consultationAnswerWorkingHours`). Office hours 09:00–17:00 Beijing time on working days (the
 * official calendar with holidays and make-up days, passed in as `isWorkday`).
 */

export const officeHours = { startMinute: 9 * 60, endMinute: 17 * 60 } as const;

const minute = 60_000;
const day = 86_400_000;
/** Beijing is UTC+8 all year. */
const beijingOffset = 8 * 60 * minute;

function dateOf(epochDay: number): string {
  return new Date(epochDay * day).toISOString().slice(0, 10);
}

/** The instant `hours` working hours after `from` (counting starts at the next office minute). */
export function addWorkingHours(from: Date, hours: number, isWorkday: (date: string) => boolean): Date {
  let remaining = Math.round(hours * 60) * minute;
  let local = from.getTime() + beijingOffset;
  for (let i = 0; i < 3660; i++) {
    const d = Math.floor(local / day);
    if (isWorkday(dateOf(d))) {
      const open = d * day + officeHours.startMinute * minute;
      const close = d * day + officeHours.endMinute * minute;
      const start = Math.max(local, open);
      if (start < close) {
        if (remaining <= close - start) return new Date(start + remaining - beijingOffset);
        remaining -= close - start;
      }
    }
    local = (d + 1) * day;
  }
  throw new Error('No working hours within ten years');
}

/** Working hours elapsed between two instants (0 when `to` ≤ `from`). */
export function workingHoursBetween(from: Date, to: Date, isWorkday: (date: string) => boolean): number {
  let total = 0;
  let local = from.getTime() + beijingOffset;
  const end = to.getTime() + beijingOffset;
  while (local < end) {
    const d = Math.floor(local / day);
    if (isWorkday(dateOf(d))) {
      const open = d * day + officeHours.startMinute * minute;
      const close = Math.min(d * day + officeHours.endMinute * minute, end);
      const start = Math.max(local, open);
      if (start < close) total += close - start;
    }
    local = (d + 1) * day;
  }
  return total / (60 * minute);
}
