import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { notifyOverdueCallbacks } from './callback.jobs';
import { answeredTicket, handlingOrgs, handlingPeople } from './handling-test-fixtures';

describe('callbacks (回拨) and follow-up visits (回访)', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await handlingOrgs(t);
  const { agent, nankaiAgent, reader, supervisor } = await handlingPeople(t, orgs);
  const schedule = (id: string, payload: object, headers = agent.headers) =>
    t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${id}/callbacks`, payload, headers });
  const callbacks = (query: string, headers = agent.headers) =>
    t.app.inject({ method: 'GET', url: `/api/hotline/callbacks${query}`, headers });

  it('schedule: 401, 403, 400 (due in the past, no phone), 404 outside the centre; nothing written', async () => {
    const tk = await answeredTicket(t, agent.headers);
    expect((await schedule(tk.id, { reason: '需查询后回复' }, {})).statusCode).toBe(401);
    expect((await schedule(tk.id, { reason: '需查询后回复' }, reader.headers)).statusCode).toBe(403);
    expect((await schedule(tk.id, { reason: '需查询后回复' }, nankaiAgent.headers)).statusCode).toBe(404);
    expect((await schedule(tk.id, { reason: '' })).json().error).toMatchObject({ field: 'reason' });
    expect((await schedule(tk.id, { reason: '回复', dueAt: '2025-03-01T00:00:00Z' })).json().error).toMatchObject({
      code: 'HOTLINE_CALLBACK_DUE_INVALID',
      field: 'dueAt',
    });
    const noPhone = await answeredTicket(t, agent.headers, { callerPhone: undefined });
    expect((await schedule(noPhone.id, { reason: '回复' })).json().error).toMatchObject({ code: 'HOTLINE_CALLBACK_NO_PHONE' });
    expect(await t.kernel.db.selectFrom('hlCallbacks').select('id').execute()).toHaveLength(0);
  });

  it('a callback due after callbackDueHours: the ticket awaits it, the todo shows it, overdue flagged and notified once', async () => {
    const tk = await answeredTicket(t, agent.headers);
    const res = await schedule(tk.id, { reason: '需核实当地最低工资标准后回复' });
    expect(res.statusCode, res.body).toBe(201);
    const cb = res.json();
    expect(cb).toMatchObject({
      ticketId: tk.id,
      state: 'pending',
      overdue: false,
      assigneeUserId: agent.userId,
      abilities: { complete: true },
    });
    expect(cb.dueAt).toBe('2025-03-04T02:00:00.000Z');
    expect(await lastAudit(t, tk.id)).toMatchObject({ action: 'hotline.callback.schedule' });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${tk.id}`, headers: agent.headers })).json();
    expect(detail).toMatchObject({ state: 'callbackPending', abilities: { close: false } });
    expect(detail.callbacks).toHaveLength(1);
    expect((await callbacks('?mine=true&state=pending')).json().items.map((c: { id: string }) => c.id)).toEqual([cb.id]);
    expect((await callbacks('', nankaiAgent.headers)).json().total).toBe(0);
    // The promised time has passed (moving the clock a day would end the test sessions).
    await t.kernel.db.updateTable('hlCallbacks').set({ dueAt: '2025-03-03T01:30:00.000Z' }).where('id', '=', cb.id).execute();
    expect((await callbacks('?overdue=true')).json().items).toMatchObject([{ id: cb.id, overdue: true }]);
    expect(await notifyOverdueCallbacks(t.kernel)).toBe(1);
    expect(await notifyOverdueCallbacks(t.kernel)).toBe(0);
    const notes = await t.kernel.db
      .selectFrom('notifications')
      .select(['userId', 'kind'])
      .where('kind', '=', 'hotline.callbackOverdue')
      .execute();
    expect(notes.map((n) => n.userId).sort()).toEqual([agent.userId, supervisor.userId].sort());
    const complete = (payload: object, headers = agent.headers) =>
      t.app.inject({ method: 'POST', url: `/api/hotline/callbacks/${cb.id}/complete`, payload, headers });
    expect((await complete({ outcome: 'maybe', note: 'x' })).statusCode).toBe(400);
    const done = await complete({ outcome: 'reached', note: '已告知最低工资标准' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ state: 'done', outcome: 'reached', late: true, overdue: false });
    expect((await complete({ outcome: 'reached', note: '再次' })).json().error).toMatchObject({ code: 'HOTLINE_CALLBACK_DONE' });
    const after = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${tk.id}`, headers: agent.headers })).json();
    expect(after).toMatchObject({ state: 'answered', abilities: { close: true } });
  });

  it('follow-ups: a reproducible draw of closed tickets; a dissatisfied visit reopens the ticket', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const tk = await answeredTicket(t, agent.headers);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/hotline/tickets/${tk.id}/close`,
        payload: { version: tk.version },
        headers: agent.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      ids.push(tk.id);
    }
    const draw = (payload: object, headers = supervisor.headers) =>
      t.app.inject({ method: 'POST', url: '/api/hotline/followups/draw', payload, headers });
    expect((await draw({ from: '2025-03-01', to: '2025-03-31', percent: 40 }, agent.headers)).statusCode).toBe(403);
    expect((await draw({ from: '2025-03-31', to: '2025-03-01' })).json().error).toMatchObject({ code: 'HOTLINE_DATE_RANGE_INVALID' });
    expect((await draw({ from: '2024-01-01', to: '2024-01-31' })).json().error).toMatchObject({ code: 'HOTLINE_FOLLOWUP_EMPTY' });
    const res = await draw({ from: '2025-03-01', to: '2025-03-31', percent: 40, publishedValue: '体彩 25023 期 08 15 22 27 31' });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ populationCount: 5, percent: 40 });
    expect(d.items).toHaveLength(2);
    expect(d.items.every((i: { ticketId: string }) => ids.includes(i.ticketId))).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(d.seed).toBe(createHash('sha256').update(`体彩 25023 期 08 15 22 27 31|${d.drawnAt}`).digest('hex'));
    const list = (await t.app.inject({ method: 'GET', url: '/api/hotline/followups?state=pending', headers: supervisor.headers })).json();
    expect(list.total).toBe(2);
    const record = (id: string, payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/hotline/followups/${id}/record`, payload, headers: supervisor.headers });
    const first = d.items[0];
    expect((await record(first.id, { reached: true, note: '接通' })).json().error).toMatchObject({
      code: 'HOTLINE_FOLLOWUP_SATISFACTION_REQUIRED',
    });
    const rec = await record(first.id, { reached: true, satisfaction: 'dissatisfied', note: '认为解答不具体' });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json()).toMatchObject({ state: 'done', reached: true, satisfaction: 'dissatisfied' });
    expect((await record(first.id, { reached: false, note: '重复' })).json().error).toMatchObject({ code: 'HOTLINE_FOLLOWUP_RECORDED' });
    const ticket = (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${first.ticketId}`, headers: agent.headers })).json();
    expect(ticket.state).toBe('reopened');
    expect(await lastAudit(t, first.ticketId)).toMatchObject({ action: 'hotline.followup.record' });
  });
});
