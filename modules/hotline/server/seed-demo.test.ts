import { describe, expect, it } from 'vitest';
import { demoPassword, seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { hotlineDemoLogins, seedHotlineRolesAndUsers } from './seed-demo';

describe('hotline demo accounts', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);

  it('creates the 河西 agent and the city supervisor idempotently; a simulated call becomes a ticket the city sees', async () => {
    await seedHotlineRolesAndUsers(t.kernel);
    await seedHotlineRolesAndUsers(t.kernel);
    const users = await t.kernel.db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.orgId')
      .select(['users.username', 'organisations.type'])
      .where(
        'users.username',
        'in',
        hotlineDemoLogins.map((u) => u.username),
      )
      .orderBy('users.username')
      .execute();
    expect(users).toEqual([
      { username: 'city.hotline', type: 'cityBureau' },
      { username: 'hexi.agent', type: 'legalServiceCentre' },
    ]);
    const agent = await loginWithPassword(t, 'hexi.agent', demoPassword);
    const sim = await t.app.inject({ method: 'POST', url: '/api/hotline/dev/simulate-call', headers: agent.headers, payload: {} });
    expect(sim.statusCode, sim.body).toBe(201);
    const screen = (await t.app.inject({ method: 'GET', url: '/api/hotline/desk/incoming', headers: agent.headers })).json();
    const ticket = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/tickets',
      headers: agent.headers,
      payload: {
        channel: 'phone',
        callId: screen.call.callId,
        category: 'consumer',
        question: '网购商品有质量问题，商家拒绝退货。',
        answer: '可向12315投诉或起诉。',
      },
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const city = await loginWithPassword(t, 'city.hotline', demoPassword);
    const list = await t.app.inject({ method: 'GET', url: '/api/hotline/tickets', headers: city.headers });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([ticket.json().id]);
  });
});
