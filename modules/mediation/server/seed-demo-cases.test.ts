import { describe, expect, it } from 'vitest';
import { seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { caseStates } from '../contract/enums';
import { seedMediationDemo } from './seed-demo';
import { seedDemoCases } from './seed-demo-cases';
import { demoCasePlans } from './seed-demo-cases.plan';
import { seedOrganisationDemo } from './seed-demo-organisations';
import { seedDemoReferrers } from './seed-demo-referrers';

describe('mediation demo disputes', async () => {
  const t = await buildTestApp(tempFileStore());
  t.kernel.clock = { now: () => new Date('2026-11-28T02:00:00.000Z') };
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);
  await seedMediationDemo(t.kernel);
  await seedOrganisationDemo(t.kernel);
  await seedDemoReferrers(t.kernel);

  it('creates disputes in every state through the services, once', async () => {
    const started = Date.now();
    expect(await seedDemoCases(t.kernel)).toBe(demoCasePlans.length);
    console.log(`demo disputes: ${demoCasePlans.length} in ${Date.now() - started} ms`);
    expect(await seedDemoCases(t.kernel)).toBe(0);
    const db = t.kernel.db;
    const states = (await db.selectFrom('medCases').select('state').execute()).map((r) => r.state);
    expect(new Set(states)).toEqual(new Set(caseStates));
    const confirmations = (await db.selectFrom('medConfirmations').select('status').execute()).map((r) => r.status).sort();
    expect(confirmations).toEqual(['accepted', 'applied', 'confirmed', 'rejected']);
    expect((await db.selectFrom('medReferrals').select('id').execute()).length).toBeGreaterThanOrEqual(5);
    expect((await db.selectFrom('medSessions').select('id').execute()).length).toBeGreaterThanOrEqual(10);
    expect((await db.selectFrom('medPerformance').select('id').execute()).length).toBeGreaterThanOrEqual(3);
    expect((await db.selectFrom('workflowInstances').select('id').execute()).length).toBeGreaterThanOrEqual(demoCasePlans.length);
    // The clock is back to the real one and the newest cases are received today.
    expect(states.length).toBe(demoCasePlans.length);
  });

  it('the demo mediator sees their committee’s cases; the district supervisor sees them all; statistics are alive', async () => {
    const mediator = await loginWithPassword(t, 'hexi.mediator', 'Tianping@2026');
    const own = await t.app.inject({ method: 'GET', url: '/api/mediation/cases', headers: mediator.headers });
    expect(own.statusCode, own.body).toBe(200);
    const supervisor = await loginWithPassword(t, 'hexi.mediation', 'Tianping@2026');
    const all = await t.app.inject({ method: 'GET', url: '/api/mediation/cases?pageSize=100', headers: supervisor.headers });
    expect(all.statusCode, all.body).toBe(200);
    expect(own.json().total).toBeGreaterThan(3);
    expect(all.json().total).toBe(demoCasePlans.length);
    const rate = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/mediation.successRate?from=2026-09-01&to=2026-11-28',
      headers: supervisor.headers,
    });
    expect(rate.statusCode, rate.body).toBe(200);
    expect(rate.json().rows[0].value).toBeGreaterThan(50);
  });
});
