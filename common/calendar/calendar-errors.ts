import { defineErrorCodes, type ErrorText } from '../errors/codes';

/**
 * Errors of the calendar and period engine. They are all bad input (HTTP 400 when they
 * reach the API): a date that does not exist, a range that ends before it starts, a period
 * with a non-positive amount, a schedule year entered twice.
 */
export const calendarErrors = defineErrorCodes({
  CALENDAR_INVALID_DATE: {
    kind: 'Invalid',
    zh: '日期不存在或格式不正确（应为 YYYY-MM-DD）',
    en: 'The date does not exist or is not YYYY-MM-DD',
  },
  CALENDAR_INVALID_TIME: { kind: 'Invalid', zh: '时间格式不正确（应为 HH:mm）', en: 'The time is not HH:mm' },
  CALENDAR_INVALID_RANGE: { kind: 'Invalid', zh: '区间的结束日期早于开始日期', en: 'The range ends before it starts' },
  CALENDAR_INVALID_PERIOD: { kind: 'Invalid', zh: '期间数据不正确', en: 'The period is invalid' },
  CALENDAR_INVALID_SCHEDULE: { kind: 'Invalid', zh: '放假安排数据不正确', en: 'The holiday schedule is invalid' },
  CALENDAR_DUPLICATE_YEAR: { kind: 'Invalid', zh: '同一年度的放假安排重复录入', en: 'The same year was entered twice' },
  CALENDAR_UNKNOWN_PERIOD: { kind: 'Invalid', zh: '未知的法定期间编号', en: 'Unknown statutory period id' },
});

export type CalendarErrorCode = keyof typeof calendarErrors;

/** A typed error carrying a stable code, a bilingual message and the offending detail. */
export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  readonly messageZh: string;
  readonly detail: string;

  constructor(code: CalendarErrorCode, detail: string, text?: Partial<ErrorText>) {
    const def = calendarErrors[code];
    const en = text?.en ?? def.en;
    super(`${en}: ${detail}`);
    this.name = 'CalendarError';
    this.code = code;
    this.messageZh = `${text?.zh ?? def.zh}：${detail}`;
    this.detail = detail;
  }
}
