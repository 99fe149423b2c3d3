import { localDateAt } from '@tianping/common/calendar/local-date';
import type { Readable } from 'node:stream';
import type { CitizenActor, RequestContext, ScopedActor } from '../access/actor';
import { authorizeOwnerRead } from '../attachments/attachment-access';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { notFound } from '../http/errors';
import { presentInboxItem, presentServiceRecord } from './service-record.presenter';
import {
  findCitizenPhone,
  findServiceRecordForCitizen,
  listServiceRecordsForCitizen,
  listServiceRecordsOf,
  markServiceOpened,
  type ServiceRecordWithFile,
} from './service-record.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'pii' | 'files' | 'attachmentOwners' | 'clock'>;

/** Blind indexes of the citizen's own mobile number (documents served to the number before they registered). */
async function citizenPhoneIndexes(db: DbOrTrx, k: Pick<Kernel, 'pii'>, citizenId: string): Promise<string[]> {
  const enc = await findCitizenPhone(db, citizenId);
  return enc ? k.pii.blindIndexCandidates('phone', k.pii.decrypt(enc)) : [];
}

export async function listInbox(k: Services, actor: CitizenActor) {
  const indexes = await citizenPhoneIndexes(k.db, k, actor.citizenId);
  const rows = await listServiceRecordsForCitizen(k.db, actor.citizenId, indexes);
  return { items: rows.map(presentInboxItem) };
}

/**
 * The citizen opens a served document: the portal records the first opening as the time of
 * opening and of acknowledgement (电子送达: service is effective when the recipient opens
 * the document), audits every opening, and streams the file.
 */
export async function openInboxItem(
  k: Services,
  ctx: RequestContext,
  actor: CitizenActor,
  id: string,
): Promise<{ row: ServiceRecordWithFile; stream: Readable }> {
  return k.db.transaction().execute(async (trx) => {
    const indexes = await citizenPhoneIndexes(trx, k, actor.citizenId);
    const row = await findServiceRecordForCitizen(trx, id, actor.citizenId, indexes);
    if (!row) throw notFound();
    const stream = await k.files.get(row.storageKey);
    try {
      const at = k.clock.now().toISOString();
      await markServiceOpened(trx, row.id, at, actor.citizenId);
      await k.audit.record(trx, ctx, {
        action: 'service.record.open',
        entityType: 'serviceRecord',
        entityId: row.id,
        orgId: row.orgId,
        before: { status: row.status, openedAt: row.openedAt, acknowledgedAt: row.acknowledgedAt },
        after: { status: 'acknowledged', openedAt: row.openedAt ?? at, acknowledgedAt: row.acknowledgedAt ?? at },
      });
    } catch (err) {
      stream.destroy();
      throw err;
    }
    return { row, stream };
  });
}

/** Service records of one record, through the owning record's read policy (404 outside it). */
export async function listServiceRecords(k: Services, actor: ScopedActor, entityType: string, entityId: string) {
  return k.db.transaction().execute(async (trx) => {
    await authorizeOwnerRead(trx, k, actor, entityType, entityId);
    const rows = await listServiceRecordsOf(trx, entityType, entityId);
    const today = localDateAt(k.clock.now());
    return { items: rows.map((r) => presentServiceRecord(r, today)) };
  });
}
