import { notificationErrors, type Notification, type NotificationKind } from '@tianping/common/contract/notifications';
import type { RequestContext, StaffActor } from '../access/actor';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { newId } from '../db/ids';
import { fail, notFound } from '../http/errors';
import {
  countUnread,
  findOwnNotification,
  insertNotifications,
  listNotificationsOf,
  markRead,
  phonesOfActiveUsers,
  type NotificationRow,
} from './notification.repository';
import { queueSms } from '../sms/sms-queue';

export interface NotifyInput {
  kind: NotificationKind;
  titleZh: string;
  titleEn: string;
  body?: string | null;
  link?: string | null;
  /** Per user: a notification with this key is created at most once. */
  dedupeKey?: string;
  /**
   * Also text each recipient who has a mobile number (SMS template of server/src/sms/templates.ts).
   * One message per notification created, so the dedupe key deduplicates the SMS too. The text
   * goes to staff phones outside the platform: it must not carry citizens' personal data.
   */
  sms?: { template: string; params: Record<string, string> };
}

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

/**
 * Creates one in-app notification per user inside the caller's transaction (so it exists exactly
 * when the caller's change commits) and, with `sms`, queues one SMS per notification created in the
 * same transaction (`queueSms`: sent by the job runner after the commit; users without a phone get
 * the in-app notification only). Returns the number created (deduplicated ones not counted).
 */
export async function notify(trx: DbOrTrx, now: Date, userIds: readonly string[], input: NotifyInput): Promise<number> {
  const createdAt = now.toISOString();
  const rows = [...new Set(userIds)].map((userId) => ({
    id: newId(),
    userId,
    kind: input.kind,
    titleZh: input.titleZh,
    titleEn: input.titleEn,
    body: input.body ?? null,
    link: input.link ?? null,
    dedupeKey: input.dedupeKey ?? null,
    createdAt,
    readAt: null,
  }));
  const created = await insertNotifications(trx, rows);
  if (input.sms && created.length > 0) {
    const phones = await phonesOfActiveUsers(
      trx,
      created.map((c) => c.userId),
    );
    for (const c of created) {
      const phoneEnc = phones.get(c.userId);
      if (phoneEnc) await queueSms(trx, now, { phoneEnc, ...input.sms, dedupeKey: `notification:${c.id}` });
    }
  }
  return created.length;
}

export function presentNotification(r: NotificationRow): Notification {
  return {
    id: r.id,
    kind: r.kind,
    titleZh: r.titleZh,
    titleEn: r.titleEn,
    body: r.body,
    link: r.link,
    createdAt: r.createdAt,
    readAt: r.readAt,
  };
}

export async function listMyNotifications(k: Services, actor: StaffActor, q: { unreadOnly: boolean; page: number; pageSize: number }) {
  const res = await listNotificationsOf(k.db, actor.userId, q.unreadOnly, q);
  return { items: res.items.map(presentNotification), total: res.total, unread: res.unread, page: q.page, pageSize: q.pageSize };
}

export async function readNotification(k: Services, ctx: RequestContext, actor: StaffActor, id: string): Promise<Notification> {
  return k.db.transaction().execute(async (trx) => {
    const current = await findOwnNotification(trx, actor.userId, id);
    if (!current) throw notFound();
    if (current.readAt) throw fail(notificationErrors, 'NOTIFICATION_ALREADY_READ');
    const now = k.clock.now().toISOString();
    await markRead(trx, actor.userId, id, now);
    await k.audit.record(trx, ctx, {
      action: 'notifications.notification.read',
      entityType: 'notification',
      entityId: id,
      orgId: actor.orgId,
      before: { readAt: null },
      after: { readAt: now },
    });
    return presentNotification({ ...current, readAt: now });
  });
}

export async function readAllNotifications(k: Services, ctx: RequestContext, actor: StaffActor) {
  return k.db.transaction().execute(async (trx) => {
    const updated = await markRead(trx, actor.userId, null, k.clock.now().toISOString());
    if (updated > 0) {
      await k.audit.record(trx, ctx, {
        action: 'notifications.notification.readAll',
        entityType: 'user',
        entityId: actor.userId,
        orgId: actor.orgId,
        after: { markedRead: updated },
      });
    }
    return { updated, unread: await countUnread(trx, actor.userId) };
  });
}
