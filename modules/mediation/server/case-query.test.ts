import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { intakeBody, medOrgs, staffPermissions, testIdNumber } from './test-fixtures';

describe('GET /api/mediation/cases and /cases/:id: scope, filters, time target', async () => {
  const t = await buildTestApp(tempFileStore());
  const orgs = await medOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const villageA = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageA.id, scope: 'own' });
  const villageB = await loginAs(t, { permissions: staffPermissions, orgId: orgs.villageB.id, scope: 'own' });
  const nankai = await loginAs(t, { permissions: staffPermissions, orgId: orgs.nankaiVillage.id, scope: 'own' });
  const supervisor = await loginAs(t, { permissions: ['mediation.case.read'], orgId: orgs.hexi.id, scope: 'subtree' });
  let seq = 300;
  const register = async (headers: Record<string, string>, overrides: Record<string, unknown> = {}) => {
    const parties = [
      { role: 'applicant', name: `申请人${++seq}`, idNumber: testIdNumber(String(seq)) },
      { role: 'respondent', name: `被申请人${++seq}`, idNumber: testIdNumber(String(seq)) },
    ];
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/mediation/cases',
      payload: intakeBody({ parties, title: `纠纷${seq}`, receivedOn: '2026-01-05', ...overrides }),
      headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; caseNumber: string };
  };
  const list = (headers: Record<string, string>, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/mediation/cases${query}`, headers });

  setClock(t, '2026-01-05T02:00:00.000Z');
  const a1 = await register(villageA.headers);
  const a2 = await register(villageA.headers, { kind: 'labour', source: 'initiative' });
  const b1 = await register(villageB.headers);
  const n1 = await register(nankai.headers);
  // Accepted on 2026-01-05: the labour case's 15-day target is overdue on 2026-03-02, the other 30-day one too.
  for (const c of [a1, a2]) {
    const res = await t.app.inject({ method: 'POST', url: `/api/mediation/cases/${c.id}/accept`, payload: {}, headers: villageA.headers });
    expect(res.statusCode, res.body).toBe(200);
  }
  setClock(t, '2026-01-16T02:00:00.000Z');
  const a3 = await register(villageA.headers, { receivedOn: '2026-01-16', kind: 'labour' });
  await t.app.inject({ method: 'POST', url: `/api/mediation/cases/${a3.id}/accept`, payload: {}, headers: villageA.headers });
  const ids = (res: { json(): { items: { id: string }[] } }) =>
    res
      .json()
      .items.map((i) => i.id)
      .sort();

  it('401 without a session, 403 without read, 400 for a bad filter', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/mediation/cases' })).statusCode).toBe(401);
    const noRead = await loginAs(t, { permissions: ['mediation.committee.read'], orgId: orgs.villageA.id });
    expect((await list(noRead.headers)).statusCode).toBe(403);
    const bad = await list(villageA.headers, '?deadline=tomorrow');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('deadline');
  });

  it('a village committee sees only its cases; 404 for another committee’s case', async () => {
    setClock(t, '2026-01-20T02:00:00.000Z');
    expect(ids(await list(villageA.headers))).toEqual([a1.id, a2.id, a3.id].sort());
    expect(ids(await list(villageB.headers))).toEqual([b1.id]);
    expect((await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${a1.id}`, headers: villageB.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${n1.id}`, headers: villageA.headers })).statusCode).toBe(404);
  });

  it('a district supervisor reads the subtree (河西), not other districts, and cannot act', async () => {
    const res = await list(supervisor.headers);
    expect(ids(res)).toEqual([a1.id, a2.id, a3.id, b1.id].sort());
    expect(res.json().total).toBe(4);
    const d = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${a1.id}`, headers: supervisor.headers })).json();
    expect(d.abilities).toMatchObject({ canAccept: false, canRecordConsent: false, canDesignate: false });
    expect((await list(supervisor.headers, `?orgId=${orgs.villageB.id}`)).json().items).toHaveLength(1);
  });

  it('filters by state, kind, source, text and the time target (overdue / due soon)', async () => {
    setClock(t, '2026-01-29T02:00:00.000Z');
    expect(ids(await list(villageA.headers, '?state=received'))).toEqual([]);
    expect(ids(await list(villageA.headers, '?kind=labour'))).toEqual([a2.id, a3.id].sort());
    expect(ids(await list(villageA.headers, '?source=initiative'))).toEqual([a2.id]);
    expect(ids(await list(supervisor.headers, `?q=${encodeURIComponent(b1.caseNumber)}`))).toEqual([b1.id]);
    // 2026-01-29: a2 (15 days from 01-05) is overdue; a3 (15 days from 01-16, end moved off the weekend) is due soon; a1 (30 days) is neither.
    const overdue = await list(villageA.headers, '?deadline=overdue');
    expect(ids(overdue)).toEqual([a2.id]);
    expect(overdue.json().items[0].deadline.status).toBe('overdue');
    const soon = await list(villageA.headers, '?deadline=dueSoon');
    expect(ids(soon)).toEqual([a3.id]);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/mediation/cases/${a1.id}`, headers: villageA.headers })).json();
    expect(detail.deadline.status).toBe('normal');
    expect(detail.timers[0].explanation.en.length).toBeGreaterThan(0);
  });
});
