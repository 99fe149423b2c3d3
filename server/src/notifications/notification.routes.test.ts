import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { loginAs } from '../../test/login';
import { notify } from './notification.service';

describe('notifications API', async () => {
  const t = await buildTestApp();
  const me = await loginAs(t, { permissions: [] });
  const other = await loginAs(t, { permissions: [] });
  const get = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'GET', url, ...(headers ? { headers } : {}) });
  const post = (url: string, headers?: Record<string, string>) => t.app.inject({ method: 'POST', url, ...(headers ? { headers } : {}) });
  const send = (userIds: string[], n: number, dedupeKey?: string) =>
    t.kernel.db.transaction().execute((trx) =>
      notify(trx, new Date(Date.UTC(2025, 9, 1, 0, 0, n)), userIds, {
        kind: 'workflow.dueSoon',
        titleZh: `即将到期 ${n}`,
        titleEn: `Due soon ${n}`,
        link: '/workbench/x',
        ...(dedupeKey ? { dedupeKey } : {}),
      }),
    );
  const ids = async (headers: Record<string, string>, query = '') => (await get(`/api/notifications${query}`, headers)).json();

  it('401 without a session; 403 while the user must still change the password', async () => {
    expect((await get('/api/notifications')).statusCode).toBe(401);
    expect((await post('/api/notifications/read-all')).statusCode).toBe(401);
    const restricted = await loginAs(t, { permissions: [] });
    await t.kernel.db.updateTable('users').set({ mustChangePassword: 1 }).where('id', '=', restricted.userId).execute();
    const res = await get('/api/notifications', restricted.headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('400 on a malformed id or query', async () => {
    expect((await post('/api/notifications/not-an-id/read', me.headers)).statusCode).toBe(400);
    expect((await get('/api/notifications?pageSize=1000', me.headers)).statusCode).toBe(400);
    expect((await get('/api/notifications?unreadOnly=maybe', me.headers)).statusCode).toBe(400);
  });

  it('notify creates one per user, deduplicated by key; the list is newest first with the unread count', async () => {
    expect(await send([me.userId, me.userId, other.userId], 1)).toBe(2);
    expect(await send([me.userId], 2, 'timer:x:dueSoon')).toBe(1);
    expect(await send([me.userId], 3, 'timer:x:dueSoon')).toBe(0);
    const page = await ids(me.headers);
    expect(page).toMatchObject({ unread: 2, total: 2, page: 1, pageSize: 10 });
    expect(page.items.map((n: { titleZh: string }) => n.titleZh)).toEqual(['即将到期 2', '即将到期 1']);
    expect(page.items[0]).toMatchObject({ kind: 'workflow.dueSoon', link: '/workbench/x', readAt: null, titleEn: 'Due soon 2' });
  });

  it("404 for another user's notification or an unknown one", async () => {
    const theirs = (await ids(other.headers)).items[0].id;
    expect((await post(`/api/notifications/${theirs}/read`, me.headers)).statusCode).toBe(404);
    expect((await post('/api/notifications/01ARZ3NDEKTSV4RRFFQ69G5FAV/read', me.headers)).statusCode).toBe(404);
  });

  it('marks one read (audited), 409 when already read, then all read', async () => {
    const [first] = (await ids(me.headers)).items;
    const res = await post(`/api/notifications/${first.id}/read`, me.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json().readAt).toEqual(expect.any(String));
    const audit = await t.kernel.db.selectFrom('auditEvents').selectAll().where('entityId', '=', first.id).execute();
    expect(audit).toMatchObject([{ action: 'notifications.notification.read', actorId: me.userId }]);
    const again = await post(`/api/notifications/${first.id}/read`, me.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('NOTIFICATION_ALREADY_READ');
    expect((await ids(me.headers, '?unreadOnly=true')).total).toBe(1);
    const all = await post('/api/notifications/read-all', me.headers);
    expect(all.json()).toEqual({ updated: 1, unread: 0 });
    const allAudit = await t.kernel.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('entityId', '=', me.userId)
      .where('action', '=', 'notifications.notification.readAll')
      .execute();
    expect(allAudit).toHaveLength(1);
    expect((await ids(other.headers)).unread).toBe(1);
  });
});
