import type { Insertable, Selectable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { NotificationTable } from './tables';

export type NotificationRow = Selectable<NotificationTable>;

/** Inserts notifications; rows whose (user, dedupe key) exists already are skipped. Returns the rows inserted. */
export async function insertNotifications(db: DbOrTrx, rows: Insertable<NotificationTable>[]): Promise<{ id: string; userId: string }[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.columns(['userId', 'dedupeKey']).doNothing())
    .returning(['id', 'userId'])
    .execute();
}

/** Encrypted mobile numbers of the active users among `userIds` who have one. */
export async function phonesOfActiveUsers(db: DbOrTrx, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'phoneEnc'])
    .where('id', 'in', userIds)
    .where('active', '=', 1)
    .where('phoneEnc', 'is not', null)
    .execute();
  return new Map(rows.flatMap((r) => (r.phoneEnc ? [[r.id, r.phoneEnc] as const] : [])));
}

export async function listNotificationsOf(db: DbOrTrx, userId: string, unreadOnly: boolean, page: { page: number; pageSize: number }) {
  const base = db
    .selectFrom('notifications')
    .where('userId', '=', userId)
    .$call((q) => (unreadOnly ? q.where('readAt', 'is', null) : q));
  const [items, total, unread] = await Promise.all([
    base
      .selectAll()
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    countUnread(db, userId),
  ]);
  return { items, total: Number(total.n), unread };
}

export async function countUnread(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A notification of this user (another user's is "not found"). */
export async function findOwnNotification(db: DbOrTrx, userId: string, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
}

export async function markRead(db: DbOrTrx, userId: string, id: string | null, now: string): Promise<number> {
  const res = await db
    .updateTable('notifications')
    .set({ readAt: now })
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .$call((q) => (id ? q.where('id', '=', id) : q))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
