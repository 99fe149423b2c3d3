import { localDateAt } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { seedReconsiderationDemo } from './seed-demo';

describe('reconsideration demo data', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2026-11-20T02:00:00.000Z') };
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);
  const db = t.kernel.db;
  const count = async (table: 'reconCases' | 'reconLitigations' | 'workflowInstances') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('seeds agencies, demo accounts, ~250 cases with workflow and ~40 lawsuits, fast', async () => {
    const started = Date.now();
    await seedReconsiderationDemo(t.kernel);
    const ms = Date.now() - started;
    console.log(`reconsideration demo seed: ${ms} ms`);
    // ≈1–2 s on an idle machine (SQLite); generous bounds for loaded CI machines.
    expect(ms).toBeLessThan(15_000);
    const cases = await count('reconCases');
    expect(cases).toBeGreaterThan(200);
    expect(await count('workflowInstances')).toBeGreaterThanOrEqual(cases);
    expect(await count('reconLitigations')).toBeGreaterThanOrEqual(30);
    const states = await db.selectFrom('reconCases').select(['state']).groupBy('state').execute();
    expect(states.map((s) => s.state).sort()).toEqual(
      expect.arrayContaining([
        'accepted',
        'correcting',
        'decided',
        'deciding',
        'mediated',
        'received',
        'rejected',
        'suspended',
        'terminated',
      ]),
    );
    const agencies = await db.selectFrom('organisations').select('name').where('type', '=', 'enforcementAgency').execute();
    expect(agencies.map((a) => a.name)).toEqual(
      expect.arrayContaining(['天津市河西区市场监督管理局', '天津市公安局河西分局', '天津市公安局']),
    );
  });

  it('keeps the case row in step with the workflow: state and the decision timer', async () => {
    const rows = await db
      .selectFrom('reconCases')
      .innerJoin('workflowInstances', 'workflowInstances.entityId', 'reconCases.id')
      .select([
        'reconCases.id',
        'reconCases.state',
        'workflowInstances.state as wfState',
        'reconCases.decisionDueOn',
        'workflowInstances.id as instanceId',
      ])
      .execute();
    for (const r of rows) expect(r.wfState, r.id).toBe(r.state);
    const today = localDateAt(t.kernel.clock.now());
    const overdue = rows.filter((r) => ['accepted', 'deciding'].includes(r.state) && r.decisionDueOn !== null && r.decisionDueOn < today);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const running = rows.filter((r) => ['accepted', 'deciding', 'suspended'].includes(r.state));
    for (const r of running.slice(0, 20)) {
      const timer = await db
        .selectFrom('workflowTimers')
        .select('dueDate')
        .where('instanceId', '=', r.instanceId)
        .where('key', 'in', ['decision', 'decisionSimplified'])
        .where('status', 'in', ['open', 'suspended'])
        .executeTakeFirst();
      expect(timer?.dueDate, r.id).toBe(r.decisionDueOn);
    }
  });

  it('demo accounts sign in with the demo password; applicant data is encrypted; idempotent', async () => {
    for (const username of ['hexi.head', 'hexi.approver', 'hexi.agency']) await loginWithPassword(t, username, 'Tianping@2026');
    const c = await db.selectFrom('reconCases').select(['applicantIdNumberEnc', 'applicantPhoneEnc']).limit(1).executeTakeFirstOrThrow();
    expect(c.applicantIdNumberEnc).not.toMatch(/^\d{17}[\dX]$/);
    const before = await count('reconCases');
    await seedReconsiderationDemo(t.kernel);
    expect(await count('reconCases')).toBe(before);
  });
});
