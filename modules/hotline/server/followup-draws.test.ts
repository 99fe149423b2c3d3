import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { answeredTicket, handlingOrgs, handlingPeople } from './handling-test-fixtures';

describe('follow-up draws (回访抽样): no repeats, recorded population, verification', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await handlingOrgs(t);
  const { agent, supervisor } = await handlingPeople(t, orgs);
  const supervisorOf = (orgId: string) =>
    loginAs(t, { permissions: ['hotline.ticket.read', 'hotline.ticket.supervise'], orgId, scope: 'own' });
  const hexiSupervisor = await supervisorOf(orgs.hexi.id);
  const nankaiSupervisor = await supervisorOf(orgs.nankai.id);
  const outsider = await loginAs(t, { permissions: ['org.organisation.read'], orgId: orgs.hexi.id, scope: 'own' });
  const draw = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/hotline/followups/draw', payload, headers: supervisor.headers });
  const get = (url: string, headers: Record<string, string> = supervisor.headers) => t.app.inject({ method: 'GET', url, headers });
  const period = { from: '2025-03-01', to: '2025-03-31', orgId: '' };

  const closed: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const tk = await answeredTicket(t, agent.headers);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/tickets/${tk.id}/close`,
      payload: { version: tk.version },
      headers: agent.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    closed.push(tk.id);
  }
  period.orgId = orgs.hexi.id;

  it('a ticket drawn before is not drawn again; the population recorded with each draw says so', async () => {
    const first = await draw({ ...period, percent: 50, publishedValue: '体彩 25023 期 08 15 22 27 31' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ populationCount: 6 });
    const second = await draw({ ...period, percent: 50, publishedValue: '体彩 25024 期' });
    expect(second.json()).toMatchObject({ populationCount: 3 });
    const third = await draw({ ...period, percent: 100 });
    expect(third.json()).toMatchObject({ populationCount: 1 });
    const drawn = [first, second, third].flatMap((r) => r.json().items.map((i: { ticketId: string }) => i.ticketId));
    expect([...drawn].sort()).toEqual([...closed].sort());
    expect((await draw({ ...period, percent: 100 })).json().error).toMatchObject({ code: 'HOTLINE_FOLLOWUP_EMPTY', field: 'from' });

    const detail = (await get(`/api/hotline/followups/draws/${second.json().drawId}`)).json();
    const firstSample = first.json().items.map((i: { ticketId: string }) => i.ticketId);
    expect(detail.populationIds).toHaveLength(3);
    expect(detail.populationIds.some((id: string) => firstSample.includes(id))).toBe(false);
    expect(detail.populationQuery).toMatchObject({
      from: '2025-03-01',
      to: '2025-03-31',
      orgId: orgs.hexi.id,
      excludesEarlierFollowUps: true,
    });
    expect(detail.populationQuery.description.zh).toContain('不含此前抽样中已抽中回访的工单');
    expect(await lastAudit(t, second.json().drawId)).toMatchObject({ action: 'hotline.followup.draw' });
  });

  it('list and detail: scope, 401/403/404, the steps, verified true; a tampered stored sample → verified false', async () => {
    const made = await t.kernel.db.selectFrom('hlFollowupDraws').select(['id', 'sampleIds']).orderBy('drawnAt').execute();
    expect(made.length).toBeGreaterThan(0);
    const list = (await get('/api/hotline/followups/draws')).json();
    expect(list.total).toBe(made.length);
    expect(list.items[0]).toMatchObject({ orgName: '河西区公共法律服务中心', percent: expect.any(Number), sampleSize: expect.any(Number) });
    expect((await get('/api/hotline/followups/draws', hexiSupervisor.headers)).json().total).toBe(made.length);
    expect((await get('/api/hotline/followups/draws', nankaiSupervisor.headers)).json().total).toBe(0);
    expect((await get('/api/hotline/followups/draws', {})).statusCode).toBe(401);
    expect((await get('/api/hotline/followups/draws', outsider.headers)).statusCode).toBe(403);
    const id = made[0]!.id;
    expect((await get(`/api/hotline/followups/draws/${id}`, nankaiSupervisor.headers)).statusCode).toBe(404);
    expect((await get('/api/hotline/followups/draws/01JAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);

    const res = await get(`/api/hotline/followups/draws/${id}`, hexiSupervisor.headers);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ id, publishedValue: '体彩 25023 期 08 15 22 27 31', populationCount: 6, sampleSize: 3, verified: true });
    expect(d.sample).toHaveLength(3);
    expect(d.sample[0]).toMatchObject({ ticketNumber: expect.stringContaining('热线'), state: 'pending' });
    expect(d.recompute.zh).toHaveLength(4);
    expect(d.recompute.en).toHaveLength(4);

    const sample = JSON.parse(made[0]!.sampleIds) as string[];
    await t.kernel.db
      .updateTable('hlFollowupDraws')
      .set({ sampleIds: JSON.stringify([...sample].reverse()) })
      .where('id', '=', id)
      .execute();
    expect((await get(`/api/hotline/followups/draws/${id}`)).json().verified).toBe(false);
    await t.kernel.db
      .updateTable('hlFollowupDraws')
      .set({ sampleIds: JSON.stringify(sample), publishedValue: '体彩 25099 期' })
      .where('id', '=', id)
      .execute();
    expect((await get(`/api/hotline/followups/draws/${id}`)).json().verified).toBe(false);
  });
});
