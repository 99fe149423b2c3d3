import type { TestApp } from '../../test/build-test-app';

const festival = (zh: string, en: string) => ({ zh, en });

/** A 2027 schedule shaped like the State Council's notices (tests only; not the published 2027 notice). */
export function schedule2027() {
  return {
    year: 2027,
    sourceTitle: '国务院办公厅关于2027年部分节假日安排的通知',
    documentNumber: '国办发明电〔2026〕9号',
    publishedOn: '2026-11-04',
    holidays: [
      { name: festival('元旦', 'New Year’s Day'), from: '2027-01-01', to: '2027-01-03' },
      { name: festival('春节', 'Spring Festival'), from: '2027-02-06', to: '2027-02-14' },
      { name: festival('国庆节', 'National Day'), from: '2027-10-01', to: '2027-10-07' },
    ],
    makeUpWorkdays: [
      { name: festival('春节', 'Spring Festival'), date: '2027-01-31' },
      { name: festival('春节', 'Spring Festival'), date: '2027-02-20' },
      { name: festival('国庆节', 'National Day'), date: '2027-09-26' },
      { name: festival('国庆节', 'National Day'), date: '2027-10-09' },
    ],
  };
}

/** Fixes "today" so that publication-date checks do not depend on when the tests run. */
export function fixClock(t: TestApp, iso = '2026-11-20T02:00:00.000Z'): void {
  t.kernel.clock = { now: () => new Date(iso) };
}

export async function lastCalendarAudit(t: TestApp, year: number) {
  return t.kernel.db
    .selectFrom('auditEvents')
    .selectAll()
    .where('entityType', '=', 'calendarYear')
    .where('entityId', '=', String(year))
    .orderBy('seq', 'desc')
    .executeTakeFirst();
}
