import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { answeredTicket, handlingOrgs, handlingPeople, surveyTokenFromSms } from './handling-test-fixtures';

describe('closing, satisfaction survey by SMS link and in the portal, reopening on dissatisfaction', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await handlingOrgs(t);
  const { agent, nankaiAgent, reader, supervisor } = await handlingPeople(t, orgs);
  const close = (id: string, version: number, headers = agent.headers) =>
    t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${id}/close`, payload: { version }, headers });
  const survey = (token: string) => t.app.inject({ method: 'GET', url: `/api/hotline/public/surveys/${token}` });
  const answer = (token: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/hotline/public/surveys/${token}`, payload });
  const get = (id: string, headers = agent.headers) => t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${id}`, headers });

  it('close: 401, 403, 404 outside the centre, 409 stale version or an open ticket; nothing written', async () => {
    const tk = await answeredTicket(t, agent.headers);
    expect((await close(tk.id, tk.version, {})).statusCode).toBe(401);
    expect((await close(tk.id, tk.version, reader.headers)).statusCode).toBe(403);
    expect((await close(tk.id, tk.version, nankaiAgent.headers)).statusCode).toBe(404);
    expect((await close(tk.id, tk.version + 3)).statusCode).toBe(409);
    const open = await answeredTicket(t, agent.headers, { answer: undefined });
    expect((await close(open.id, open.version)).json().error).toMatchObject({ code: 'HOTLINE_TICKET_NOT_CLOSABLE' });
    expect(await t.kernel.db.selectFrom('hlSurveys').select('id').execute()).toHaveLength(0);
  });

  it('a closed ticket gets a single-use SMS link; forged 400, reused 409; satisfied keeps it closed', async () => {
    const tk = await answeredTicket(t, agent.headers);
    const res = await close(tk.id, tk.version);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'closed',
      survey: { state: 'sent', sentBySms: true },
      abilities: { close: false, reopen: false },
    });
    expect(await lastAudit(t, tk.id)).toMatchObject({ action: 'hotline.ticket.close' });
    const token = await surveyTokenFromSms(t, tk.number);
    const view = await survey(token);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ ticketNumber: tk.number, centre: '河西区公共法律服务中心', answered: false, expired: false });
    expect(view.body).not.toContain('13712345678');
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    expect((await survey(forged)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_INVALID' });
    expect((await answer(forged, { rating: 'satisfied' })).statusCode).toBe(400);
    expect((await answer('not-a-token-at-all', { rating: 'satisfied' })).statusCode).toBe(400);
    expect((await answer(token, { rating: 'great' })).json().error).toMatchObject({ field: 'rating' });
    const ok = await answer(token, { rating: 'satisfied', comment: '解答很清楚' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ rating: 'satisfied', reopened: false });
    const again = await answer(token, { rating: 'dissatisfied' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('HOTLINE_SURVEY_USED');
    expect((await get(tk.id)).json()).toMatchObject({ state: 'closed', survey: { state: 'answered', rating: 'satisfied' } });
  });

  it('a dissatisfied answer reopens the ticket to the supervisor (notification), audited', async () => {
    const tk = await answeredTicket(t, agent.headers);
    await close(tk.id, tk.version);
    const token = await surveyTokenFromSms(t, tk.number);
    const res = await answer(token, { rating: 'dissatisfied', comment: '没有解决问题' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ reopened: true });
    const d = (await get(tk.id)).json();
    expect(d).toMatchObject({ state: 'reopened', closedAt: null, survey: { state: 'answered', rating: 'dissatisfied' } });
    const todo = (await t.app.inject({ method: 'GET', url: '/api/hotline/tickets?state=reopened', headers: supervisor.headers })).json();
    expect(todo.items.map((i: { id: string }) => i.id)).toContain(tk.id);
    const notes = await t.kernel.db.selectFrom('notifications').selectAll().where('userId', '=', supervisor.userId).execute();
    expect(notes.some((n) => n.kind === 'hotline.ticketReopened' && n.titleZh.includes(tk.number))).toBe(true);
    expect(await lastAudit(t, tk.id)).toMatchObject({ action: 'hotline.survey.answer' });
    // The agent answers again → answered → closed again, with a new link.
    const again = await t.app.inject({
      method: 'PUT',
      url: `/api/hotline/tickets/${tk.id}/answer`,
      payload: { answer: '已再次联系，建议先申请劳动仲裁。', version: d.version },
      headers: agent.headers,
    });
    expect(again.json()).toMatchObject({ state: 'answered' });
    expect((await close(tk.id, again.json().version)).json()).toMatchObject({ state: 'closed', survey: { state: 'sent' } });
  });

  it('an expired link → 410; the supervisor reopens a closed ticket; a resend expires the old link', async () => {
    const tk = await answeredTicket(t, agent.headers);
    await close(tk.id, tk.version);
    const token = await surveyTokenFromSms(t, tk.number);
    const resend = await t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${tk.id}/survey`, headers: agent.headers });
    expect(resend.statusCode, resend.body).toBe(200);
    expect((await answer(token, { rating: 'satisfied' })).statusCode).toBe(410);
    const fresh = await surveyTokenFromSms(t, tk.number);
    expect(fresh).not.toBe(token);
    // The link's validity (surveyLinkDays) has run out (moving the clock would end the test sessions).
    await t.kernel.db.updateTable('hlSurveys').set({ expiresAt: '2025-03-03T01:00:00.000Z' }).where('ticketId', '=', tk.id).execute();
    const expired = await answer(fresh, { rating: 'satisfied' });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('HOTLINE_SURVEY_EXPIRED');
    expect((await survey(fresh)).json()).toMatchObject({ expired: true, answered: false });
    const url = `/api/hotline/tickets/${tk.id}/reopen`;
    expect((await t.app.inject({ method: 'POST', url, payload: { reason: '抽查发现解答有误' }, headers: agent.headers })).statusCode).toBe(
      403,
    );
    const re = await t.app.inject({ method: 'POST', url, payload: { reason: '抽查发现解答有误' }, headers: supervisor.headers });
    expect(re.statusCode, re.body).toBe(200);
    expect(re.json().state).toBe('reopened');
    const twice = await t.app.inject({ method: 'POST', url, payload: { reason: '再次' }, headers: supervisor.headers });
    expect(twice.json().error).toMatchObject({ code: 'HOTLINE_TICKET_NOT_REOPENABLE' });
  });

  it('the citizen sees their contacts and rates in the portal once', async () => {
    const citizen = await signInCitizen(t, '13812340001');
    const tk = await answeredTicket(t, agent.headers, { callerPhone: '13812340001' });
    const mine = () => t.app.inject({ method: 'GET', url: '/api/citizen/hotline/tickets', headers: citizen.headers });
    expect((await t.app.inject({ method: 'GET', url: '/api/citizen/hotline/tickets' })).statusCode).toBe(401);
    expect((await mine()).json().items).toMatchObject([{ id: tk.id, canRate: false, survey: { state: 'none' } }]);
    const rate = (id: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/citizen/hotline/tickets/${id}/survey`,
        payload: { rating: 'basicallySatisfied' },
        headers: citizen.headers,
      });
    expect((await rate(tk.id)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_NOT_OPEN' });
    await close(tk.id, tk.version);
    expect((await mine()).json().items[0]).toMatchObject({ canRate: true, survey: { state: 'sent' } });
    const other = await answeredTicket(t, agent.headers);
    expect((await rate(other.id)).statusCode).toBe(404);
    const ok = await rate(tk.id);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await rate(tk.id)).statusCode).toBe(409);
    expect((await mine()).json().items[0]).toMatchObject({ canRate: false, survey: { state: 'answered', rating: 'basicallySatisfied' } });
  });
});
