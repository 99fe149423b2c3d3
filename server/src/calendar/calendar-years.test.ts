import { OFFICIAL_CALENDAR_VERSION } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { insertVersion } from './calendar.repository';
import { getHolidayCalendar } from './calendar.service';
import { snapshotOf } from './calendar-snapshot';
import { fixClock, lastCalendarAudit, schedule2027 } from './test-fixtures';

describe('calendar years', async () => {
  const t = await buildTestApp();
  fixClock(t);
  const admin = await loginAs(t, { permissions: ['calendar.year.manage'], scope: 'city', category: 'system' });
  const staff = await loginAs(t, { permissions: [], scope: 'own' });
  const post = (payload: unknown, headers?: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/calendar/years', payload: payload as object, ...(headers ? { headers } : {}) });
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });

  it('401 without a session on every route', async () => {
    expect((await get('/api/calendar/years')).statusCode).toBe(401);
    expect((await get('/api/calendar/years/2026')).statusCode).toBe(401);
    expect((await post(schedule2027())).statusCode).toBe(401);
    const { year, ...body } = schedule2027();
    const put = await t.app.inject({ method: 'PUT', url: `/api/calendar/years/${year}`, payload: { ...body, version: 1, reason: 'x' } });
    expect(put.statusCode).toBe(401);
  });

  it('403 to enter a year without calendar.year.manage', async () => {
    const res = await post(schedule2027(), staff.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('lists the shipped years 2020–2026 to any staff member, and their schedules', async () => {
    const res = await get('/api/calendar/years', staff.headers);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.calendarVersion).toBe(OFFICIAL_CALENDAR_VERSION);
    expect(body.maintainedYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const year2026 = await get('/api/calendar/years/2026', staff.headers);
    expect(year2026.statusCode).toBe(200);
    expect(year2026.json()).toMatchObject({ origin: 'official', inForce: true, source: { documentNumber: '国办发明电〔2025〕7号' } });
    expect(year2026.json().holidays).toContainEqual({ name: { zh: '春节', en: 'Spring Festival' }, from: '2026-02-15', to: '2026-02-23' });
  });

  it('404 for a year nobody maintains, 400 for a year out of range', async () => {
    expect((await get('/api/calendar/years/2031', staff.headers)).statusCode).toBe(404);
    expect((await get('/api/calendar/years/1800', staff.headers)).statusCode).toBe(400);
  });

  it('400 with the field for dates that do not exist and rules the schedule breaks, storing nothing', async () => {
    const base = schedule2027();
    const [newYear, spring, national] = base.holidays;
    const cases: [object, string, string][] = [
      [{ ...base, holidays: [{ ...newYear!, to: '2027-02-30' }] }, 'VALIDATION_FAILED', 'holidays.0.to'],
      [{ ...base, publishedOn: '2026-13-01' }, 'VALIDATION_FAILED', 'publishedOn'],
      [{ ...base, holidays: [] }, 'VALIDATION_FAILED', 'holidays'],
      [{ ...base, extra: 1 }, 'UNKNOWN_FIELD', 'extra'],
      [{ ...base, holidays: [{ ...newYear!, from: '2028-01-01', to: '2028-01-02' }] }, 'CALENDAR_DATE_OUTSIDE_YEAR', 'holidays.0.from'],
      [{ ...base, holidays: [{ ...spring!, from: '2027-02-14', to: '2027-02-06' }] }, 'CALENDAR_RANGE_REVERSED', 'holidays.0.to'],
      [{ ...base, holidays: [{ ...spring!, from: '2027-02-01', to: '2027-02-28' }] }, 'CALENDAR_RANGE_TOO_LONG', 'holidays.0.to'],
      [{ ...base, holidays: [{ ...spring!, from: '2027-02-06', to: '2027-02-07' }] }, 'CALENDAR_HOLIDAY_ONLY_WEEKEND', 'holidays.0.from'],
      [
        { ...base, holidays: [national!, { ...national!, from: '2027-10-07', to: '2027-10-08' }] },
        'CALENDAR_DAY_LISTED_TWICE',
        'holidays.1.from',
      ],
      [{ ...base, makeUpWorkdays: [{ name: spring!.name, date: '2027-02-13' }] }, 'CALENDAR_HOLIDAY_AND_MAKEUP', 'makeUpWorkdays.0.date'],
      [
        {
          ...base,
          makeUpWorkdays: [
            { name: spring!.name, date: '2027-02-20' },
            { name: spring!.name, date: '2027-02-20' },
          ],
        },
        'CALENDAR_DAY_LISTED_TWICE',
        'makeUpWorkdays.1.date',
      ],
      [{ ...base, makeUpWorkdays: [{ name: spring!.name, date: '2027-02-22' }] }, 'CALENDAR_MAKEUP_NOT_WEEKEND', 'makeUpWorkdays.0.date'],
      [{ ...base, publishedOn: '2027-12-01' }, 'CALENDAR_PUBLISHED_ON_IMPLAUSIBLE', 'publishedOn'],
      [{ ...base, publishedOn: '2020-01-01' }, 'CALENDAR_PUBLISHED_ON_IMPLAUSIBLE', 'publishedOn'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await post(payload, admin.headers);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, field });
    }
    expect(await t.kernel.db.selectFrom('calendarYears').selectAll().execute()).toEqual([]);
    expect(await t.kernel.db.selectFrom('calendarVersions').selectAll().execute()).toEqual([]);
  });

  it('409 to enter a shipped year without correctsOfficial', async () => {
    const res = await post({ ...schedule2027(), year: 2026 }, admin.headers);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CALENDAR_YEAR_SHIPPED', field: 'year' });
  });

  it('enters 2027 (201, audited, a new calendar version); entering it twice is 409', async () => {
    const res = await post(schedule2027(), admin.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ year: 2027, origin: 'administrator', inForce: true, version: 1, holidayDays: 19 });
    const audit = await lastCalendarAudit(t, 2027);
    expect(audit).toMatchObject({ action: 'calendar.year.create', actorId: admin.userId });
    const { calendar, version } = await getHolidayCalendar(t.kernel.db);
    expect(version).toMatch(new RegExp(`^${OFFICIAL_CALENDAR_VERSION.replace(/\./g, '\\.')}\\+admin:1\\.[0-9a-f]{12}$`));
    expect(calendar.years[2027]?.origin).toBe('administrator');
    const again = await post(schedule2027(), admin.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CALENDAR_YEAR_EXISTS', field: 'year' });
    const list = (await get('/api/calendar/years', staff.headers)).json();
    expect(list.maintainedYears).toContain(2027);
    expect(list.calendarVersion).toBe(version);
  });

  it('corrects 2027 with PUT and the row version (409 when stale, 404 when not entered), audited with the reason', async () => {
    const { version: before } = await getHolidayCalendar(t.kernel.db);
    const { year, ...body } = schedule2027();
    const corrected = { ...body, holidays: body.holidays.slice(0, 2), makeUpWorkdays: body.makeUpWorkdays.slice(0, 2) };
    const put = (url: string, payload: object, headers = admin.headers) => t.app.inject({ method: 'PUT', url, payload, headers });
    expect((await put(`/api/calendar/years/${year}`, { ...corrected, version: 1, reason: '更正' }, staff.headers)).statusCode).toBe(403);
    expect((await put('/api/calendar/years/2030', { ...corrected, version: 1, reason: '更正' })).statusCode).toBe(404);
    const stale = await put(`/api/calendar/years/${year}`, { ...corrected, version: 7, reason: '更正' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const ok = await put(`/api/calendar/years/${year}`, { ...corrected, version: 1, reason: '国庆节安排另行通知' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, holidayDays: 12 });
    expect(await lastCalendarAudit(t, 2027)).toMatchObject({ action: 'calendar.year.update', reason: '国庆节安排另行通知' });
    const { version: after } = await getHolidayCalendar(t.kernel.db);
    expect(after).not.toBe(before);
    expect(after).toContain('+admin:2.');
  });

  it('a correction of a shipped year takes precedence and the shipped entry is listed as not in force', async () => {
    const res = await post(
      {
        ...schedule2027(),
        year: 2026,
        correctsOfficial: true,
        publishedOn: '2025-11-04',
        holidays: [{ name: { zh: '国庆节', en: 'National Day' }, from: '2026-10-01', to: '2026-10-08' }],
        makeUpWorkdays: [],
      },
      admin.headers,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ overridesOfficial: true, origin: 'administrator' });
    const items = (await get('/api/calendar/years', staff.headers)).json().items.filter((i: { year: number }) => i.year === 2026);
    expect(items.map((i: { origin: string; inForce: boolean }) => [i.origin, i.inForce])).toEqual([
      ['official', false],
      ['administrator', true],
    ]);
  });

  it('picks up a version written by another process on the next call (the latest id is checked)', async () => {
    const { calendar: cached } = await getHolidayCalendar(t.kernel.db);
    expect(cached.years[2028]).toBeUndefined();
    const { year, ...rest } = schedule2027();
    const shift = (d: string) => d.replace('2027-', '2028-').replace('2026-', '2027-');
    const other = {
      year: year + 1,
      sourceTitle: rest.sourceTitle.replace('2027', '2028'),
      documentNumber: null,
      publishedOn: shift(rest.publishedOn),
      holidays: [{ name: rest.holidays[0]!.name, from: '2028-01-01', to: '2028-01-03' }],
      makeUpWorkdays: [],
    };
    const snapshot = snapshotOf([other]);
    await insertVersion(t.kernel.db, snapshot.hash, snapshot.json, new Date().toISOString());
    const { calendar, version } = await getHolidayCalendar(t.kernel.db);
    expect(calendar.years[2028]?.origin).toBe('administrator');
    expect(version).toContain(snapshot.hash.slice(0, 12));
  });
});
