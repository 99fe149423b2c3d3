import { describe, expect, it } from 'vitest';
import type { LocalDate } from '@tianping/server/db/schema';
import { newId } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { notifyOverdueConsultations } from './consultation.jobs';
import { hotlineOrgs } from './test-fixtures';

describe('overdue online consultations (在线咨询超时未答): notified once to the on-duty lawyers and the supervisors', async () => {
  const t = await buildTestApp();
  // Monday 2025-03-03 10:00 Beijing; the default SLA of 24 working hours → due Thursday 10:00.
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await hotlineOrgs(t);
  const onDuty = await loginAs(t, { permissions: ['hotline.consultation.answer'], orgId: orgs.hexi.id, scope: 'own' });
  const offDuty = await loginAs(t, { permissions: ['hotline.consultation.answer'], orgId: orgs.nankai.id, scope: 'own' });
  const citySupervisor = await loginAs(t, { permissions: ['hotline.ticket.supervise'], orgId: orgs.city.id, scope: 'city' });
  await loginAs(t, { permissions: ['hotline.ticket.supervise'], orgId: orgs.nankai.id, scope: 'own' });
  const citizen = await signInCitizen(t, '13800138001');
  const ask = async (question: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/hotline/consultations',
      payload: { category: 'labour.wages', question },
      headers: citizen.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; dueAt: string };
  };
  const staffPost = (url: string, headers: Record<string, string>, payload?: object) =>
    t.app.inject({ method: 'POST', url, payload, headers });
  const waiting = await ask('公司拖欠我三个月工资，一直不发，我该怎么办？');
  const claimed = await ask('试用期被辞退，公司说试用期不用给补偿，对吗？');
  const answered = await ask('加班不给加班费，可以去哪里投诉？');
  expect((await staffPost(`/api/hotline/consultations/${claimed.id}/claim`, offDuty.headers)).statusCode).toBe(200);
  const done = await staffPost(`/api/hotline/consultations/${answered.id}/answer`, offDuty.headers, {
    answer: '可向劳动保障监察机构投诉，也可申请劳动仲裁。',
  });
  expect(done.statusCode, done.body).toBe(200);
  await t.kernel.db
    .insertInto('hlRosters')
    .values({
      id: newId(),
      orgId: orgs.hexi.id,
      userId: onDuty.userId,
      dutyDate: '2025-03-06' as LocalDate,
      shift: 'morning',
      seatRole: 'lawyer',
      seat: null,
      note: null,
      createdBy: null,
      createdAt: '2025-03-01T00:00:00.000Z',
    })
    .execute();
  const told = async () =>
    (await t.kernel.db.selectFrom('notifications').select(['userId', 'link']).where('kind', '=', 'hotline.consultationOverdue').execute())
      .map((n) => `${n.link?.split('/').at(-1)} ${n.userId}`)
      .sort();

  it('nothing before the due time; after it each unanswered consultation once; answered ones never', async () => {
    expect(waiting.dueAt).toBe('2025-03-06T02:00:00.000Z');
    setClock(t, '2025-03-06T01:59:00.000Z');
    await notifyOverdueConsultations(t.kernel);
    expect(await told()).toEqual([]);

    setClock(t, '2025-03-06T02:30:00.000Z');
    await notifyOverdueConsultations(t.kernel);
    const expected = [
      `${waiting.id} ${onDuty.userId}`,
      `${waiting.id} ${citySupervisor.userId}`,
      `${claimed.id} ${onDuty.userId}`,
      `${claimed.id} ${offDuty.userId}`,
      `${claimed.id} ${citySupervisor.userId}`,
    ].sort();
    expect(await told()).toEqual(expected);
    const flags = await t.kernel.db.selectFrom('hlConsultations').select(['id', 'overdueNotified']).execute();
    expect(Object.fromEntries(flags.map((f) => [f.id, Number(f.overdueNotified)]))).toEqual({
      [waiting.id]: 1,
      [claimed.id]: 1,
      [answered.id]: 0,
    });

    setClock(t, '2025-03-06T03:00:00.000Z');
    await notifyOverdueConsultations(t.kernel);
    expect(await told()).toEqual(expected);
  });
});
