import type { Attachment, AttachmentFileType } from '@tianping/common/contract/attachments';
import type { AttachmentRow } from './attachment.repository';

export function presentAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    fileName: row.fileName,
    fileType: row.fileType as AttachmentFileType,
    contentType: row.contentType,
    size: Number(row.size),
    sha256: row.sha256,
    createdAt: row.createdAt,
    document:
      row.templateId && row.templateVersion !== null && row.documentVersion !== null
        ? {
            templateId: row.templateId,
            templateVersion: row.templateVersion,
            version: row.documentVersion,
            format: row.fileType as 'docx' | 'pdf',
          }
        : null,
  };
}

/** What the audit trail records about a file (never its content). */
export function attachmentAuditSnapshot(row: AttachmentRow) {
  return {
    entityType: row.entityType,
    entityId: row.entityId,
    fileName: row.fileName,
    fileType: row.fileType,
    size: Number(row.size),
    sha256: row.sha256,
    ...(row.templateId ? { templateId: row.templateId, templateVersion: row.templateVersion, documentVersion: row.documentVersion } : {}),
  };
}

/**
 * `Content-Disposition` with an ASCII fallback and the UTF-8 name per RFC 5987/6266, so
 * browsers save `行政复议决定书.pdf` under its Chinese name.
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
