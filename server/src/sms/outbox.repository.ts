import type { DbOrTrx } from '../db/database';

/** A page of the outbox, newest first; `phoneIndex` restricts it to one number (blind index). */
export async function findOutboxPage(db: DbOrTrx, q: { phoneIndex?: string; page: number; pageSize: number }) {
  let base = db.selectFrom('smsOutbox');
  if (q.phoneIndex) base = base.where('phoneIndex', '=', q.phoneIndex);
  const [rows, count] = await Promise.all([
    base
      .select(['id', 'createdAt', 'phoneEnc', 'template', 'body', 'status'])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
