import { createHolidayCalendar } from './holiday-calendar';
import type { HolidayCalendar } from './holiday-types';
import { holidays2020 } from './holidays-data-2020';
import { holidays2021 } from './holidays-data-2021';
import { holidays2022 } from './holidays-data-2022';
import { holidays2023 } from './holidays-data-2023';
import { holidays2024 } from './holidays-data-2024';
import { holidays2025 } from './holidays-data-2025';
import { holidays2026 } from './holidays-data-2026';

/** Bump when any shipped year changes, so that deadlines record which data they used. */
export const OFFICIAL_CALENDAR_VERSION = 'cn-official-2020-2026.1';

/**
 * The national schedule of rest days and 调休 make-up working days for 2020–2026, from the State
 * Council General Office's yearly notices (全国年节及纪念日放假办法 第二、六、七条). Later years are
 * entered by administrators and merged with `mergeHolidayCalendars`.
 */
export const officialHolidayCalendar: HolidayCalendar = createHolidayCalendar(OFFICIAL_CALENDAR_VERSION, [
  holidays2020,
  holidays2021,
  holidays2022,
  holidays2023,
  holidays2024,
  holidays2025,
  holidays2026,
]);
