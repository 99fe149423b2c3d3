import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { newId } from '../db/ids';
import { setClock } from './test-workflow';

describe('GET /api/todos', async () => {
  const t = await buildTestApp();
  const me = await loginAs(t, { permissions: [] });
  const colleague = await loginAs(t, { permissions: [], orgId: me.orgId });
  const stranger = await loginAs(t, { permissions: [] });
  const get = (query: string, headers?: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/todos${query}`, ...(headers ? { headers } : {}) });
  const todo = (title: string, dueDate: string | null, assignee: { userId?: string; orgId?: string }, status: 'open' | 'done' = 'open') =>
    t.kernel.db
      .insertInto('todoItems')
      .values({
        id: newId(),
        assigneeUserId: assignee.userId ?? null,
        assigneeOrgId: assignee.orgId ?? null,
        instanceId: null,
        entityType: 'testCase',
        entityId: title,
        state: null,
        titleZh: title,
        titleEn: title,
        url: `/workbench/test-cases/${title}`,
        dueDate,
        status,
        createdAt: new Date().toISOString(),
        closedAt: status === 'done' ? new Date().toISOString() : null,
      })
      .execute();

  it('401 without a session; 403 while restricted', async () => {
    expect((await get('')).statusCode).toBe(401);
    const restricted = await loginAs(t, { permissions: [] });
    await t.kernel.db.updateTable('users').set({ mustChangePassword: 1 }).where('id', '=', restricted.userId).execute();
    expect((await get('', restricted.headers)).statusCode).toBe(403);
  });

  it('400 on an unknown status, sort or page size', async () => {
    for (const q of ['?status=closed', '?sort=title', '?pageSize=500', '?page=0'])
      expect((await get(q, me.headers)).statusCode, q).toBe(400);
  });

  it("lists the caller's own and organisation items by due date with deadline status; never others'", async () => {
    // Sunday 28 September 2025 in Beijing: a make-up working day before National Day.
    setClock(t, '2025-09-28T02:00:00.000Z');
    await todo('late', '2025-09-26', { userId: me.userId });
    await todo('soon', '2025-09-30', { orgId: me.orgId });
    await todo('afterHoliday', '2025-10-09', { userId: me.userId });
    await todo('undated', null, { userId: me.userId });
    await todo('finished', '2025-09-01', { userId: me.userId }, 'done');
    await todo('colleagues', '2025-09-29', { userId: colleague.userId });
    await todo('elsewhere', '2025-09-29', { orgId: stranger.orgId });
    const res = await get('?status=open&sort=dueDate', me.headers);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.total).toBe(4);
    expect(
      page.items.map((i: { titleZh: string; deadline: { status: string } | null; assignedTo: string }) => [
        i.titleZh,
        i.deadline?.status ?? null,
        i.assignedTo,
      ]),
    ).toEqual([
      ['late', 'overdue', 'personal'],
      // 28, 29, 30 September: 3 working days left.
      ['soon', 'dueSoon', 'organisation'],
      // 28–30 September and 9 October: 4 working days (1–8 October are the holiday).
      ['afterHoliday', 'normal', 'personal'],
      ['undated', null, 'personal'],
    ]);
    expect(page.items[0].deadline).toMatchObject({ overdueWorkdays: 1, remainingDays: -2 });
    const reversed = (await get('?sort=-dueDate&pageSize=2&page=1', me.headers)).json();
    expect(reversed.items.map((i: { titleZh: string }) => i.titleZh)).toEqual(['afterHoliday', 'soon']);
    const done = (await get('?status=done', me.headers)).json();
    expect(done.items).toMatchObject([{ titleZh: 'finished', deadline: null, status: 'done' }]);
    expect((await get('', colleague.headers)).json().items.map((i: { titleZh: string }) => i.titleZh)).toEqual(['colleagues', 'soon']);
  });

  it('pages a user with 5,000 open items by due date (index on assignee, status, due date)', async () => {
    const busy = await loginAs(t, { permissions: [] });
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      id: newId(),
      assigneeUserId: busy.userId,
      assigneeOrgId: null,
      instanceId: null,
      entityType: 'testCase',
      entityId: `bulk-${i}`,
      state: null,
      titleZh: `批量 ${i}`,
      titleEn: `Bulk ${i}`,
      url: '/workbench',
      dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      status: 'open' as const,
      createdAt: new Date().toISOString(),
      closedAt: null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await t.kernel.db
        .insertInto('todoItems')
        .values(rows.slice(i, i + 500))
        .execute();
    const page = (await get('?pageSize=50&page=3', busy.headers)).json();
    expect(page.total).toBe(5000);
    expect(page.items).toHaveLength(50);
    const dates = page.items.map((i: { dueDate: string }) => i.dueDate);
    expect(dates).toEqual([...dates].sort());
  });
});
