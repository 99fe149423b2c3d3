import { OFFICIAL_CALENDAR_VERSION, statutoryPeriods } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { fixClock, schedule2027 } from './test-fixtures';

describe('deadline calculator and the period catalogue', async () => {
  const t = await buildTestApp();
  fixClock(t);
  const admin = await loginAs(t, { permissions: ['calendar.year.manage'], scope: 'city', category: 'system' });
  const staff = await loginAs(t, { permissions: [], scope: 'own' });
  const compute = (payload: unknown, headers: Record<string, string> = staff.headers) =>
    t.app.inject({ method: 'POST', url: '/api/calendar/deadline', payload: payload as object, headers });
  const custom2027 = {
    period: { amount: 10, unit: 'workday', legalBasis: { law: '行政复议法', article: '第三十条' } },
    start: '2027-02-01',
  };

  it('401 without a session', async () => {
    expect((await compute(custom2027, {})).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/calendar/periods' })).statusCode).toBe(401);
  });

  it('lists the statutory catalogue grouped by module with citations', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/calendar/periods', headers: staff.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(statutoryPeriods.length);
    expect(body.modules.map((m: { id: string }) => m.id)).toContain('reconsideration');
    expect(body.items[0].citation.zh).toMatch(/^《.+》第/);
  });

  it('400 with the field for bad requests', async () => {
    const cases: [object, string, string][] = [
      [{ ...custom2027, start: '2027-02-30' }, 'VALIDATION_FAILED', 'start'],
      [{ start: '2027-02-01' }, 'VALIDATION_FAILED', 'periodId'],
      [{ ...custom2027, periodId: 'reconsideration.acceptanceReview' }, 'VALIDATION_FAILED', 'periodId'],
      [{ ...custom2027, period: { ...custom2027.period, amount: -3 } }, 'VALIDATION_FAILED', 'period.amount'],
      [{ periodId: 'no.suchPeriod', start: '2026-03-02' }, 'CALENDAR_PERIOD_UNKNOWN', 'periodId'],
      [{ ...custom2027, excluded: [{ kind: 'correction', from: '2027-02-10', to: '2027-02-03' }] }, 'CALENDAR_PERIOD_INVALID', 'excluded'],
      [{ ...custom2027, calendarVersion: 'bogus' }, 'CALENDAR_VERSION_UNKNOWN', 'calendarVersion'],
    ];
    for (const [payload, code, field] of cases) {
      const res = await compute(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, field });
    }
  });

  it('computes a catalogue period across the 2026 Spring Festival and explains it in both languages', async () => {
    const res = await compute({ periodId: statutoryPeriods.find((p) => p.period.unit === 'workday')!.id, start: '2026-02-12' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.provisional).toBe(false);
    expect(body.calendarVersion).toBe(OFFICIAL_CALENDAR_VERSION);
    expect(body.explanation.zh.join('\n')).toContain('春节');
    expect(body.explanation.en.join('\n')).toContain('Spring Festival');
  });

  it('entering 2027 makes a provisional 2027 deadline final; the earlier result keeps (and reproduces) its version', async () => {
    const before = (await compute(custom2027)).json();
    expect(before).toMatchObject({ provisional: true, calendarVersion: OFFICIAL_CALENDAR_VERSION, dueDate: '2027-02-15' });
    expect(before.provisionalReasons[0].year).toBe(2027);
    const entered = await t.app.inject({ method: 'POST', url: '/api/calendar/years', payload: schedule2027(), headers: admin.headers });
    expect(entered.statusCode, entered.body).toBe(201);
    const after = (await compute(custom2027)).json();
    expect(after.provisional).toBe(false);
    expect(after.calendarVersion).not.toBe(before.calendarVersion);
    // 2027-02-06…14 are the Spring Festival; 2027-02-20 (Saturday) is a make-up working day and the tenth.
    expect(after.dueDate).toBe('2027-02-20');
    expect(before.calendarVersion).toBe(OFFICIAL_CALENDAR_VERSION);
    const replay = (await compute({ ...custom2027, calendarVersion: before.calendarVersion })).json();
    expect(replay).toMatchObject({ dueDate: before.dueDate, provisional: true, calendarVersion: before.calendarVersion });
    const replayNew = (await compute({ ...custom2027, calendarVersion: after.calendarVersion })).json();
    expect(replayNew.dueDate).toBe(after.dueDate);
  });
});
