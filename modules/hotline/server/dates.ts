/** Beijing time (UTC+8, no daylight saving) day boundaries as UTC instants, for range filters. */
export function beijingDayStart(day: string, plusDays = 0): string {
  const d = new Date(`${day}T00:00:00.000+08:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

/** Whole days from `from` to `to` (LocalDates), inclusive of both. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
