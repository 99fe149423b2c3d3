import type { ServiceChannel, ServiceRecordView, ServiceStatus } from '@tianping/common/contract/service';
import type { ServiceRecordRow, ServiceRecordWithFile } from './service-record.repository';

export function isFallbackDue(row: Pick<ServiceRecordRow, 'acknowledgedAt' | 'fallbackDueOn'>, today: string): boolean {
  return row.acknowledgedAt === null && row.fallbackDueOn < today;
}

export function presentServiceRecord(row: ServiceRecordWithFile, today: string): ServiceRecordView {
  return {
    id: row.id,
    attachmentId: row.attachmentId,
    fileName: row.fileName,
    entityType: row.entityType,
    entityId: row.entityId,
    recipientCitizenId: row.recipientCitizenId,
    recipientName: row.recipientName,
    recipientPhoneMasked: row.recipientPhoneMasked,
    channel: row.channel as ServiceChannel,
    status: row.status as ServiceStatus,
    sentAt: row.sentAt,
    openedAt: row.openedAt,
    acknowledgedAt: row.acknowledgedAt,
    fallbackDueOn: row.fallbackDueOn,
    fallbackDue: isFallbackDue(row, today),
  };
}

export function presentInboxItem(row: ServiceRecordWithFile) {
  return {
    id: row.id,
    fileName: row.fileName,
    fileType: row.fileType,
    size: Number(row.size),
    issuer: row.orgName,
    channel: row.channel as ServiceChannel,
    status: row.status as ServiceStatus,
    sentAt: row.sentAt,
    openedAt: row.openedAt,
    acknowledgedAt: row.acknowledgedAt,
  };
}
