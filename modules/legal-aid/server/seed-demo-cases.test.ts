import { describe, expect, it } from 'vitest';
import { seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { addDays, localDateAt } from '@tianping/common/calendar/index';
import { caseStates } from '../contract/enums';
import { recentDutyDays } from './seed-demo-duty';
import { seedAidRolesAndUsers } from './seed-demo';
import { seedDemoCases } from './seed-demo-cases';
import { demoAidPlans } from './seed-demo-cases.plan';
import { seedDemoProviders } from './seed-demo-providers';

describe('legal aid demo cases: every state, real workflow, idempotent', async () => {
  const t = await buildTestApp();
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);
  await seedAidRolesAndUsers(t.kernel);
  await seedDemoProviders(t.kernel, { from: '2025-11-01', to: '2025-11-30' });
  const db = t.kernel.db;

  it('seeds every state in every centre over the last two months, once', async () => {
    const started = Date.now();
    await seedDemoCases(t.kernel);
    console.log(`legal aid demo cases in ${Date.now() - started} ms`);
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('aidCases')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const first = await count();
    await seedDemoCases(t.kernel);
    expect(await count()).toBe(first);

    const hexi = await db
      .selectFrom('organisations')
      .select('id')
      .where('type', '=', 'legalAidCentre')
      .where('name', 'like', '%河西%')
      .executeTakeFirstOrThrow();
    const states = await db.selectFrom('aidCases').select('state').distinct().where('orgId', '=', hexi.id).execute();
    expect(states.map((s) => s.state).sort()).toEqual([...caseStates].sort());
    const centres = await db.selectFrom('aidCases').select('orgId').distinct().execute();
    expect(centres.length).toBeGreaterThanOrEqual(16);

    // Live cases carry their running clocks and todo items; notices never open the review.
    const open = await db
      .selectFrom('workflowTimers as t')
      .innerJoin('workflowInstances as i', 'i.id', 't.instanceId')
      .innerJoin('aidCases as c', 'c.id', 'i.entityId')
      .select(['t.key', 'c.state', 'c.origin'])
      .where('t.status', '=', 'open')
      .where('c.orgId', '=', hexi.id)
      .execute();
    expect(open.some((x) => x.key === 'review' && x.state === 'received')).toBe(true);
    expect(open.some((x) => x.key === 'assign' && x.state === 'granted' && x.origin === 'notice')).toBe(true);
    expect(open.some((x) => x.key === 'review' && x.origin === 'notice')).toBe(false);
    const live = await db.selectFrom('aidCases').select(['state', 'reviewDueOn', 'assignDueOn']).where('orgId', '=', hexi.id).execute();
    for (const c of live.filter((x) => x.state === 'received')) expect(c.reviewDueOn).not.toBeNull();
    for (const c of live.filter((x) => x.state === 'granted')) expect(c.assignDueOn).not.toBeNull();

    for (const table of [
      'aidNotices',
      'aidAssignments',
      'aidProgress',
      'aidClosures',
      'aidSubsidies',
      'aidFollowups',
      'aidQualityReviews',
      'aidObjections',
      'aidTerminations',
      'aidMaterialRequests',
    ] as const) {
      const n = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(n.n), table).toBeGreaterThan(0);
    }
    const recentDuty = await db
      .selectFrom('aidDutyServices')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('servedOn', '>=', addDays(localDateAt(t.kernel.clock.now()), -recentDutyDays))
      .executeTakeFirstOrThrow();
    expect(Number(recentDuty.n)).toBeGreaterThan(100);
    const subsidyStatuses = await db.selectFrom('aidSubsidies').select('status').distinct().execute();
    expect(subsidyStatuses.map((s) => s.status).sort()).toEqual(['approved', 'paid', 'pending']);
    const objectionStatuses = await db.selectFrom('aidObjections').select('status').distinct().execute();
    expect(objectionStatuses.map((s) => s.status).sort()).toEqual(['open', 'upheld']);
  }, 180_000);

  it('the centre sees its queue, and the demo lawyer has cases assigned to him', async () => {
    const hexi = await db
      .selectFrom('organisations')
      .select('id')
      .where('type', '=', 'legalAidCentre')
      .where('name', 'like', '%河西%')
      .executeTakeFirstOrThrow();
    const reviewer = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: hexi.id, scope: 'own' });
    const queue = await t.app.inject({ method: 'GET', url: '/api/legal-aid/cases?state=received', headers: reviewer.headers });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().total).toBeGreaterThanOrEqual(5);
    const wang = await db.selectFrom('users').select('id').where('username', '=', 'lawyer.wang').executeTakeFirstOrThrow();
    const mine = await db.selectFrom('aidCases').select('id').where('assigneeUserId', '=', wang.id).execute();
    expect(mine.length).toBeGreaterThan(0);
  });

  it('the statistics of the demo centre are the figures of its plan (stats API)', async () => {
    const hexi = await db
      .selectFrom('organisations')
      .select('id')
      .where('type', '=', 'legalAidCentre')
      .where('name', 'like', '%河西%')
      .executeTakeFirstOrThrow();
    const reader = await loginAs(t, { permissions: ['stats.metric.read'], orgId: hexi.id, scope: 'own' });
    const today = localDateAt(t.kernel.clock.now());
    const metric = async (id: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/stats/metrics/legalAid.${id}?from=${addDays(today, -90)}&to=${today}`,
        headers: reader.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().rows as { series: string | null; value: number }[];
    };
    const sum = (r: { value: number }[]) => r.reduce((a, x) => a + x.value, 0);
    const notices = demoAidPlans.filter((p) => p.origin === 'notice');
    expect(sum(await metric('notices'))).toBe(notices.length);
    expect(sum(await metric('applications'))).toBe(demoAidPlans.length - notices.length);
    expect(sum((await metric('applications')).filter((r) => r.series === 'wages'))).toBe(
      demoAidPlans.filter((p) => p.matter === 'wages').length,
    );
    const decisions = await metric('decisions');
    expect(sum(decisions.filter((r) => r.series !== 'granted'))).toBe(demoAidPlans.filter((p) => p.state === 'denied').length);
    expect((await metric('reviewOnTimeRate'))[0]!.value).toBe(100);
    const ratings = demoAidPlans.flatMap((p) => (p.followup ? [p.followup] : []));
    const satisfied = ratings.filter((r) => r >= 4).length;
    expect((await metric('satisfactionRate'))[0]!.value).toBe(Math.round((10000 * satisfied) / ratings.length) / 100);
    expect(sum(await metric('objections'))).toBe(demoAidPlans.filter((p) => p.objection).length);
    const aided = await metric('aidedCases');
    expect(sum(aided)).toBe(demoAidPlans.filter((p) => ['granted', 'assigned', 'closed', 'terminated'].includes(p.state)).length);
    expect(sum(aided.filter((r) => r.series === 'notice'))).toBe(notices.length);
  }, 60_000);
});
