import type { DbOrTrx } from '../db/database';

/** The encrypted phone number of one outbox message (for the reveal endpoint). */
export function findOutboxPhone(db: DbOrTrx, id: string): Promise<{ phoneEnc: string } | undefined> {
  return db.selectFrom('smsOutbox').select('phoneEnc').where('id', '=', id).executeTakeFirst();
}
