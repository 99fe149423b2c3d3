import type { DbOrTrx } from '../db/database';

/** The highest version of a generated document of one template and format for a record (0 when none). */
export async function latestDocumentVersion(
  db: DbOrTrx,
  key: { entityType: string; entityId: string; templateId: string; format: string },
): Promise<number> {
  const row = await db
    .selectFrom('attachments')
    .select((eb) => eb.fn.max('documentVersion').as('latest'))
    .where('entityType', '=', key.entityType)
    .where('entityId', '=', key.entityId)
    .where('templateId', '=', key.templateId)
    .where('fileType', '=', key.format)
    .executeTakeFirst();
  return Number(row?.latest ?? 0);
}
