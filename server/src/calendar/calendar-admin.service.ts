import {
  CalendarError,
  localDateAt,
  mergeHolidayCalendars,
  officialHolidayCalendar,
  type YearScheduleInput,
} from '@tianping/common/calendar/index';
import {
  calendarErrors,
  type CalendarYearCreateInput,
  type CalendarYearDetail,
  type CalendarYearUpdateInput,
} from '@tianping/common/contract/calendar';
import type { RequestContext, ScopedActor } from '../access/actor';
import type { Kernel } from '../core/module';
import { isUniqueViolation, type Trx } from '../db/database';
import { conflict, fail, notFound } from '../http/errors';
import { findYearRow, insertVersion, insertYearRow, listYearRows, lockCalendarForWrite, updateYearRow } from './calendar.repository';
import { invalidateHolidayCalendar } from './calendar.service';
import { scheduleInputOf, snapshotOf, storedYearOf, type StoredYear } from './calendar-snapshot';
import { getCalendarYear } from './calendar-query.service';
import { validateSchedule } from './calendar-year.validation';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'handle'>;

function actorId(actor: ScopedActor): string {
  return actor.kind === 'staff' ? actor.userId : actor.tokenId;
}

function storedFrom(year: number, input: CalendarYearUpdateInput | CalendarYearCreateInput): StoredYear {
  return {
    year,
    sourceTitle: input.sourceTitle,
    documentNumber: input.documentNumber ?? null,
    publishedOn: input.publishedOn,
    holidays: input.holidays.map((h) => ({ name: h.name, from: h.from, to: h.to })),
    makeUpWorkdays: input.makeUpWorkdays.map((m) => ({ name: m.name, date: m.date })),
  };
}

/** Audit view: the notice and the days, compact enough to diff. */
function auditSnapshot(year: StoredYear): Record<string, unknown> {
  return {
    sourceTitle: year.sourceTitle,
    documentNumber: year.documentNumber,
    publishedOn: year.publishedOn,
    holidays: year.holidays.map((h) => `${h.name.zh} ${h.from}…${h.to}`),
    makeUpWorkdays: year.makeUpWorkdays.map((m) => `${m.name.zh} ${m.date}`),
  };
}

/** Merging checks days shared with adjacent years (late December belongs to two notices). */
function assertMerges(years: readonly YearScheduleInput[]): void {
  try {
    mergeHolidayCalendars(officialHolidayCalendar, { version: 'check', years });
  } catch (err) {
    if (err instanceof CalendarError) throw fail(calendarErrors, 'CALENDAR_SCHEDULE_CONFLICT', { field: 'holidays', cause: err });
    throw err;
  }
}

/** Writes a new calendar version holding all administered years; returns its id. */
async function newVersion(trx: Trx, k: Services): Promise<number> {
  const years = (await listYearRows(trx)).map(storedYearOf);
  const inputs = years.map(scheduleInputOf);
  assertMerges(inputs);
  const snapshot = snapshotOf(years);
  return insertVersion(trx, snapshot.hash, snapshot.json, k.clock.now().toISOString());
}

function today(k: Services): string {
  return localDateAt(k.clock.now());
}

export async function enterCalendarYear(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  input: CalendarYearCreateInput,
): Promise<CalendarYearDetail> {
  if (officialHolidayCalendar.years[input.year] && !input.correctsOfficial) {
    throw fail(calendarErrors, 'CALENDAR_YEAR_SHIPPED', { field: 'year' });
  }
  const stored = storedFrom(input.year, input);
  validateSchedule(stored, today(k));
  try {
    await k.db.transaction().execute(async (trx) => {
      await lockCalendarForWrite(trx, k.handle.dialect === 'postgres');
      if (await findYearRow(trx, input.year)) throw fail(calendarErrors, 'CALENDAR_YEAR_EXISTS', { field: 'year' });
      const now = k.clock.now().toISOString();
      const by = actorId(actor);
      await insertYearRow(trx, {
        year: input.year,
        sourceTitle: stored.sourceTitle,
        documentNumber: stored.documentNumber,
        publishedOn: stored.publishedOn,
        holidays: JSON.stringify(stored.holidays),
        makeUpWorkdays: JSON.stringify(stored.makeUpWorkdays),
        version: 1,
        calendarVersionId: 0,
        enteredBy: by,
        createdAt: now,
        updatedBy: by,
        updatedAt: now,
      });
      const versionId = await newVersion(trx, k);
      await updateYearRow(trx, input.year, 1, { calendarVersionId: versionId });
      await k.audit.record(trx, ctx, {
        action: 'calendar.year.create',
        entityType: 'calendarYear',
        entityId: String(input.year),
        after: { ...auditSnapshot(stored), calendarVersionId: versionId },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw fail(calendarErrors, 'CALENDAR_YEAR_EXISTS', { field: 'year' });
    throw err;
  }
  invalidateHolidayCalendar(k.db);
  return getCalendarYear(k.db, input.year);
}

export async function correctCalendarYear(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  year: number,
  input: CalendarYearUpdateInput,
): Promise<CalendarYearDetail> {
  const stored = storedFrom(year, input);
  await k.db.transaction().execute(async (trx) => {
    await lockCalendarForWrite(trx, k.handle.dialect === 'postgres');
    const row = await findYearRow(trx, year);
    if (!row) throw notFound();
    validateSchedule(stored, today(k));
    if (row.version !== input.version) throw conflict({ field: 'version' });
    const next = row.version + 1;
    const ok = await updateYearRow(trx, year, row.version, {
      sourceTitle: stored.sourceTitle,
      documentNumber: stored.documentNumber,
      publishedOn: stored.publishedOn,
      holidays: JSON.stringify(stored.holidays),
      makeUpWorkdays: JSON.stringify(stored.makeUpWorkdays),
      version: next,
      calendarVersionId: 0,
      updatedBy: actorId(actor),
      updatedAt: k.clock.now().toISOString(),
    });
    if (!ok) throw conflict({ field: 'version' });
    const versionId = await newVersion(trx, k);
    await updateYearRow(trx, year, next, { calendarVersionId: versionId });
    await k.audit.record(trx, ctx, {
      action: 'calendar.year.update',
      entityType: 'calendarYear',
      entityId: String(year),
      before: auditSnapshot(storedYearOf(row)),
      after: { ...auditSnapshot(stored), calendarVersionId: versionId },
      reason: input.reason,
    });
  });
  invalidateHolidayCalendar(k.db);
  return getCalendarYear(k.db, year);
}
