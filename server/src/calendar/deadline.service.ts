import {
  CalendarError,
  computeDeadline,
  deadlineInputFor,
  explain,
  formatLegalBasis,
  getStatutoryPeriod,
  statutoryPeriodsById,
  type DeadlineInput,
  type DeadlineResult,
  type ExcludedInterval,
  type Extension,
  type LegalBasis,
  parseLocalDate,
} from '@tianping/common/calendar/index';
import { calendarErrors, type DeadlineRequest, type DeadlineResponse } from '@tianping/common/contract/calendar';
import type { DbOrTrx } from '../db/database';
import { fail } from '../http/errors';
import { currentHolidayCalendar, getHolidayCalendarAt, versionIdOf, type VersionedCalendar } from './calendar.service';

/** Where each engine error points in the request body. */
const fieldOfCode: Record<string, string> = {
  CALENDAR_INVALID_DATE: 'start',
  CALENDAR_INVALID_TIME: 'startTime',
  CALENDAR_INVALID_RANGE: 'excluded',
  CALENDAR_INVALID_PERIOD: 'extensions',
  CALENDAR_UNKNOWN_PERIOD: 'periodId',
};

function toEngineError(err: unknown): unknown {
  if (!(err instanceof CalendarError)) return err;
  const field = fieldOfCode[err.code] ?? 'period';
  const code = err.code === 'CALENDAR_UNKNOWN_PERIOD' ? 'CALENDAR_PERIOD_UNKNOWN' : 'CALENDAR_PERIOD_INVALID';
  return fail(calendarErrors, code, { field, cause: err });
}

function excludedOf(request: DeadlineRequest): ExcludedInterval[] {
  return request.excluded.map((e) => ({
    kind: e.kind,
    from: parseLocalDate(e.from),
    to: parseLocalDate(e.to),
    ...(e.label ? { label: e.label } : {}),
  }));
}

function extensionsOf(request: DeadlineRequest, fallbackBasis: LegalBasis): Extension[] {
  return request.extensions.map((e) => ({
    amount: e.amount,
    unit: e.unit,
    approvedOn: parseLocalDate(e.approvedOn),
    legalBasis: e.legalBasis ?? fallbackBasis,
  }));
}

function inputOf(request: DeadlineRequest): DeadlineInput {
  if (request.periodId !== undefined) {
    if (!statutoryPeriodsById.has(request.periodId)) throw fail(calendarErrors, 'CALENDAR_PERIOD_UNKNOWN', { field: 'periodId' });
    const entry = getStatutoryPeriod(request.periodId);
    return deadlineInputFor(request.periodId, parseLocalDate(request.start), {
      ...(request.startTime ? { startTime: request.startTime } : {}),
      excluded: excludedOf(request),
      extensions: extensionsOf(request, entry.maxExtension?.legalBasis ?? entry.period.legalBasis),
    });
  }
  const period = request.period!;
  return {
    period: { amount: period.amount, unit: period.unit, legalBasis: period.legalBasis },
    start: parseLocalDate(request.start),
    ...(request.startTime ? { startTime: request.startTime } : {}),
    excluded: excludedOf(request),
    extensions: extensionsOf(request, period.legalBasis),
  };
}

export function presentDeadline(result: DeadlineResult): DeadlineResponse {
  const { period } = result.input;
  return {
    dueDate: result.dueDate,
    dueTime: result.dueTime,
    dueDateTime: result.dueDateTime ?? null,
    provisional: result.provisional,
    provisionalReasons: result.provisionalReasons.map((r) => ({ year: r.year, text: { zh: r.text.zh, en: r.text.en } })),
    calendarVersion: result.calendarVersion,
    label: result.input.label ? { zh: result.input.label.zh, en: result.input.label.en } : null,
    period: { amount: period.amount, unit: period.unit, legalBasis: { law: period.legalBasis.law, article: period.legalBasis.article } },
    deemed: result.deemed
      ? { outcome: { zh: result.deemed.outcome.zh, en: result.deemed.outcome.en }, effectiveOn: result.deemed.effectiveOn }
      : null,
    explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') },
  };
}

async function calendarFor(db: DbOrTrx, version: string | undefined): Promise<VersionedCalendar> {
  if (version === undefined) return currentHolidayCalendar(db);
  const id = versionIdOf(version);
  const found = id === undefined ? undefined : await getHolidayCalendarAt(db, id);
  if (!found || found.version !== version) throw fail(calendarErrors, 'CALENDAR_VERSION_UNKNOWN', { field: 'calendarVersion' });
  return found;
}

/** Computes a deadline with the current (or a named earlier) calendar; the answer names the version it used. */
export async function calculateDeadline(db: DbOrTrx, request: DeadlineRequest): Promise<DeadlineResponse> {
  const { calendar } = await calendarFor(db, request.calendarVersion);
  try {
    return presentDeadline(computeDeadline(inputOf(request), calendar));
  } catch (err) {
    throw toEngineError(err);
  }
}

export function citationOf(basis: LegalBasis): { zh: string; en: string } {
  return { zh: formatLegalBasis(basis, 'zh'), en: formatLegalBasis(basis, 'en') };
}
