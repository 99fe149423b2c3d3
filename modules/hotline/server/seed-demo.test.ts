import { describe, expect, it } from 'vitest';
import { addDays, localDateAt } from '@tianping/common/calendar/index';
import { demoPassword, seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { channels, ticketStates } from '../contract/enums';
import { hotlineDemoLogins, seedHotlineDemo } from './seed-demo';

describe('hotline demo: accounts and the activity of the last 35 days', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);
  const db = t.kernel.db;
  const started = performance.now();
  await seedHotlineDemo(t.kernel);
  const firstRun = performance.now() - started;
  const counts = async () => {
    const n = async (
      table: 'hlCalls' | 'hlCallEvents' | 'hlTickets' | 'hlTransfers' | 'hlCallbacks' | 'hlSurveys' | 'hlFollowups' | 'hlRosters',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      calls: await n('hlCalls'),
      events: await n('hlCallEvents'),
      tickets: await n('hlTickets'),
      transfers: await n('hlTransfers'),
      callbacks: await n('hlCallbacks'),
      surveys: await n('hlSurveys'),
      followups: await n('hlFollowups'),
      rosters: await n('hlRosters'),
    };
  };
  const before = await counts();
  console.info(`hotline demo activity: ${JSON.stringify(before)} in ${Math.round(firstRun)} ms`);

  it('creates the accounts once and the activity once (idempotent)', async () => {
    await seedHotlineDemo(t.kernel);
    expect(await counts()).toEqual(before);
    const users = await db
      .selectFrom('users')
      .select('username')
      .where(
        'username',
        'in',
        hotlineDemoLogins.map((u) => u.username),
      )
      .execute();
    expect(users).toHaveLength(hotlineDemoLogins.length);
    expect(before.calls).toBeGreaterThan(2000);
    expect(before.events).toBeGreaterThan(2 * before.calls);
  });

  it('has tickets in every state and channel, transfers with results, callbacks, surveys, follow-ups, rosters', async () => {
    const states = await db.selectFrom('hlTickets').select('state').distinct().execute();
    expect(states.map((s) => s.state).sort()).toEqual([...ticketStates].sort());
    const chans = await db.selectFrom('hlTickets').select('channel').distinct().execute();
    expect(chans.map((s) => s.channel).sort()).toEqual([...channels].sort());
    const transfers = await db.selectFrom('hlTransfers').select(['destination', 'state']).distinct().execute();
    const alliance = transfers.filter((x) => x.destination === 'alliance12345').map((x) => x.state);
    expect(alliance.sort()).toEqual(['accepted', 'completed', 'sent']);
    expect(transfers.some((x) => x.destination === 'notary')).toBe(true);
    // Today's transfers into the other modules, created through their hand-off handlers.
    const handoffs = await db
      .selectFrom('hlTransfers')
      .select(['destination', 'state', 'entityType', 'errorCode'])
      .where('destination', 'in', ['legalAid', 'mediation', 'reconsideration'])
      .orderBy('destination')
      .execute();
    expect(handoffs).toEqual([
      { destination: 'legalAid', state: 'sent', entityType: 'aidCase', errorCode: null },
      { destination: 'mediation', state: 'sent', entityType: 'medCase', errorCode: null },
      { destination: 'reconsideration', state: 'sent', entityType: 'reconCase', errorCode: null },
    ]);
    const now = t.kernel.clock.now().toISOString();
    const overdue = await db.selectFrom('hlCallbacks').select('id').where('state', '=', 'pending').where('dueAt', '<', now).execute();
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const cbStates = await db.selectFrom('hlCallbacks').select('state').distinct().execute();
    expect(cbStates.map((c) => c.state).sort()).toEqual(['done', 'failed', 'pending']);
    const unhappy = await db.selectFrom('hlSurveys').select(['ticketId', 'reopened']).where('rating', '=', 'dissatisfied').execute();
    expect(unhappy).toEqual([{ ticketId: expect.any(String), reopened: 1 }]);
    const reopened = await db.selectFrom('hlTickets').select('state').where('id', '=', unhappy[0]!.ticketId).executeTakeFirstOrThrow();
    expect(reopened.state).toBe('reopened');
    const note = await db
      .selectFrom('notifications')
      .select('kind')
      .where('link', '=', `/workbench/hotline/tickets/${unhappy[0]!.ticketId}`)
      .execute();
    expect(note.map((n) => n.kind)).toContain('hotline.ticketReopened');
    const visits = await db.selectFrom('hlFollowups').select('state').distinct().execute();
    expect(visits.map((v) => v.state).sort()).toEqual(['done', 'pending', 'unreached']);
    const today = localDateAt(t.kernel.clock.now());
    const next = await db.selectFrom('hlRosters').select('id').where('dutyDate', '>', addDays(today, 6)).execute();
    expect(next.length).toBeGreaterThan(0);
    // Every ticket number is unique and the counter continues after the last.
    const numbers = await db.selectFrom('hlTickets').select('number').execute();
    expect(new Set(numbers.map((n) => n.number)).size).toBe(numbers.length);
  });

  it('the statistics of the demo look like the seed figures (city supervisor)', async () => {
    const city = await loginWithPassword(t, 'city.hotline', demoPassword);
    const from = addDays(localDateAt(t.kernel.clock.now()), -34);
    const to = localDateAt(t.kernel.clock.now());
    const value = async (id: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/hotline.${id}?from=${from}&to=${to}`,
        headers: city.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().rows[0]?.value as number;
    };
    expect(await value('connectionRate')).toBeGreaterThan(98.5);
    expect(await value('satisfactionRate')).toBeGreaterThan(99);
    expect(await value('p90Wait')).toBeGreaterThan(await value('averageWait'));
    expect(await value('callbacksOnTime')).toBeGreaterThan(70);
  });

  it('the demo follow-up draws can be recomputed and verify (GET /api/hotline/followups/draws/:id)', async () => {
    const city = await loginWithPassword(t, 'city.hotline', demoPassword);
    const list = await t.app.inject({ method: 'GET', url: '/api/hotline/followups/draws', headers: city.headers });
    expect(list.json().total).toBeGreaterThan(0);
    for (const d of list.json().items as { id: string }[]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/hotline/followups/draws/${d.id}`, headers: city.headers });
      expect(res.json()).toMatchObject({ id: d.id, verified: true, populationQuery: { excludesEarlierFollowUps: true } });
    }
  });

  it('the 河西 agent still records a simulated call as a new ticket, numbered after the demo ones', async () => {
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
    const list = await t.app.inject({ method: 'GET', url: '/api/hotline/tickets?pageSize=5', headers: agent.headers });
    expect(list.json().items[0].id).toBe(ticket.json().id);
  });
});
