import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { defaultHotlineSettings } from '../contract/settings';
import { answeredTicket, handlingOrgs, handlingPeople, surveyTokenFromSms } from './handling-test-fixtures';

describe('sending the survey link again (POST /api/hotline/tickets/:id/survey)', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await handlingOrgs(t);
  const { agent, nankaiAgent, reader } = await handlingPeople(t, orgs);
  const settingsManager = await loginAs(t, { permissions: ['hotline.settings.manage'], orgId: orgs.city.id, scope: 'city' });
  const closed = async (over: Record<string, unknown> = {}) => {
    const tk = await answeredTicket(t, agent.headers, over);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/tickets/${tk.id}/close`,
      payload: { version: tk.version },
      headers: agent.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    return tk;
  };
  const resend = (id: string, headers = agent.headers) =>
    t.app.inject({ method: 'POST', url: `/api/hotline/tickets/${id}/survey`, headers });
  const ability = async (id: string, headers = agent.headers) =>
    (await t.app.inject({ method: 'GET', url: `/api/hotline/tickets/${id}`, headers })).json().abilities.resendSurvey as boolean;
  const surveys = async (ticketId: string) =>
    (await t.kernel.db.selectFrom('hlSurveys').select('id').where('ticketId', '=', ticketId).execute()).length;

  it('401, 403, 404 outside the centre, 409 not closed; nothing written', async () => {
    const open = await answeredTicket(t, agent.headers);
    expect((await resend(open.id, {})).statusCode).toBe(401);
    expect((await resend(open.id, reader.headers)).statusCode).toBe(403);
    expect((await resend(open.id, nankaiAgent.headers)).statusCode).toBe(404);
    expect((await resend(open.id)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_NOT_OPEN', field: 'state' });
    expect(await ability(open.id)).toBe(false);
    expect(await surveys(open.id)).toBe(0);
  });

  it('a closed mobile caller: resent twice (3 links this closing), then refused; the ability follows', async () => {
    const tk = await closed();
    expect(await ability(tk.id)).toBe(true);
    expect(await ability(tk.id, reader.headers)).toBe(false);
    const first = await resend(tk.id);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ ticketId: tk.id, sentBySms: true });
    expect(await lastAudit(t, tk.id)).toMatchObject({ action: 'hotline.survey.resend' });
    expect((await resend(tk.id)).statusCode).toBe(200);
    expect(await ability(tk.id)).toBe(false);
    expect((await resend(tk.id)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_RESEND_LIMIT' });
    expect(await surveys(tk.id)).toBe(3);
  });

  it('refused once the survey is answered, for a landline caller, and while survey SMS are off', async () => {
    const answered = await closed();
    const token = await surveyTokenFromSms(t, answered.number);
    const rated = await t.app.inject({ method: 'POST', url: `/api/hotline/public/surveys/${token}`, payload: { rating: 'satisfied' } });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(await ability(answered.id)).toBe(false);
    expect((await resend(answered.id)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_ANSWERED', field: 'survey' });

    const landline = await closed({ callerPhone: '02223456789' });
    expect(await ability(landline.id)).toBe(false);
    expect((await resend(landline.id)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_NO_MOBILE', field: 'callerPhone' });

    const mobile = await closed();
    const put = (surveyLinkDays: number) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/hotline/settings',
        payload: { ...defaultHotlineSettings, surveyLinkDays },
        headers: settingsManager.headers,
      });
    expect((await put(0)).statusCode).toBe(200);
    expect(await ability(mobile.id)).toBe(false);
    expect((await resend(mobile.id)).json().error).toMatchObject({ code: 'HOTLINE_SURVEY_SMS_OFF' });
    expect((await put(7)).statusCode).toBe(200);
    expect(await ability(mobile.id)).toBe(true);
    expect([await surveys(answered.id), await surveys(landline.id), await surveys(mobile.id)]).toEqual([1, 1, 1]);
  });
});
