import {
  mergeHolidayCalendars,
  officialHolidayCalendar,
  type HolidayCalendar,
  type YearScheduleInput,
} from '@tianping/common/calendar/index';
import type { DbOrTrx } from '../db/database';
import { findVersion, latestVersionId } from './calendar.repository';
import { adminVersionLabel } from './calendar-snapshot';

export interface VersionedCalendar {
  calendar: HolidayCalendar;
  version: string;
  /** The administrators' calendar version id (0: only the shipped calendar). */
  versionId: number;
}

/**
 * Built calendars per database handle, keyed by the calendar version id. Other processes write
 * new versions too; each call checks the latest id (one indexed max()) and rebuilds only when it
 * changed, so a year entered through any process is seen by all of them on their next call.
 */
const cache = new WeakMap<object, VersionedCalendar>();
const byVersion = new WeakMap<object, Map<number, VersionedCalendar>>();

function build(id: number, hash: string, snapshot: string): VersionedCalendar {
  const years = JSON.parse(snapshot) as YearScheduleInput[];
  const calendar = mergeHolidayCalendars(officialHolidayCalendar, { version: adminVersionLabel(id, hash), years });
  return { calendar, version: calendar.version, versionId: id };
}

const shippedOnly: VersionedCalendar = { calendar: officialHolidayCalendar, version: officialHolidayCalendar.version, versionId: 0 };

/** The calendar at a given administrators' version id (0 = shipped only); undefined when no such version exists. */
export async function getHolidayCalendarAt(db: DbOrTrx, versionId: number): Promise<VersionedCalendar | undefined> {
  if (versionId === 0) return shippedOnly;
  let versions = byVersion.get(db);
  if (!versions) {
    versions = new Map();
    byVersion.set(db, versions);
  }
  const hit = versions.get(versionId);
  if (hit) return hit;
  const row = await findVersion(db, versionId);
  if (!row) return undefined;
  const built = build(Number(row.id), row.snapshotHash, row.snapshot);
  versions.set(versionId, built);
  return built;
}

/** The current calendar with its id, for callers that also need the numeric version. */
export async function currentHolidayCalendar(db: DbOrTrx): Promise<VersionedCalendar> {
  const id = await latestVersionId(db);
  const cached = cache.get(db);
  if (cached && cached.versionId === id) return cached;
  const current = (await getHolidayCalendarAt(db, id)) ?? shippedOnly;
  cache.set(db, current);
  return current;
}

/**
 * The official built-in calendar (2020–2026) merged with the years administrators entered
 * (administrators take precedence), and its version string. Record `version` with every deadline
 * computed from it.
 */
export async function getHolidayCalendar(db: DbOrTrx): Promise<{ calendar: HolidayCalendar; version: string }> {
  const { calendar, version } = await currentHolidayCalendar(db);
  return { calendar, version };
}

/** Drops this handle's cached current calendar (after a write in this process). */
export function invalidateHolidayCalendar(db: DbOrTrx): void {
  cache.delete(db);
}

/** Parses the administrators' id out of a version string (`<official>+admin:<id>.<hash>`); 0 for the shipped calendar. */
export function versionIdOf(version: string): number | undefined {
  if (version === officialHolidayCalendar.version) return 0;
  const match = /\+admin:(\d+)\.[0-9a-f]+$/.exec(version);
  return match ? Number(match[1]) : undefined;
}
