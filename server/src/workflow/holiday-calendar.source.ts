import type { HolidayCalendar } from '@tianping/common/calendar/index';
import { getHolidayCalendar } from '../calendar/calendar.service';
import type { DbOrTrx } from '../db/database';

/**
 * The holiday calendar deadlines are computed with: the shipped official schedules merged with
 * the years administrators entered (server/src/calendar). Pass the open transaction when there is
 * one (SQLite has a single connection). Its `version` is stored on every timer.
 */
export async function platformHolidayCalendar(db: DbOrTrx): Promise<HolidayCalendar> {
  return (await getHolidayCalendar(db)).calendar;
}
