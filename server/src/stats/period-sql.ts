import { addDays, parseLocalDate } from '@tianping/common/calendar/index';
import { sql, type RawBuilder } from 'kysely';

/** Statistics count days in China Standard Time (UTC+8, no daylight saving), the bureau's working day. */
const CST_OFFSET_HOURS = 8;
const HOUR_MS = 3_600_000;

/** The UTC instant at which a local date begins in China Standard Time. */
export function startOfLocalDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - CST_OFFSET_HOURS * HOUR_MS).toISOString();
}

/** Half-open instant range [from 00:00, day after `to` 00:00) in China Standard Time. */
export function instantRange(from: string, to: string): { fromInstant: string; toInstant: string } {
  return { fromInstant: startOfLocalDay(from), toInstant: startOfLocalDay(addDays(parseLocalDate(to), 1)) };
}

/**
 * The local day (`YYYY-MM-DD`) or month (`YYYY-MM`) of an instant column, on either dialect:
 * instants are `timestamptz` on PostgreSQL and ISO-8601 UTC text on SQLite.
 */
export function localBucket(dialect: 'sqlite' | 'postgres', column: string, unit: 'day' | 'month'): RawBuilder<string> {
  const ref = sql.ref(column);
  if (dialect === 'postgres') {
    const format = unit === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM';
    return sql<string>`to_char(${ref} at time zone 'Asia/Shanghai', ${sql.lit(format)})`;
  }
  const length = unit === 'day' ? 10 : 7;
  return sql<string>`substr(date(${ref}, ${sql.lit(`+${CST_OFFSET_HOURS} hours`)}), 1, ${sql.lit(length)})`;
}
