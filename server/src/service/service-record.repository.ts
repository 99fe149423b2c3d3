import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { DbOrTrx } from '../db/database';
import type { Database } from '../db/schema';
import type { ServiceRecordTable } from './tables';

export type ServiceRecordRow = Selectable<ServiceRecordTable>;

export async function insertServiceRecord(db: DbOrTrx, row: Insertable<ServiceRecordTable>): Promise<void> {
  await db.insertInto('serviceRecords').values(row).execute();
}

const withFile = (db: DbOrTrx) =>
  db
    .selectFrom('serviceRecords')
    .innerJoin('attachments', 'attachments.id', 'serviceRecords.attachmentId')
    .leftJoin('organisations', 'organisations.id', 'serviceRecords.orgId')
    .selectAll('serviceRecords')
    .select([
      'attachments.fileName',
      'attachments.fileType',
      'attachments.size',
      'attachments.storageKey',
      'attachments.contentType',
      'attachments.sha256',
      'organisations.name as orgName',
    ]);

/** Records of one owning record (the caller has checked the owner's read policy). */
export async function listServiceRecordsOf(db: DbOrTrx, entityType: string, entityId: string) {
  return withFile(db)
    .where('serviceRecords.entityType', '=', entityType)
    .where('serviceRecords.entityId', '=', entityId)
    .orderBy('serviceRecords.sentAt', 'desc')
    .orderBy('serviceRecords.id', 'desc')
    .execute();
}

export type ServiceRecordWithFile = Awaited<ReturnType<typeof listServiceRecordsOf>>[number];

/** A citizen's records: served to their account, or to their mobile number (by blind index). */
function citizenCondition(citizenId: string, phoneIndexes: string[]) {
  return (eb: ExpressionBuilder<Database, 'serviceRecords'>) =>
    phoneIndexes.length
      ? eb.or([eb('serviceRecords.recipientCitizenId', '=', citizenId), eb('serviceRecords.recipientPhoneIndex', 'in', phoneIndexes)])
      : eb('serviceRecords.recipientCitizenId', '=', citizenId);
}

export async function listServiceRecordsForCitizen(db: DbOrTrx, citizenId: string, phoneIndexes: string[]) {
  return withFile(db)
    .where(citizenCondition(citizenId, phoneIndexes))
    .orderBy('serviceRecords.sentAt', 'desc')
    .orderBy('serviceRecords.id', 'desc')
    .limit(500)
    .execute();
}

export async function findServiceRecordForCitizen(db: DbOrTrx, id: string, citizenId: string, phoneIndexes: string[]) {
  return withFile(db).where('serviceRecords.id', '=', id).where(citizenCondition(citizenId, phoneIndexes)).executeTakeFirst();
}

/** Records the acknowledgement unless one exists (a concurrent request won); returns whether this call did. */
export async function markServiceOpened(db: DbOrTrx, id: string, at: string, citizenId: string): Promise<boolean> {
  const res = await db
    .updateTable('serviceRecords')
    .set((eb) => ({
      openedAt: eb.fn.coalesce('openedAt', eb.val(at)),
      acknowledgedAt: at,
      recipientCitizenId: eb.fn.coalesce('recipientCitizenId', eb.val(citizenId)),
      status: 'acknowledged',
    }))
    .where('id', '=', id)
    .where('acknowledgedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findCitizenPhone(db: DbOrTrx, citizenId: string): Promise<string | undefined> {
  const row = await db.selectFrom('citizens').select('phoneEnc').where('id', '=', citizenId).executeTakeFirst();
  return row?.phoneEnc;
}

export async function citizenIdByPhoneIndex(db: DbOrTrx, phoneIndexes: string[]): Promise<string | undefined> {
  if (!phoneIndexes.length) return undefined;
  const row = await db.selectFrom('citizens').select('id').where('phoneIndex', 'in', phoneIndexes).executeTakeFirst();
  return row?.id;
}

export async function citizenExists(db: DbOrTrx, citizenId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('citizens').select('id').where('id', '=', citizenId).executeTakeFirst());
}

/**
 * Records not acknowledged whose fallback day has passed (`fallbackDueOn < today`), oldest first;
 * `unremindedOnly` leaves out those the issuing organisation was already reminded of.
 */
export async function listFallbacksDue(db: DbOrTrx, today: string, limit: number, unremindedOnly = false) {
  return db
    .selectFrom('serviceRecords')
    .selectAll()
    .where('acknowledgedAt', 'is', null)
    .where('fallbackDueOn', '<', today)
    .$call((q) => (unremindedOnly ? q.where('fallbackRemindedAt', 'is', null) : q))
    .orderBy('fallbackDueOn')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks the reminder sent, unless another process did (or the citizen acknowledged) meanwhile. */
export async function markFallbackReminded(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const res = await db
    .updateTable('serviceRecords')
    .set({ fallbackRemindedAt: at })
    .where('id', '=', id)
    .where('fallbackRemindedAt', 'is', null)
    .where('acknowledgedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findAttachmentTitle(db: DbOrTrx, attachmentId: string) {
  return db.selectFrom('attachments').select('fileName').where('id', '=', attachmentId).executeTakeFirst();
}

export async function findOrgName(db: DbOrTrx, orgId: string): Promise<string | undefined> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst())?.name;
}
