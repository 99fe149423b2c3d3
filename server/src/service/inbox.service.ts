import { localDateAt } from '@tianping/common/calendar/local-date';
import { serviceErrors, type InboxItem } from '@tianping/common/contract/service';
import type { Readable } from 'node:stream';
import type { CitizenActor, RequestContext, ScopedActor } from '../access/actor';
import { authorizeOwnerRead } from '../attachments/attachment-access';
import type { Kernel } from '../core/module';
import type { DbOrTrx } from '../db/database';
import { fail, notFound } from '../http/errors';
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
 * The citizen acknowledges a served document (签收): the first acknowledgement records the time of
 * opening and of acknowledgement (电子送达: service is effective when the recipient receives the
 * document in the portal) and is audited; repeating it changes nothing. A POST, so it carries the
 * CSRF token: a link on another site can never complete a service in the citizen's name.
 */
export async function acknowledgeInboxItem(k: Services, ctx: RequestContext, actor: CitizenActor, id: string): Promise<InboxItem> {
  return k.db.transaction().execute(async (trx) => {
    const indexes = await citizenPhoneIndexes(trx, k, actor.citizenId);
    const row = await findServiceRecordForCitizen(trx, id, actor.citizenId, indexes);
    if (!row) throw notFound();
    if (row.acknowledgedAt) return presentInboxItem(row);
    const at = k.clock.now().toISOString();
    if (!(await markServiceOpened(trx, row.id, at, actor.citizenId))) {
      const current = await findServiceRecordForCitizen(trx, id, actor.citizenId, indexes);
      return presentInboxItem(current ?? row);
    }
    const after = { status: 'acknowledged' as const, openedAt: row.openedAt ?? at, acknowledgedAt: at };
    await k.audit.record(trx, ctx, {
      action: 'service.record.acknowledge',
      entityType: 'serviceRecord',
      entityId: row.id,
      orgId: row.orgId,
      before: { status: row.status, openedAt: row.openedAt, acknowledgedAt: row.acknowledgedAt },
      after,
    });
    return presentInboxItem({ ...row, ...after, recipientCitizenId: row.recipientCitizenId ?? actor.citizenId });
  });
}

/**
 * Streams an acknowledged document; reading changes nothing (a GET), and a document not yet
 * acknowledged is refused, so reading it always follows the recorded acknowledgement. Every
 * reading is audited (`service.record.view`), like attachment downloads.
 */
export async function readInboxDocument(
  k: Services,
  ctx: RequestContext,
  actor: CitizenActor,
  id: string,
): Promise<{ row: ServiceRecordWithFile; stream: Readable }> {
  const indexes = await citizenPhoneIndexes(k.db, k, actor.citizenId);
  const row = await findServiceRecordForCitizen(k.db, id, actor.citizenId, indexes);
  if (!row) throw notFound();
  if (!row.acknowledgedAt) throw fail(serviceErrors, 'SERVICE_NOT_ACKNOWLEDGED');
  const stream = await k.files.get(row.storageKey);
  try {
    await k.audit.record(k.db, ctx, { action: 'service.record.view', entityType: 'serviceRecord', entityId: row.id, orgId: row.orgId });
  } catch (err) {
    stream.destroy();
    throw err;
  }
  return { row, stream };
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
