import { addDays, localDateAt } from '@tianping/common/calendar/local-date';
import { citizenInboxPath, serviceErrors, type ServiceChannel } from '@tianping/common/contract/service';
import { isMobile, maskMobile, normaliseMobile } from '@tianping/common/validation/phone';
import { coreErrors } from '@tianping/common/errors/codes';
import { actorLabel, type RequestContext } from '../access/actor';
import { findAttachmentById } from '../attachments/attachment.repository';
import type { Kernel } from '../core/module';
import type { DbOrTrx, Trx } from '../db/database';
import { newId } from '../db/ids';
import { fail } from '../http/errors';
import { queueSms } from '../sms/sms-queue';
import {
  citizenExists,
  citizenIdByPhoneIndex,
  findCitizenPhone,
  findOrgName,
  insertServiceRecord,
  listFallbacksDue,
  type ServiceRecordRow,
} from './service-record.repository';

type Services = Pick<Kernel, 'audit' | 'pii' | 'clock' | 'config'>;

/** Who signs the SMS when the document belongs to no organisation. */
const defaultIssuer = '司法行政机关';

export type ServiceRecipient = { citizenId: string } | { name: string; phone: string };

export interface ServeDocumentInput {
  /** The attachment (usually a generated document) being served. */
  attachmentId: string;
  recipient: ServiceRecipient;
  channel: ServiceChannel;
  /** Days after sending by which the recipient must acknowledge, else another channel is due. */
  fallbackDays: number;
}

const maxFallbackDays = 90;

/**
 * Records the service (送达) of a document, inside the caller's transaction, after the
 * calling module has applied its own policy to the case. The record belongs to the same
 * record (`entityType`/`entityId`) as the attachment; a portal recipient finds it in the
 * inbox, by account or by mobile number. Audited as `service.record.create`.
 * Channel `sms` also texts the recipient's number a link to the portal inbox (queued in the same
 * transaction, sent after the commit); the text names only the issuing body and the document.
 */
export async function serveDocument(trx: Trx, k: Services, ctx: RequestContext, input: ServeDocumentInput): Promise<ServiceRecordRow> {
  if (!Number.isInteger(input.fallbackDays) || input.fallbackDays < 1 || input.fallbackDays > maxFallbackDays) {
    throw fail(serviceErrors, 'SERVICE_FALLBACK_DAYS_INVALID', { field: 'fallbackDays' });
  }
  const attachment = await findAttachmentById(trx, input.attachmentId);
  if (!attachment) throw fail(coreErrors, 'NOT_FOUND', { field: 'attachmentId' });
  let citizenId: string | null = null;
  let name: string | null = null;
  let phone: string | null = null;
  if ('citizenId' in input.recipient) {
    if (!(await citizenExists(trx, input.recipient.citizenId))) throw fail(coreErrors, 'NOT_FOUND', { field: 'recipient.citizenId' });
    citizenId = input.recipient.citizenId;
  } else {
    name = input.recipient.name.trim();
    phone = normaliseMobile(input.recipient.phone);
    if (!name || !isMobile(phone)) throw fail(serviceErrors, 'SERVICE_RECIPIENT_MISSING', { field: 'recipient' });
    citizenId = (await citizenIdByPhoneIndex(trx, k.pii.blindIndexCandidates('phone', phone))) ?? null;
  }
  const now = k.clock.now();
  const who = actorLabel(ctx.actor);
  const row: ServiceRecordRow = {
    id: newId(),
    attachmentId: attachment.id,
    entityType: attachment.entityType,
    entityId: attachment.entityId,
    orgId: attachment.orgId,
    recipientCitizenId: citizenId,
    recipientName: name,
    recipientPhoneEnc: phone ? k.pii.encrypt(phone) : null,
    recipientPhoneIndex: phone ? k.pii.blindIndex('phone', phone) : null,
    recipientPhoneMasked: phone ? maskMobile(phone) : null,
    channel: input.channel,
    status: 'sent',
    sentAt: now.toISOString(),
    openedAt: null,
    acknowledgedAt: null,
    fallbackDueOn: addDays(localDateAt(now), input.fallbackDays),
    fallbackRemindedAt: null,
    createdByType: who.type,
    createdById: who.id,
  };
  await insertServiceRecord(trx, row);
  await k.audit.record(trx, ctx, {
    action: 'service.record.create',
    entityType: 'serviceRecord',
    entityId: row.id,
    orgId: row.orgId,
    after: {
      attachmentId: row.attachmentId,
      entityType: row.entityType,
      entityId: row.entityId,
      channel: row.channel,
      recipientCitizenId: row.recipientCitizenId,
      recipientName: row.recipientName,
      recipientPhone: row.recipientPhoneMasked,
      fallbackDueOn: row.fallbackDueOn,
    },
  });
  if (row.channel === 'sms') await queueServiceSms(trx, k, row, attachment.fileName, now);
  return row;
}

/** The SMS of channel `sms`: issuer, document title and the inbox link (signing in proves the number). */
async function queueServiceSms(trx: Trx, k: Services, row: ServiceRecordRow, fileName: string, now: Date): Promise<void> {
  const phoneEnc = row.recipientPhoneEnc ?? (row.recipientCitizenId ? await findCitizenPhone(trx, row.recipientCitizenId) : undefined);
  if (!phoneEnc) throw fail(serviceErrors, 'SERVICE_RECIPIENT_MISSING', { field: 'recipient' });
  const issuer = (row.orgId ? await findOrgName(trx, row.orgId) : undefined) ?? defaultIssuer;
  await queueSms(trx, now, {
    phoneEnc,
    template: 'service.documentServed',
    params: { issuer, title: fileName.replace(/\.[^.]+$/, ''), link: `${k.config.publicUrl.replace(/\/+$/, '')}${citizenInboxPath}` },
    dedupeKey: `service:${row.id}`,
  });
}

/**
 * Service records not acknowledged by their fallback day (`fallbackDueOn` before `today`,
 * China time by default; `unremindedOnly`: not yet reminded of): the daily job
 * `service.fallbackReminder` (service-fallback.job.ts) reminds the issuing organisation to serve by
 * post or in person instead.
 */
export async function findServiceFallbacksDue(
  db: DbOrTrx,
  clock: Kernel['clock'],
  opts: { today?: string; limit?: number; unremindedOnly?: boolean } = {},
): Promise<ServiceRecordRow[]> {
  return listFallbacksDue(db, opts.today ?? localDateAt(clock.now()), opts.limit ?? 500, opts.unremindedOnly);
}
