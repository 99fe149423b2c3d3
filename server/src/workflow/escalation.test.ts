import { officialHolidayCalendar, parseLocalDate } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { createJobRunner } from '../jobs/job-runner';
import { notify } from '../notifications/notification.service';
import { smsDeliveryJob } from '../sms/sms-queue';
import { dueSoonHorizon, escalateDeadlines, escalationJob, escalationSchedule } from './escalation.job';
import { setClock, testActor, testCaseWorkflow as wf, testContext } from './test-workflow';
import { suspendTimers } from './workflow-timers.service';
import { startWorkflow } from './workflow.service';

describe('deadline escalation (handler, then supervisor when overdue; once per timer and status)', async () => {
  const t = await buildTestApp();
  const k = t.kernel;
  const district = await createOrg(t, { type: 'districtBureau' });
  const office = await createOrg(t, { parentId: district.id, type: 'justiceOffice' });
  const handler = await loginAs(t, { permissions: [], orgId: office.id });
  const supervisor = await loginAs(t, { permissions: [], orgId: district.id, scope: 'subtree' });
  const districtClerk = await loginAs(t, { permissions: [], orgId: district.id, scope: 'own' });
  const ctx = testContext(testActor(handler, ['test.case.accept']));
  const start = (entityId: string, effectiveDate: string) =>
    k.db.transaction().execute((trx) => startWorkflow(k, trx, ctx, wf, { entityId, orgId: office.id, payload: { effectiveDate } }));
  const inbox = async (userId: string) =>
    (
      await k.db
        .selectFrom('notifications')
        .select(['kind', 'titleZh', 'link'])
        .where('userId', '=', userId)
        .orderBy('createdAt')
        .orderBy('id')
        .execute()
    ).map((n) => `${n.kind} ${n.titleZh}`);

  it('finds the last due-soon day across the National Day break', () => {
    // From Tuesday 30 September: 30 Sep, 9 Oct, 10 Oct are the three working days left.
    expect(dueSoonHorizon(parseLocalDate('2025-09-30'), officialHolidayCalendar)).toBe('2025-10-10');
  });

  it('notifies the handler once when due soon, and handler plus supervisor once when overdue', async () => {
    const due = await start('A-1', '2025-09-26'); // review due 2025-10-10
    await start('A-2', '2025-10-20'); // review due far later: normal
    const paused = await start('A-3', '2025-09-26');
    await k.db.transaction().execute((trx) => suspendTimers(k, trx, ctx, paused, { kind: 'correction', from: '2025-09-29' }));

    setClock(t, '2025-09-29T01:00:00.000Z');
    expect(await escalateDeadlines(k)).toBe(0);
    setClock(t, '2025-09-30T01:00:00.000Z');
    expect(await escalateDeadlines(k)).toBe(1);
    expect(await escalateDeadlines(k)).toBe(0);
    expect(await inbox(handler.userId)).toEqual(['workflow.dueSoon 即将到期：审查申请 A-1（期限 2025-10-10）']);
    expect(await inbox(supervisor.userId)).toEqual([]);

    setClock(t, '2025-10-11T01:00:00.000Z');
    expect(await escalateDeadlines(k)).toBe(1);
    expect(await escalateDeadlines(k)).toBe(0);
    expect(await inbox(handler.userId)).toEqual([
      'workflow.dueSoon 即将到期：审查申请 A-1（期限 2025-10-10）',
      'workflow.overdue 已逾期：审查申请 A-1（期限 2025-10-10）',
    ]);
    expect(await inbox(supervisor.userId)).toEqual(['workflow.supervisorOverdue 下级办件已逾期：审查申请 A-1（期限 2025-10-10）']);
    expect(await inbox(districtClerk.userId)).toEqual([]);
    const timer = await k.db
      .selectFrom('workflowTimers')
      .select('escalatedStatus')
      .where('instanceId', '=', due.id)
      .executeTakeFirstOrThrow();
    expect(timer.escalatedStatus).toBe('overdue');
  });

  it('runs as the daily recurring job of the workflow module', async () => {
    await start('B-1', '2025-10-09'); // review due 2025-10-15 (Saturday 11 October is a make-up working day)
    setClock(t, '2025-10-14T01:00:00.000Z');
    const runner = createJobRunner(k, [escalationJob], [escalationSchedule], { workerId: 'test' });
    expect(await runner.runOnce()).toBe(1);
    expect(await runner.runOnce()).toBe(0);
    expect((await inbox(handler.userId)).at(-1)).toBe('workflow.dueSoon 即将到期：审查申请 B-1（期限 2025-10-15）');
  });

  it('texts overdue escalations to handlers with a phone, once, after the commit', async () => {
    const setPhone = (userId: string, phone: string) =>
      k.db
        .updateTable('users')
        .set({ phoneEnc: k.pii.encrypt(phone), phoneIndex: k.pii.blindIndex('phone', phone), phoneMasked: '138****0000' })
        .where('id', '=', userId)
        .execute();
    await setPhone(handler.userId, '13800000001');
    await setPhone(supervisor.userId, '13800000002');
    const colleague = await loginAs(t, { permissions: [], orgId: office.id }); // no phone: in-app only
    const outbox = () => k.db.selectFrom('smsOutbox').select(['phoneIndex', 'template', 'body']).execute();
    const sendQueued = () => createJobRunner(k, [smsDeliveryJob], [], { workerId: 'sms-test' }).runOnce();

    await start('C-1', '2025-09-26'); // review due 2025-10-10, overdue on 14 October
    setClock(t, '2025-10-14T02:00:00.000Z');
    expect(await escalateDeadlines(k)).toBe(1);
    expect((await inbox(colleague.userId)).at(-1)).toBe('workflow.overdue 已逾期：审查申请 C-1（期限 2025-10-10）');
    // Queued with the notification, handed to the gateway only by the job runner.
    expect(await outbox()).toEqual([]);
    expect(await sendQueued()).toBe(1);
    const sent = await outbox();
    expect(sent).toEqual([
      {
        phoneIndex: k.pii.blindIndex('phone', '13800000001'),
        template: 'workflow.overdue',
        body: '【天平】您有一件办理事项已逾期（期限2025-10-10），请尽快登录工作台处理。',
      },
    ]);
    expect(sent[0]!.body).not.toContain('C-1');

    // A second run neither notifies nor texts again.
    expect(await escalateDeadlines(k)).toBe(0);
    expect(await sendQueued()).toBe(0);
    expect(await outbox()).toHaveLength(1);
  });

  it('queues no SMS when the notifying transaction rolls back, and one per notification', async () => {
    const jobs = () => k.db.selectFrom('jobs').select('id').where('kind', '=', 'sms.deliver').execute();
    const before = (await jobs()).length;
    const input = {
      kind: 'workflow.overdue' as const,
      titleZh: '测试',
      titleEn: 'Test',
      dedupeKey: 'rollback-test',
      sms: { template: 'workflow.overdue', params: { dueDate: '2025-10-10' } },
    };
    await expect(
      k.db.transaction().execute(async (trx) => {
        await notify(trx, k.clock.now(), [handler.userId], input);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobs()).toHaveLength(before);
    await k.db.transaction().execute((trx) => notify(trx, k.clock.now(), [handler.userId], input));
    await k.db.transaction().execute((trx) => notify(trx, k.clock.now(), [handler.userId], input));
    expect(await jobs()).toHaveLength(before + 1);
    // A template parameter missing fails the caller's transaction, not the delivery later.
    await expect(
      k.db
        .transaction()
        .execute((trx) =>
          notify(trx, k.clock.now(), [handler.userId], { ...input, dedupeKey: 'bad', sms: { template: 'workflow.overdue', params: {} } }),
        ),
    ).rejects.toThrow(/dueDate/);
  });
});
