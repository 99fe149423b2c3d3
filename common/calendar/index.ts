/** The calendar and statutory-period engine (pure): import from `@tianping/common/calendar/index`. */
export * from './calendar-errors';
export * from './chinese-date-format';
export * from './deadline-status';
export { explain } from './explain';
export * from './festivals';
export * from './holiday-calendar';
export type * from './holiday-types';
export * from './legal-basis';
export * from './local-date';
export * from './local-date-time';
export * from './official-holidays';
export { periodLaw } from './period-law';
export type * from './period-types';
export { computeDeadline } from './periods';
export type * from './statutory-period-types';
export * from './statutory-periods';
export { countWorkdaysBetween } from './workday-count';
