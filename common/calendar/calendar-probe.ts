import { dayInfo, missingSchedulesFor } from './holiday-calendar';
import type { DayInfo, HolidayCalendar } from './holiday-types';
import { dateParts, type LocalDate } from './local-date';
import type { ProvisionalReason, ScheduleNoticeRef } from './period-types';

/**
 * Looks days up in a calendar and remembers which schedule years the computation depended on, so
 * that a result touching an unmaintained year is marked provisional — never silently.
 */
export class CalendarProbe {
  private readonly missingDirect = new Set<number>();
  private readonly missingViaDecember = new Set<number>();
  private readonly consultedYears = new Set<number>();

  constructor(readonly calendar: HolidayCalendar) {}

  /** Classifies a day whose status decides the result, recording the schedules it depends on. */
  day(date: LocalDate): DayInfo {
    const { year } = dateParts(date);
    for (const missing of missingSchedulesFor(date, this.calendar)) {
      if (missing === year) this.missingDirect.add(missing);
      else this.missingViaDecember.add(missing);
    }
    if (this.calendar.years[year]) this.consultedYears.add(year);
    return dayInfo(date, this.calendar);
  }

  /** Records the schedules that every day of `from` … `to` depends on, without classifying each day. */
  touchRange(from: LocalDate, to: LocalDate): void {
    const first = dateParts(from).year;
    const last = dateParts(to).year;
    for (let year = first; year <= last; year++) {
      const yearEnd = `${String(year).padStart(4, '0')}-12-31` as LocalDate;
      this.day(year === first ? from : (`${String(year).padStart(4, '0')}-01-01` as LocalDate));
      this.day(year === last ? to : yearEnd);
    }
  }

  /** Classifies a day for information only (it does not affect the result). */
  peek(date: LocalDate): DayInfo {
    return dayInfo(date, this.calendar);
  }

  notices(): ScheduleNoticeRef[] {
    return [...this.consultedYears].sort().map((year) => {
      const source = this.calendar.years[year]?.source;
      return {
        year,
        title: source?.title ?? '',
        ...(source?.documentNumber === undefined ? {} : { documentNumber: source.documentNumber }),
      };
    });
  }

  provisionalReasons(): ProvisionalReason[] {
    const years = [...new Set([...this.missingDirect, ...this.missingViaDecember])].sort();
    return years.map((year) => ({ year, text: this.missingDirect.has(year) ? missingYearText(year) : lateDecemberText(year) }));
  }
}

function missingYearText(year: number): ProvisionalReason['text'] {
  return {
    zh: `${year}年放假安排尚未维护（国务院办公厅一般于上一年11月前后公布，由管理员录入），该年的日期暂仅按周六、周日休息推算，本结果为临时结果，安排录入后须重新计算。`,
    en: `The ${year} holiday schedule is not maintained yet (the State Council General Office usually publishes it around November of the year before; an administrator enters it). Days of ${year} were counted with only Saturdays and Sundays as rest days, so this result is provisional and must be recomputed once the schedule is entered.`,
  };
}

function lateDecemberText(year: number): ProvisionalReason['text'] {
  return {
    zh: `${year}年放假安排尚未维护；该安排可能调整${year - 1}年12月下旬的休息日和上班日（如2019年的安排曾将2018年12月29日调为上班），本结果为临时结果。`,
    en: `The ${year} holiday schedule is not maintained yet, and it may rearrange the last days of December ${year - 1} (the 2019 schedule made 29 December 2018 a working day), so this result is provisional.`,
  };
}
